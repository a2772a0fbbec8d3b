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

-- Counter offices (sportelli abilitati) of the Veneto health agencies, for the public directory and
-- the intranet. Addresses are the agencies' head offices; opening hours, phones and e-mail
-- addresses (example.it) are illustrative. The
-- last one is disabled: it must not appear in the public directory.
insert into counter_office (name, health_agency, address, opening_hours, enabled, province, town,
                            phone, email, opening_hours_en) values
  ('Padova - Anagrafe sanitaria', 'Azienda ULSS 6 Euganea',
   'Via Enrico degli Scrovegni 14, 35131 Padova',
   'Lun-ven 8:30-12:30; mar e gio anche 14:30-16:30', true, 'PD', 'Padova',
   '049 821 1111', 'anagrafe.padova@example.it', 'Mon-Fri 8:30-12:30; Tue and Thu also 14:30-16:30'),
  ('Verona - Ufficio scelta e revoca', 'Azienda ULSS 9 Scaligera',
   'Via Valverde 42, 37122 Verona',
   'Lun-ven 8:00-13:00; mer anche 14:00-16:00', true, 'VR', 'Verona',
   '045 807 5511', null, 'Mon-Fri 8:00-13:00; Wed also 14:00-16:00'),
  ('Mestre - Sportello TS-CNS', 'Azienda ULSS 3 Serenissima',
   'Via Don Federico Tosatto 147, 30174 Venezia Mestre',
   'Lun, mer, ven 8:30-12:30; mar e gio 8:30-15:30', true, 'VE', 'Venezia',
   null, 'tscns.mestre@example.it', 'Mon, Wed, Fri 8:30-12:30; Tue and Thu 8:30-15:30'),
  ('Vicenza - Anagrafe assistiti', 'Azienda ULSS 8 Berica',
   'Viale Ferdinando Rodolfi 37, 36100 Vicenza',
   'Lun-ven 8:30-12:00; gio anche 14:00-17:00', true, 'VI', 'Vicenza',
   '0444 753 111', null, null),
  ('Treviso - Sportello polifunzionale', 'Azienda ULSS 2 Marca Trevigiana',
   'Via Sant''Ambrogio di Fiera 37, 31100 Treviso',
   'Lun-ven 8:00-12:30', true, 'TV', 'Treviso',
   '0422 323 111', 'sportello.treviso@example.it', 'Mon-Fri 8:00-12:30'),
  ('Belluno - Sportello temporaneo (chiuso)', 'Azienda ULSS 1 Dolomiti',
   'Viale Europa 22, 32100 Belluno',
   'Chiuso per lavori', false, 'BL', 'Belluno', null, null, 'Closed for works')
on conflict (name) do nothing;
