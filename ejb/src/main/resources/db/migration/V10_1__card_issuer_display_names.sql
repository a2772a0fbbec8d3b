-- Bindings recorded so far kept the issuer's whole distinguished name as its display name, which
-- citizen pages showed raw. Show its organisation (O=) as new bindings do; a DN without one keeps
-- its DN. The canonical DN (card_issuer_dn) is untouched: it is part of the card's identity.
update smartcard_binding
   set card_issuer_name = substring(card_issuer_dn from '(?:^|,)O=((?:[^,\\]|\\.)+)')
 where card_issuer_name = card_issuer_dn
   and card_issuer_dn ~ '(^|,)O=';
