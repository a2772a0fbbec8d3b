-- CNS Enrollment schema, version 1: accounts (Fisconline or Entratel), Entratel sites, smartcard
-- bindings and the append-only audit trail.

create table account (
    id              bigint generated always as identity primary key,
    codice_fiscale  varchar(16)  not null,
    account_type    varchar(16)  not null,
    display_name    varchar(200),
    enabled_at      timestamptz  not null,
    version         bigint       not null default 0,
    -- One account per person: enabled to Fisconline or Entratel, never both.
    constraint uq_account_codice_fiscale unique (codice_fiscale),
    constraint ck_account_type check (account_type in ('FISCONLINE', 'ENTRATEL')),
    constraint ck_account_cf check (codice_fiscale ~ '^[A-Z0-9]{16}$')
);

create table entratel_site (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id),
    code         varchar(3)   not null,
    description  varchar(200),
    constraint uq_entratel_site unique (account_id, code),
    constraint ck_entratel_site_code check (code ~ '^[0-9]{3}$')
);

create table smartcard_binding (
    id                     bigint generated always as identity primary key,
    account_id             bigint        not null references account (id),
    entratel_site_id       bigint        references entratel_site (id),
    card_issuer_dn         varchar(1000) not null,  -- canonical form: part of the card's identity
    card_issuer_name       varchar(1000) not null,  -- as the certificate writes it, for display
    card_key_kind          varchar(16)   not null,
    card_local_id          varchar(80)   not null,
    certificate_serial     varchar(64)   not null,
    certificate_sha256     varchar(64)   not null,
    certificate_not_after  timestamptz   not null,
    bound_at               timestamptz   not null,
    last_seen_at           timestamptz   not null,
    channel                varchar(16)   not null,
    status                 varchar(16)   not null,
    version                bigint        not null default 0,
    -- A card (issuer + card id) is bound once: concurrent attempts are decided here.
    constraint uq_smartcard_binding_card unique (card_issuer_dn, card_key_kind, card_local_id),
    constraint ck_smartcard_binding_status check (status in ('ACTIVE', 'UNBOUND', 'REVOKED'))
);
create index ix_smartcard_binding_account on smartcard_binding (account_id);

create table audit_event (
    id                  bigint generated always as identity primary key,
    occurred_at         timestamptz   not null,
    actor               varchar(300)  not null,
    channel             varchar(16)   not null,
    action              varchar(40)   not null,
    subject_cf          varchar(16),
    certificate_issuer  varchar(1000),
    certificate_serial  varchar(64),
    outcome             varchar(40)   not null,
    detail              varchar(500),
    request_id          varchar(64)
);
create index ix_audit_event_subject on audit_event (subject_cf, occurred_at);
create index ix_audit_event_request on audit_event (request_id) where request_id is not null;

-- The audit trail is append-only: the database itself refuses updates and deletes.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_event_append_only
    before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();
