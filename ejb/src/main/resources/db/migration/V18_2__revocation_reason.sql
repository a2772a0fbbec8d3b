-- Issue #18: why a TS-CNS was revoked (RevocationReason). Empty for revocations before this
-- migration and for partners on contract 1.1, who send none.
alter table tscns_activation
    add column revocation_reason varchar(16),
    add constraint ck_tscns_activation_revocation_reason check (
        revocation_reason is null
        or revocation_reason in ('LOST', 'STOLEN', 'DAMAGED', 'HOLDER_REQUEST')),
    add constraint ck_tscns_activation_reason_only_revoked check (
        revocation_reason is null or revoked_at is not null);
