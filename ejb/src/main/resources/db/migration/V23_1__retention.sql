-- Issue #15, retention: what is kept only for a while is purged by one job (application.retention)
-- that runs once across the nodes sharing this database.

-- One row per periodic job: the node whose transaction holds the row (FOR UPDATE SKIP LOCKED) and
-- finds last_started_at older than the job's interval runs it; every other node skips the round.
create table scheduled_job (
    name             varchar(40)  primary key,
    last_started_at  timestamptz  not null
);
insert into scheduled_job (name, last_started_at) values ('retention', '-infinity');

-- The audit trail stays append-only for everyone, with one exception: the rows older than the
-- retention period, deleted by purge_audit_events below and by nothing else. The function marks
-- its transaction with the cut-off (a transaction-local setting) for the length of its DELETE; the
-- statement trigger lets a DELETE through only while that mark is set, and a row trigger refuses
-- any row not older than it or not older than a year. UPDATE and TRUNCATE stay refused as before.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('cns.audit_purge_before', true), '') <> '' then
        return null;
    end if;
    raise exception 'audit_event is append-only (% refused)', tg_op;
end;
$$;

create function audit_event_purges_only_old_rows() returns trigger language plpgsql as $$
declare
    cutoff timestamptz := nullif(current_setting('cns.audit_purge_before', true), '')::timestamptz;
begin
    -- The floor again: even the owner, setting the mark by hand, deletes nothing within a year.
    if cutoff is null or old.occurred_at >= cutoff or old.occurred_at >= now() - interval '365 days'
    then
        raise exception 'audit_event is append-only (DELETE of a row within retention refused)';
    end if;
    return old;
end;
$$;
create trigger audit_event_purge_only_old
    before delete on audit_event
    for each row execute function audit_event_purges_only_old_rows();

-- Runs with the owner's rights (SECURITY DEFINER), called by the runtime role, which has no DELETE
-- on the trail: the database, not the application, decides what may go. A period under a year is
-- refused whatever the caller asks, so a stolen runtime password cannot empty the trail through
-- it; the cut-off is the database's own clock. search_path pinned, pg_temp last: a caller's
-- temporary table cannot stand in for the trail.
create function purge_audit_events(retention interval) returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    cutoff timestamptz;
    purged bigint;
begin
    if retention is null or retention < interval '365 days' then
        raise exception 'audit retention % is under the floor of 365 days', retention
            using errcode = '22023';
    end if;
    cutoff := now() - retention;
    perform set_config('cns.audit_purge_before', cutoff::text, true);
    delete from audit_event where occurred_at < cutoff;
    get diagnostics purged = row_count;
    perform set_config('cns.audit_purge_before', '', true);
    return purged;
end;
$$;
-- Only the runtime role may call it (afterMigrate__runtime_role_grants.sql), not every role.
revoke all on function purge_audit_events(interval) from public;
