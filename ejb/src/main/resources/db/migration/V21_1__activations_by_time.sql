-- The supervisors' status page reads activations per day over the last days (issue #13):
-- by time, as the audit trail is read (V5).
create index ix_tscns_activation_activated on tscns_activation (activated_at);
