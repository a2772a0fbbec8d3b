-- Issue #18: the names of the holder and of the person at the counter, as the operator typed them
-- from the identity documents seen, printed on the activation form as typed (they used to be looked
-- up from an account, so a holder without one had no name on the form and the acting person never
-- had one). Activations before, and partners' (whose contract carries no names), have none.
alter table tscns_activation
    add column holder_name varchar(200),
    add column acting_name varchar(200);
