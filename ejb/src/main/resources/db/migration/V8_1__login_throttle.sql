-- Login throttling (#15 item 4): wrong login attempts counted per account typed and per client
-- address, each count delaying the next attempt (NIST SP 800-63B rate limiting). In the database,
-- not in a node's memory, so that every node of a cluster hears the same counts.
create table login_throttle (
    -- 'account:citizen:<sha-256 hex>', 'account:operator:<sha-256 hex>' (what was typed is never
    -- stored: it might be a password typed in the wrong box) or 'address:<client IP>'.
    throttle_key     varchar(120) primary key,
    failures         integer      not null default 0,
    last_failure_at  timestamptz,
    -- No attempt on this key is heard before this instant.
    blocked_until    timestamptz,
    constraint ck_login_throttle_failures check (failures >= 0)
);
-- Rows whose last failure is older than the forget period are deleted a few at a time by later
-- failures (LoginThrottle), so that the table stays as small as the attacks of the last hours.
create index ix_login_throttle_last_failure on login_throttle (last_failure_at);
