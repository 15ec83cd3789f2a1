-- Letters Lifecase sends to citizens (reminders, information to heirs), by digital mail or on paper as KRR says.
-- Only the channel is kept, never an address.

create table citizen_letter (
    id         varchar(36)                 not null primary key,
    case_ref   varchar(20)                 not null,
    recipient  varchar(11)                 not null,
    letter     varchar(64)                 not null,
    channel    varchar(16)                 not null,
    sent_at    timestamp(6) with time zone not null,
    constraint ck_citizen_letter_channel check (channel in ('DIGITAL', 'PAPER'))
);

create index ix_citizen_letter_case on citizen_letter (case_ref, sent_at);
