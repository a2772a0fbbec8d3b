-- Issue #15: the audit trail refuses TRUNCATE as well. The V1 trigger fires on UPDATE and DELETE
-- rows only; a TRUNCATE skips row triggers, so it needs a statement trigger of its own. It binds
-- the schema's owner too (who alone could drop it): the runtime role has no TRUNCATE right at all
-- (afterMigrate__runtime_role_grants.sql).
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
