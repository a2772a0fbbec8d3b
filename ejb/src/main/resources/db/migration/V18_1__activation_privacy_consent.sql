-- Issue #18: the consent to the privacy notice recorded with a TS-CNS activation - which notice
-- version was read, who consented (the person at the counter) and when. Activations made before,
-- and those of partners still on contract 1.1 that declare none, have no consent row values: the
-- three columns are all set or all empty.
alter table tscns_activation
    add column consent_notice_version varchar(16),
    add column consent_given_by       varchar(16),
    add column consent_given_at       timestamptz,
    add constraint ck_tscns_activation_consent_whole check (
        (consent_notice_version is null and consent_given_by is null and consent_given_at is null)
        or (consent_notice_version is not null and consent_given_by is not null
            and consent_given_at is not null));
