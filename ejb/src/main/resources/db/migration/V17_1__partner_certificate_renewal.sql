-- Partner certificate life cycle (issue #17): the record keeps when its certificate expires, and
-- may name a second, overlapping certificate registered for a renewal. During the overlap either
-- certificate identifies the partner; completing the renewal makes the second one the partner's
-- certificate and forgets the first.
--
-- certificate_not_after is null for records made before this version (the certificate itself was
-- never stored): the pages say the expiry is unknown until the certificate is next replaced.
alter table partner
    add column certificate_not_after timestamptz,
    -- The renewal certificate, always pinned by its fingerprint; all four set, or none.
    add column renewal_issuer        varchar(1000),
    add column renewal_serial        varchar(64),
    add column renewal_sha256        varchar(64),
    add column renewal_not_after     timestamptz,
    -- When supervisors were last told by mail that this partner's certificate expires soon.
    add column expiry_warned_at      timestamptz,
    add constraint uq_partner_renewal_sha256 unique (renewal_sha256),
    add constraint ck_partner_renewal_sha256
        check (renewal_sha256 is null or renewal_sha256 ~ '^[0-9a-f]{64}$'),
    add constraint ck_partner_renewal_whole
        check ((renewal_sha256 is null) = (renewal_issuer is null)
           and (renewal_sha256 is null) = (renewal_serial is null)
           and (renewal_sha256 is null) = (renewal_not_after is null)),
    add constraint ck_partner_renewal_not_current
        check (renewal_sha256 is null or renewal_sha256 is distinct from certificate_sha256);
