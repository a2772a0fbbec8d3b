-- After every migration run (Flyway callback), issue #15: the schema belongs to the role the
-- migrations run as (CNS_DB_MIGRATION_USER); the application's runtime role (CNS_DB_USER, the
-- placeholder below, read from the runtime datasource) gets only what it needs. Run each time, so
-- a table added later, or a database whose roles were split after its creation, is brought to the
-- same state. Idempotent: GRANT and REVOKE of what is already so change nothing.
do $grants$
declare
    runtime text := '${runtime_role}';
    owner   text := current_user;
    schema  text := current_schema();
begin
    if runtime = owner then
        -- One role for both (an installation not yet split): revoking from it would strip the
        -- owner. DatabaseMigrator warns at every deployment.
        return;
    end if;
    execute format('grant usage on schema %I to %I', schema, runtime);
    execute format('revoke create on schema %I from %I', schema, runtime);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema, runtime);
    execute format('grant usage, select on all sequences in schema %I to %I', schema, runtime);
    -- The audit trail: read and append, nothing else. No UPDATE, DELETE or TRUNCATE (the triggers
    -- would refuse them too), no REFERENCES or TRIGGER.
    execute format('revoke all on table audit_event from %I', runtime);
    execute format('grant select, insert on table audit_event to %I', runtime);
    -- Flyway's own history is the owner's business.
    execute format('revoke all on table flyway_schema_history from %I', runtime);
    -- Retention (V23_1): the runtime role's timer purges the trail only through the owner's
    -- function, which deletes nothing within the retention period.
    execute format('grant execute on function purge_audit_events(interval) to %I', runtime);
end
$grants$;
