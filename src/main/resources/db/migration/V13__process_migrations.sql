-- Migrations of running cases from one version of a process to another (ADR 0031): the engine's batch, who
-- asked for it, and which process instances it covers, so its outcome can be told per case after the engine
-- has forgotten the batch. Written for PostgreSQL and H2.

create table process_migration (
    batch_id             varchar(64)                 not null primary key,
    source_definition_id varchar(64)                 not null,
    target_definition_id varchar(64)                 not null,
    requested_by         varchar(255)                not null,
    requested_at         timestamp(6) with time zone not null,
    skipped_instances    integer                     not null
);

create table process_migration_instance (
    batch_id            varchar(64) not null references process_migration (batch_id),
    process_instance_id varchar(64) not null,
    case_ref            varchar(64),
    constraint pk_process_migration_instance primary key (batch_id, process_instance_id)
);

create index ix_process_migration_instance_process on process_migration_instance (process_instance_id);
