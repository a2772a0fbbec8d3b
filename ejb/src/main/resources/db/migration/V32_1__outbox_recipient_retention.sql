-- Issue #15, retention: a sent or given-up mail's recipient address is personal data the outbox no
-- longer needs (the body is already erased); the retention job blanks it after
-- CNS_RETENTION_MAIL_RECIPIENT_DAYS. The row stays: the operator still sees the mail's state.
alter table outbound_mail alter column recipient drop not null;
-- Only a mail that is no longer going anywhere may lose its address.
alter table outbound_mail add constraint ck_outbound_mail_recipient
    check (recipient is not null or (status <> 'PENDING' and sealed_body is null));
-- The job's lookup: finished mails whose address is still there, by age.
create index ix_outbound_mail_recipient_kept on outbound_mail (created_at)
    where recipient is not null and status <> 'PENDING';
