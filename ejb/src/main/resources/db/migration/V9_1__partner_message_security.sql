-- Message security of the partner API (ModI ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01, issue #17).
--
-- Whether a partner must sign its messages is kept with the partner: existing partners keep calling
-- unsigned until they move, then a supervisor turns it on.
alter table partner add column signature_required boolean not null default false;

-- The MessageIDs of signed messages each partner sent, kept until their Timestamp has expired (a
-- message older than that is refused as expired anyway). The primary key refuses a replay on every
-- node at once: the insert that finds the row taken is the replay.
create table partner_message (
    partner_id   bigint        not null references partner (id) on delete cascade,
    message_id   varchar(200)  not null,
    received_at  timestamptz   not null,
    keep_until   timestamptz   not null,
    primary key (partner_id, message_id)
);
create index ix_partner_message_keep_until on partner_message (keep_until);
