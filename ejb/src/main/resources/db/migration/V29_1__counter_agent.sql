-- The counter agent (issue #18 item 4). A workstation is registered to one counter office by the
-- SHA-256 fingerprint of its client certificate (infrastructure.tools.WorkstationRegistration);
-- only a workstation of the office where the codes were issued may fetch them.
create table counter_workstation (
    certificate_sha256  varchar(64)   not null,
    counter_office_id   bigint        not null references counter_office (id),
    label               varchar(100)  not null,
    enabled             boolean       not null default true,
    registered_at       timestamptz   not null,
    constraint pk_counter_workstation primary key (certificate_sha256),
    constraint ck_counter_workstation_sha256 check (certificate_sha256 ~ '^[0-9a-f]{64}$')
);

-- The PIN and PUK of an activation or reissue at the counter, between their issue and the agent's
-- one fetch. Never in clear: sealed with AES-256-GCM under the outbox key, bound to the activation,
-- card and counter office (associated data); deleted when fetched, and short-lived: a row past
-- expires_at is never handed out and is erased before the next fetch and by the retention job.
-- One per card: a reissue replaces codes still waiting.
create table pending_card_codes (
    card_id            varchar(16)   not null,
    activation_id      bigint        not null references tscns_activation (id),
    counter_office_id  bigint        not null references counter_office (id),
    sealed_codes       bytea         not null,
    created_at         timestamptz   not null,
    expires_at         timestamptz   not null,
    constraint pk_pending_card_codes primary key (card_id),
    constraint ck_pending_card_codes_expiry check (expires_at > created_at)
);
create index ix_pending_card_codes_expiry on pending_card_codes (expires_at);
