-- Issue #18: a reissue of a card's codes is recorded like the activation was - the identity
-- document of the person at the counter, seen again (new codes need the same proof of identity),
-- the address the new second halves went to and the one before it (the person may give a new
-- one: tscns_activation.email then follows it), who and where. One row per reissue, never changed.
create table codes_reissue (
    activation_id       bigint        not null references tscns_activation (id) on delete cascade,
    codes_generation    integer       not null,
    id_document_type    varchar(24)   not null,
    id_document_number  varchar(40)   not null,
    id_document_issuer  varchar(200)  not null,
    id_document_expiry  date          not null,
    email               varchar(254)  not null,
    previous_email      varchar(254)  not null,
    operator_username   varchar(64)   not null,
    counter_office_id   bigint        not null references counter_office (id),
    reissued_at         timestamptz   not null,
    primary key (activation_id, codes_generation),
    constraint ck_codes_reissue_generation check (codes_generation > 1)
);
