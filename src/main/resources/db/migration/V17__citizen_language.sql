-- The written language each citizen chose for pages and letters (bokmål, nynorsk or English).

create table citizen_language (
    person_id  varchar(11)                 not null primary key,
    language   varchar(2)                  not null,
    chosen_at  timestamp(6) with time zone not null,
    constraint ck_citizen_language check (language in ('nb', 'nn', 'en'))
);
