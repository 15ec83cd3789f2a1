-- Every decision on a case, automated or not (docs/adr/0055): who decided (an agency, or the rules with the version of
-- the deployed decision), the inputs with the register each came from, the outcome, the reasons and the legal basis.
-- A recommendation is the rules' answer where a caseworker must decide; the caseworker's decision names the
-- recommendation it had in view. Rows are never changed: a new decision is a new row. Written for PostgreSQL and H2.

create table case_decision (
    id                  varchar(36)                 not null primary key,
    case_ref            varchar(20)                 not null,
    process_instance_id varchar(64),
    subject             varchar(64)                 not null,
    kind                varchar(16)                 not null,
    outcome             varchar(16),
    decided_by          varchar(64),
    caseworker          varchar(255),
    rule                varchar(255),
    rule_version        integer,
    matched_rules       text,
    inputs              text                        not null,
    outputs             text,
    reason              varchar(64),
    reasons             text,
    legal_basis         varchar(500)                not null,
    automation_basis    varchar(500),
    task_id             varchar(64),
    recommendation_id   varchar(36),
    decided_at          timestamp(6) with time zone not null,
    constraint ck_case_decision_kind check (kind in ('AUTOMATIC', 'RECOMMENDATION', 'CASEWORKER')),
    constraint ck_case_decision_outcome check (outcome is null or outcome in ('granted', 'refused', 'reduced')),
    -- Only a person's decision names an agency and a caseworker; only the rules' answer names a rule.
    constraint ck_case_decision_who check (
        (kind = 'CASEWORKER' and decided_by is not null and outcome is not null and rule is null)
        or (kind <> 'CASEWORKER' and decided_by is null and caseworker is null and rule is not null)),
    -- An automated decision always has an outcome and names the provision that allows deciding automatically.
    constraint ck_case_decision_automatic check (
        kind <> 'AUTOMATIC' or (outcome is not null and automation_basis is not null)),
    constraint fk_case_decision_recommendation foreign key (recommendation_id) references case_decision (id)
);

create index ix_case_decision_case on case_decision (case_ref, decided_at);

-- The letter that tells a person about a decision names it, so an appeal from the inbox finds the decision and the
-- agency that made it.
alter table citizen_document add column decision_id varchar(36);
alter table citizen_document add constraint fk_citizen_document_decision foreign key (decision_id) references case_decision (id);
create index ix_citizen_document_decision on citizen_document (decision_id);
