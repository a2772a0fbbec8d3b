-- CNS Enrollment schema, version 3: partner systems (identified by their TLS client certificate,
-- authorised per operation), the single-use card challenges that prove a card is present, and the
-- remembered answers that make partner requests idempotent.

create table partner (
    id                  bigint generated always as identity primary key,
    name                varchar(200)  not null,
    -- X500Principal.getName(CANONICAL): RFC 2253, lower case, normalised spacing.
    certificate_issuer  varchar(1000) not null,
    -- BigInteger.toString(16): lower-case hex without leading zeros.
    certificate_serial  varchar(64)   not null,
    -- Optional pin of the exact certificate: SHA-256 of its DER encoding, lower-case hex.
    certificate_sha256  varchar(64),
    enabled             boolean       not null default true,
    created_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    constraint uq_partner_name unique (name),
    constraint uq_partner_certificate unique (certificate_issuer, certificate_serial),
    constraint uq_partner_certificate_sha256 unique (certificate_sha256),
    constraint ck_partner_serial check (certificate_serial ~ '^-?[0-9a-f]+$'),
    constraint ck_partner_sha256
        check (certificate_sha256 is null or certificate_sha256 ~ '^[0-9a-f]{64}$')
);

create table partner_operation (
    partner_id  bigint      not null references partner (id) on delete cascade,
    operation   varchar(40) not null,
    primary key (partner_id, operation),
    constraint ck_partner_operation check (operation in ('REQUEST_CHALLENGE', 'BIND_SMARTCARD',
        'ENROLL_FISCONLINE', 'REGISTRATION_STATUS', 'LIST_BINDINGS'))
);

-- A challenge is used at most once, before it expires, by the partner it was issued to: the
-- service consumes it with one conditional UPDATE (... where used = false and partner_id = ?
-- and expires_at > ?) that must touch exactly one row.
create table card_challenge (
    id          varchar(32)  primary key,  -- 16 random bytes, lower-case hex
    partner_id  bigint       not null references partner (id),
    challenge   bytea        not null,     -- 32 random bytes, what the card signs
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used        boolean      not null default false,
    used_at     timestamptz,
    constraint ck_card_challenge_id check (id ~ '^[0-9a-f]{32}$'),
    constraint ck_card_challenge_length check (octet_length(challenge) = 32),
    constraint ck_card_challenge_expiry check (expires_at > created_at),
    constraint ck_card_challenge_used check (used = (used_at is not null))
);
create index ix_card_challenge_expires on card_challenge (expires_at);

-- The answer to a partner request, replayed for the same (partner, request id). The answer may
-- carry a PIN and a password: it is sealed (AES-256-GCM) under a key derived from the request's
-- body hash, which is not stored; body_fingerprint is another derivation of it (HMAC-SHA256),
-- enough to tell a replay from a reuse of the id with a different body.
create table partner_request (
    id                bigint generated always as identity primary key,
    partner_id        bigint       not null references partner (id),
    request_id        varchar(64)  not null,
    body_fingerprint  bytea        not null,
    operation         varchar(40)  not null,
    answer            bytea        not null,
    created_at        timestamptz  not null,
    -- A concurrent duplicate loses here and gets REQUEST_IN_PROGRESS.
    constraint uq_partner_request unique (partner_id, request_id),
    constraint ck_partner_request_fingerprint check (octet_length(body_fingerprint) = 32)
);
create index ix_partner_request_created on partner_request (created_at);
