-- Issue #15: an account's login_throttle key is now an HMAC under the pepper (LoginThrottle), not
-- the plain SHA-256 of the codice fiscale or username, which a dump reader could recompute from a
-- list of codici fiscali. The old keys would never be matched again: they go now rather than at
-- their forget period. Only the delays restart; locks live in the credentials' own rows.
delete from login_throttle where throttle_key like 'account:%';
