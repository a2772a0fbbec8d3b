-- The activation form's PDF between an activation (or reissue) at the counter and its one download
-- by the operator who issued it: out of the HTTP session, so that the outcome page works on any
-- node of a cluster. Sealed with AES-256-GCM under the outbox key (the form carries the first
-- halves of PIN, PUK and CIP), erased when handed out, and short-lived: a row past expires_at is
-- never handed out and the purge deletes it.
create table pending_activation_form (
    activation_id      bigint        not null references tscns_activation (id),
    codes_generation   integer       not null,
    operator_username  varchar(64)   not null,
    sealed_pdf         bytea         not null,
    created_at         timestamptz   not null,
    expires_at         timestamptz   not null,
    constraint pk_pending_activation_form primary key (activation_id, codes_generation)
);
create index ix_pending_activation_form_expiry on pending_activation_form (expires_at);
