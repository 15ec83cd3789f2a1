-- The heirs of a death case who are asked how the estate is settled, and what each has answered (docs/adr/0061):
-- the case page shows who has answered by name, and the answers themselves only to the heirs.
-- Written for both PostgreSQL (production) and H2 (embedded default).

create table heir_declaration (
    case_ref       varchar(20)                 not null,
    heir_id        varchar(11)                 not null,
    heir_name      varchar(300)                not null,
    answered_by    varchar(11)                 not null,
    choice         varchar(40),
    takes_on_debts boolean                     not null,
    asked_at       timestamp(6) with time zone not null,
    answered_at    timestamp(6) with time zone,
    constraint pk_heir_declaration primary key (case_ref, heir_id),
    constraint ck_heir_declaration_choice check (choice is null or choice in
        ('private-settlement', 'undivided-estate', 'public-settlement', 'refuse-private-settlement', 'renounce'))
);
