-- The worklist a caseworker runs a day on (docs/adr/0060-a-worklist-to-run-a-day-on.md).
-- Written for PostgreSQL and H2.

-- A task handed to another agency of the same kind: the audit keeps to whom and why.
alter table task_audit_entry drop constraint ck_task_audit_entry_action;
alter table task_audit_entry add constraint ck_task_audit_entry_action
    check (action in ('CLAIMED', 'UNCLAIMED', 'ASSIGNED', 'COMPLETED', 'REMINDED', 'ESCALATED', 'HANDED_OVER'));
alter table task_audit_entry add column handed_to varchar(64);
alter table task_audit_entry add column reason varchar(1000);
create index ix_task_audit_entry_handed_to on task_audit_entry (handed_to, occurred_at);

-- A caseworker who looked a person up in the worklist: who it was (staff user id and agency). Null for register reads.
alter table data_access_entry add column accessed_by varchar(255);
-- A search by identity number finds the cases whose registers were read about the person.
create index ix_data_access_entry_about on data_access_entry (about);

-- The names of a case's people as Folkeregisteret gave them, so that staff find a case by name without asking the
-- register again. name_words is the name in lower case, for the search.
create table case_person_name (
    case_id         bigint       not null references life_event_case (id),
    identity_number varchar(11)  not null,
    name            varchar(300) not null,
    name_words      varchar(300) not null,
    constraint pk_case_person_name primary key (case_id, identity_number)
);

create index ix_case_person_name_person on case_person_name (identity_number);
