-- Issue #14: the outcome of an activation (or reissue) at the counter, between the confirmation and
-- the outcome page it redirects to. Out of the HTTP session: the page is read after a redirect, and
-- a node killed just after that 302 took with it whatever the session had not yet copied to the
-- other nodes (ClusterFailoverIT lost the codes' first halves that way). The row is committed
-- before the 302 is written, so any node shows the outcome.
--
-- Found by the SHA-256 of the random token in the page's URL, only for the operator who issued it.
-- The first halves of PIN, PUK and CIP are sealed with AES-256-GCM under the outbox key and erased
-- when the page first shows them; the row expires with the operator's idle session, and the
-- retention job deletes it.
create table pending_activation_outcome (
    token_hash         varchar(64)   not null,
    activation_id      bigint        not null references tscns_activation (id) on delete cascade,
    codes_generation   integer       not null,
    operator_username  varchar(64)   not null,
    card_id_masked     varchar(32)   not null,
    holder_cf          varchar(16)   not null,
    activation_case    varchar(40)   not null,
    activated_at       timestamptz   not null,
    mail_reference     varchar(200)  not null,
    reissue            boolean       not null,
    form_made          boolean       not null,
    sealed_halves      bytea,
    created_at         timestamptz   not null,
    expires_at         timestamptz   not null,
    constraint pk_pending_activation_outcome primary key (token_hash)
);
create index ix_pending_activation_outcome_expiry on pending_activation_outcome (expires_at);
