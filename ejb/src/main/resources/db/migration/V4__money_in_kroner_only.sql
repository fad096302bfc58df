-- Every amount is in Danish kroner. The application refuses anything else where it enters (Money.of); these checks
-- are the last line of defence, so that no path (an import, a hand-written SQL fix) can store an amount that every
-- sum (SQL sum(), MoneyTotal) would then add as kroner. The *_aud tables copy what these tables held and need no check.

alter table funding_round
    add constraint funding_round_envelope_dkk check (envelope_currency = 'DKK');
alter table fund
    add constraint fund_own_financing_threshold_dkk check (own_financing_threshold_currency = 'DKK');
alter table project
    add constraint project_total_dkk check (total_currency = 'DKK');
alter table project_grant
    add constraint project_grant_granted_dkk check (granted_currency = 'DKK'),
    add constraint project_grant_applied_dkk check (applied_currency = 'DKK');
alter table grant_amendment
    add constraint grant_amendment_previous_granted_dkk check (previous_granted_currency = 'DKK'),
    add constraint grant_amendment_new_granted_dkk check (new_granted_currency = 'DKK'),
    add constraint grant_amendment_previous_total_dkk check (previous_total_currency = 'DKK'),
    add constraint grant_amendment_new_total_dkk check (new_total_currency = 'DKK');
alter table payment
    add constraint payment_planned_dkk check (planned_currency = 'DKK'),
    add constraint payment_paid_dkk check (paid_currency = 'DKK');
alter table budget_line
    add constraint budget_line_dkk check (currency = 'DKK');
alter table financing_line
    add constraint financing_line_dkk check (currency = 'DKK');
