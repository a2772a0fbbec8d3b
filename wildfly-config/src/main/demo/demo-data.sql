-- Demo data for ./cns start (never a production migration). Idempotent: safe to load again.
-- The codici fiscali match the demo cards generated in .dev/pki/.

-- Already-enabled Fisconline user: demo-card.p12
insert into account (codice_fiscale, account_type, display_name, enabled_at)
values ('MSRNTN77H15C351X', 'FISCONLINE', 'ANTONIO MESSURI', now())
on conflict (codice_fiscale) do nothing;

-- Entratel user with two sites: demo-entratel-card.p12 (its card goes to site 000)
insert into account (codice_fiscale, account_type, display_name, enabled_at)
values ('RSSMRA80A01H501U', 'ENTRATEL', 'MARIO ROSSI', now())
on conflict (codice_fiscale) do nothing;

insert into entratel_site (account_id, code, description)
select id, '000', 'Sede principale - Roma' from account where codice_fiscale = 'RSSMRA80A01H501U'
on conflict (account_id, code) do nothing;

insert into entratel_site (account_id, code, description)
select id, '001', 'Sede secondaria - Milano' from account where codice_fiscale = 'RSSMRA80A01H501U'
on conflict (account_id, code) do nothing;

-- VRDGPP85M41F205X (demo-new-card.p12) is deliberately absent: not enabled yet.
