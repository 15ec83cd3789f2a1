-- The worklist's read model (docs/adr/0071): one row for each open task and each group it is offered to, with what
-- the worklist filters and sorts by, so an agency's first page is read from one index whatever the number of open
-- tasks of other agencies. Brought up to date in each transaction that changes a task; filled at start for the tasks
-- that have no row. Written for both PostgreSQL (production) and H2 (embedded default).

create table worklist_entry (
    task_id    varchar(64)  not null,
    agency     varchar(255) not null,
    assignee   varchar(255),
    suspended  boolean      not null,
    undated    boolean      not null,
    due_date   timestamp,
    created    timestamp,
    case_ref   varchar(255),
    life_event varchar(255),
    primary key (task_id, agency)
);

-- An agency's open tasks in the worklist's order: those with a due date first, soonest first.
create index worklist_entry_queue on worklist_entry (agency, suspended, undated, due_date, created, task_id);
