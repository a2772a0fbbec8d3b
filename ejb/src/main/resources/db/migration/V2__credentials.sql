-- CNS Enrollment schema, version 2: Fisconline credentials (PIN and password as Argon2id hashes,
-- in PHC string form), password expiry and the lockout after 8 consecutive wrong attempts.

create table fisconline_credentials (
    id                      bigint generated always as identity primary key,
    account_id              bigint       not null references account (id),
    pin_hash                varchar(200) not null,
    password_hash           varchar(200) not null,
    previous_password_hash  varchar(200),
    issued_at               timestamptz  not null,
    password_changed_at     timestamptz  not null,
    must_change_password    boolean      not null default true,
    failed_attempts         integer      not null default 0,
    locked_at               timestamptz,
    version                 bigint       not null default 0,
    -- One set of credentials per account.
    constraint uq_fisconline_credentials_account unique (account_id),
    constraint ck_fisconline_credentials_attempts check (failed_attempts >= 0),
    -- Only hashes are ever stored, never a PIN or a password: each value is an Argon2id PHC
    -- string (dollar sign, "argon2id", dollar sign, ...). The dollar signs are written chr(36)
    -- so that no SQL parser mistakes them for a dollar-quote tag.
    constraint ck_fisconline_credentials_pin_hash
        check (starts_with(pin_hash, chr(36) || 'argon2id' || chr(36))),
    constraint ck_fisconline_credentials_password_hash
        check (starts_with(password_hash, chr(36) || 'argon2id' || chr(36))),
    constraint ck_fisconline_credentials_previous_hash
        check (previous_password_hash is null
               or starts_with(previous_password_hash, chr(36) || 'argon2id' || chr(36)))
);
