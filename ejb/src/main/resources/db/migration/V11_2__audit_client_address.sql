-- The address a request came from, in the audit trail (issue #14): behind HAProxy the node reads it
-- from the PROXY protocol header, so it is the citizen's, operator's or partner's address, not the
-- balancer's. IPv6 text is at most 45 characters. Empty for what no request caused (timers).
alter table audit_event add column client_address varchar(45);
