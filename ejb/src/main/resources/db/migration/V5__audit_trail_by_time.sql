-- The supervision page and its CSV export filter the audit trail by Europe/Rome days, often with an
-- action; counting a day's events scanned the whole table. A plain (not CONCURRENTLY) build: it
-- runs at deployment, before the application writes, and stays inside Flyway's transaction (a
-- concurrent build waits forever on Flyway's own transactional advisory lock).
create index ix_audit_event_occurred on audit_event (occurred_at, action);
