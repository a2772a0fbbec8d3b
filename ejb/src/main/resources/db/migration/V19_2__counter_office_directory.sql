-- The public counter directory becomes searchable and reachable (issue #18 item 8): where an office
-- is (province as its two-letter sigla, town), how to reach it (phone, e-mail, where known) and its
-- opening hours in English too (the page shows them in its language, Italian when no English is
-- given). Nullable: offices made before this version have none until a supervisor adds them.
alter table counter_office add column province varchar(2);
alter table counter_office add column town varchar(100);
alter table counter_office add column phone varchar(30);
alter table counter_office add column email varchar(254);
alter table counter_office add column opening_hours_en varchar(500);
alter table counter_office add constraint ck_counter_office_province
    check (province is null or province ~ '^[A-Z]{2}$');
create index ix_counter_office_place on counter_office (province, town) where enabled;
