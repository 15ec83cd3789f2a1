-- Who may act for a case's subject, as the case's process names them (ADR 14): one row per person a representative
-- variable names, so the portal finds a citizen's representation by an index instead of reading every case.
-- Written for both PostgreSQL (production) and H2 (embedded default).
create table case_representative (
    process_instance_id varchar(64) not null,
    variable_name       varchar(64) not null,
    representative      varchar(11) not null,
    this_case_only      boolean     not null,
    constraint pk_case_representative primary key (process_instance_id, variable_name, representative)
);

create index ix_case_representative_person on case_representative (representative);
