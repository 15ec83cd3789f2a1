-- The intervals in which a case waited for the citizen (a citizen task was open): agency deadlines stand
-- still meanwhile and the SLA figures leave them out. Times are the engine's, like its task history.
-- Also lets the task audit record deadline reminders and escalations. Written for PostgreSQL and H2.

create sequence case_clock_stop_seq start with 1 increment by 50;

create table case_clock_stop (
    id                       bigint                      not null primary key,
    case_ref                 varchar(64),
    root_process_instance_id varchar(64)                 not null,
    task_id                  varchar(64)                 not null,
    started_at               timestamp(6) with time zone not null,
    ended_at                 timestamp(6) with time zone
);

create index ix_case_clock_stop_root on case_clock_stop (root_process_instance_id);
create index ix_case_clock_stop_task on case_clock_stop (task_id);

alter table task_audit_entry drop constraint ck_task_audit_entry_action;
alter table task_audit_entry add constraint ck_task_audit_entry_action
    check (action in ('CLAIMED', 'UNCLAIMED', 'ASSIGNED', 'COMPLETED', 'REMINDED', 'ESCALATED'));
