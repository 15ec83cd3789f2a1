-- Who claimed, unclaimed, was assigned and completed which user task, and with which form values.
-- The caseworker's user id is kept here only: the citizen's timeline names the agency, never the person.
-- Read by the agency's supervisors and by administrators. Written for PostgreSQL and H2.

create sequence task_audit_entry_seq start with 1 increment by 50;

create table task_audit_entry (
    id                  bigint                      not null primary key,
    occurred_at         timestamp(6) with time zone not null,
    action              varchar(16)                 not null,
    actor               varchar(255)                not null,
    assignee            varchar(255),
    agency              varchar(64),
    case_ref            varchar(64),
    task_id             varchar(64)                 not null,
    task_definition_key varchar(255),
    task_name           varchar(255),
    process_instance_id varchar(64),
    form_values         varchar(4000),
    constraint ck_task_audit_entry_action check (action in ('CLAIMED', 'UNCLAIMED', 'ASSIGNED', 'COMPLETED'))
);

create index ix_task_audit_entry_agency on task_audit_entry (agency, occurred_at);
create index ix_task_audit_entry_case on task_audit_entry (case_ref);
create index ix_task_audit_entry_task on task_audit_entry (task_id);
