-- CNS Enrollment schema, version 4: the intranet. Counter offices (sportelli abilitati, listed
-- publicly), the operators and supervisors who work there, TS-CNS activations with their codes
-- (hashes only), and the outbox of e-mails that carry the second half of the codes.

create table counter_office (
    id             bigint generated always as identity primary key,
    name           varchar(200)  not null,
    health_agency  varchar(200)  not null,
    address        varchar(300)  not null,
    opening_hours  varchar(500)  not null,
    -- Only enabled counters appear in the public directory and can receive operators.
    enabled        boolean       not null default true,
    version        bigint        not null default 0,
    constraint uq_counter_office_name unique (name)
);

create table operator (
    id                   bigint generated always as identity primary key,
    -- Lower case; what the operator types at login.
    username             varchar(64)   not null,
    display_name         varchar(200)  not null,
    role                 varchar(16)   not null,
    -- Where an operator works; a supervisor may have no counter of their own.
    counter_office_id    bigint        references counter_office (id),
    password_hash        varchar(200)  not null,
    password_changed_at  timestamptz   not null,
    must_change_password boolean       not null default true,
    failed_attempts      integer       not null default 0,
    locked_at            timestamptz,
    enabled              boolean       not null default true,
    created_at           timestamptz   not null,
    version              bigint        not null default 0,
    constraint uq_operator_username unique (username),
    constraint ck_operator_username check (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
    constraint ck_operator_role check (role in ('OPERATOR', 'SUPERVISOR')),
    constraint ck_operator_counter check (role = 'SUPERVISOR' or counter_office_id is not null),
    constraint ck_operator_attempts check (failed_attempts >= 0),
    constraint ck_operator_password_hash
        check (starts_with(password_hash, chr(36) || 'argon2id' || chr(36)))
);

-- One row per TS-CNS card: a card is activated once (uq_tscns_activation_card); a reissue of the
-- codes replaces the hashes and increments codes_generation, and is audited as its own operation.
create table tscns_activation (
    id                          bigint generated always as identity primary key,
    card_id                     varchar(16)   not null,
    holder_cf                   varchar(16)   not null,
    activation_case             varchar(24)   not null,
    -- Who stood at the counter: the holder, a parent, a guardian/curator/support administrator,
    -- or a delegate. Same as holder_cf in the HOLDER case.
    acting_cf                   varchar(16)   not null,
    id_document_type            varchar(24)   not null,
    id_document_number          varchar(40)   not null,
    id_document_issuer          varchar(200)  not null,
    id_document_expiry          date          not null,
    email                       varchar(254)  not null,
    counter_office_id           bigint        not null references counter_office (id),
    operator_username           varchar(64)   not null,
    activated_at                timestamptz   not null,
    status                      varchar(16)   not null,
    revoked_at                  timestamptz,
    pin_hash                    varchar(200)  not null,
    puk_hash                    varchar(200)  not null,
    cip_hash                    varchar(200)  not null,
    codes_issued_at             timestamptz   not null,
    codes_generation            integer       not null default 1,
    revocation_failed_attempts  integer       not null default 0,
    revocation_locked_at        timestamptz,
    version                     bigint        not null default 0,
    constraint uq_tscns_activation_card unique (card_id),
    constraint ck_tscns_activation_card check (card_id ~ '^[0-9]{16}$'),
    constraint ck_tscns_activation_holder check (holder_cf ~ '^[A-Z0-9]{16}$'),
    constraint ck_tscns_activation_acting check (acting_cf ~ '^[A-Z0-9]{16}$'),
    constraint ck_tscns_activation_case check (activation_case in
        ('HOLDER', 'PARENT_OF_MINOR', 'LEGAL_REPRESENTATIVE', 'DELEGATE')),
    constraint ck_tscns_activation_document_type check (id_document_type in
        ('CARTA_IDENTITA', 'PASSAPORTO', 'PATENTE_GUIDA', 'PATENTE_NAUTICA', 'ALTRO_STATALE')),
    constraint ck_tscns_activation_status check (status in ('ACTIVE', 'REVOKED')),
    constraint ck_tscns_activation_revoked check ((status = 'REVOKED') = (revoked_at is not null)),
    constraint ck_tscns_activation_generation check (codes_generation >= 1),
    constraint ck_tscns_activation_attempts check (revocation_failed_attempts >= 0),
    constraint ck_tscns_activation_pin_hash
        check (starts_with(pin_hash, chr(36) || 'argon2id' || chr(36))),
    constraint ck_tscns_activation_puk_hash
        check (starts_with(puk_hash, chr(36) || 'argon2id' || chr(36))),
    constraint ck_tscns_activation_cip_hash
        check (starts_with(cip_hash, chr(36) || 'argon2id' || chr(36)))
);
create index ix_tscns_activation_holder on tscns_activation (holder_cf);

-- The documents the operator confirmed, one row per checklist item (names of the
-- ActivationDocument enum; which are required depends on the case).
create table activation_document (
    activation_id  bigint       not null references tscns_activation (id) on delete cascade,
    document       varchar(48)  not null,
    primary key (activation_id, document)
);

-- Mail waiting to go out, or gone. The body carries the second half of the codes, so it is kept
-- sealed (AES-256-GCM under the outbox key, never in clear) and erased once the mail is sent.
create table outbound_mail (
    id               bigint generated always as identity primary key,
    kind             varchar(32)   not null,
    -- What the mail belongs to, e.g. the activation's id: the operator sees its state there.
    reference        varchar(64)   not null,
    recipient        varchar(254)  not null,
    subject          varchar(300)  not null,
    sealed_body      bytea,
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    version          bigint        not null default 0,
    constraint ck_outbound_mail_status check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint ck_outbound_mail_sent check ((status = 'SENT') = (sent_at is not null)),
    -- Sent, or given up after the last retry: the sealed body is erased either way.
    constraint ck_outbound_mail_erased check (status = 'PENDING' or sealed_body is null),
    constraint ck_outbound_mail_attempts check (attempts >= 0)
);
create index ix_outbound_mail_due on outbound_mail (next_attempt_at) where status = 'PENDING';
create index ix_outbound_mail_reference on outbound_mail (reference);

-- The partner API gains the counter operations (issue #5).
alter table partner_operation drop constraint ck_partner_operation;
alter table partner_operation add constraint ck_partner_operation check (operation in
    ('REQUEST_CHALLENGE', 'BIND_SMARTCARD', 'ENROLL_FISCONLINE', 'REGISTRATION_STATUS',
     'LIST_BINDINGS', 'ACTIVATE_TSCNS', 'REVOKE_CARD'));
