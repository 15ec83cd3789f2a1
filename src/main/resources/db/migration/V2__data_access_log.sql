-- What Lifecase read about whom, from which register, why and on which legal basis.
-- The citizen sees it on their case ("share when you can, protect when you must").

create sequence data_access_entry_seq start with 1 increment by 50;

create table data_access_entry (
    id          bigint                      not null primary key,
    case_id     bigint                      not null references life_event_case (id),
    accessed_at timestamp(6) with time zone not null,
    register    varchar(64)                 not null,
    purpose     varchar(300)                not null,
    legal_basis varchar(300)                not null,
    about       varchar(11)                 not null,
    fields      varchar(1000)               not null
);

create index ix_data_access_entry_case on data_access_entry (case_id, accessed_at);
