-- The estate overview of a death case: the deceased's banks, property rights and vehicles, as Digitalt dødsbo
-- gathers them, kept for the heirs the court made entitled (skifteattest, formuesfullmakt) and shown only to them.
-- Written for both PostgreSQL (production) and H2 (embedded default).

create sequence estate_overview_item_seq start with 1 increment by 50;

create table estate_overview_item (
    id             bigint                      not null primary key,
    case_ref       varchar(20)                 not null,
    source         varchar(32)                 not null,
    item_no        integer                     not null,
    summary        varchar(2000)               not null,
    entitled_heirs varchar(4000)               not null,
    gathered_at    timestamp(6) with time zone not null,
    -- A retried step replaces the case's overview; the key stops a second copy even from two nodes at once.
    constraint uk_estate_overview_item unique (case_ref, source, item_no),
    constraint ck_estate_overview_item_source check (source in ('dsop', 'kartverket', 'vegvesen'))
);
