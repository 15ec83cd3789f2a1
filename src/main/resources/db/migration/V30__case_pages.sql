-- The case page's read model (docs/adr/0069): per open case, what its page shows to every reader, as JSON, brought
-- up to date in each transaction that changes the case. A closed case keeps no row.
-- Written for both PostgreSQL (production) and H2 (embedded default).

create table case_page (
    case_id    bigint                      not null primary key references life_event_case (id),
    facts      text                        not null,
    updated_at timestamp(6) with time zone not null
);
