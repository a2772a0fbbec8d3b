-- The PDF with the full PIN and initial password of an abilitazione tramite smartcard, between the
-- abilitazione and its one download by the same card's holder (issue #18 item 7). Never in clear:
-- sealed with AES-256-GCM under the outbox key, bound to the codice fiscale (associated data),
-- deleted when handed out, and short-lived: a row past expires_at is never handed out and the purge
-- deletes it. One per person: an abilitazione happens once.
create table pending_credentials_letter (
    codice_fiscale  varchar(16)   not null,
    sealed_pdf      bytea         not null,
    created_at      timestamptz   not null,
    expires_at      timestamptz   not null,
    constraint pk_pending_credentials_letter primary key (codice_fiscale),
    constraint ck_pending_credentials_letter_expiry check (expires_at > created_at)
);
create index ix_pending_credentials_letter_expiry on pending_credentials_letter (expires_at);
