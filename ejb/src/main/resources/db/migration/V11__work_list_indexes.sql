-- Indexes for the fund administrator's work lists (WorkListService).
--
-- Payments due and overdue: the unpaid tranches by planned date, earliest first. A partial index holds only the open
-- tranches, which stay few while the paid ones grow year by year; the list reads it in date order and stops at the page.
-- (Reports due already have report_obligation_due_idx, V2: due_date where status in ('DUE', 'RETURNED').)
create index payment_open_planned_idx on payment (planned_date, id) where paid_date is null;

-- Σ planned and Σ paid per grant (the list of grants not fully planned, the project list's paid column) read a grant's
-- payments through payment_grant_idx (V2); with the amounts in the index PostgreSQL sums them without visiting the table.
create index payment_grant_amounts_idx on payment (grant_id) include (planned_amount, paid_amount);
drop index payment_grant_idx;
