-- Co-financing rules with a stated tolerance and source (issue 11). A rule may belong to a fund (the columns V2 gave
-- it) or to one sub-pool (new here); a sub-pool's rule takes precedence over its fund's for the projects granted
-- from it. The tolerance is an amount in kroner within which a project's margin is shown as "within the tolerance"
-- rather than as met or not met: amounts rounded in the source (a press release's thousands) must not make a project
-- silently pass or fail. The source says where the rule comes from (e.g. "Region Midtjyllands vilkår, 2017").

alter table fund
    add column own_financing_tolerance_amount   numeric(15, 2) check (own_financing_tolerance_amount >= 0),
    add column own_financing_tolerance_currency varchar(3) check (own_financing_tolerance_currency = 'DKK'),
    add column own_financing_source             varchar(500),
    add constraint fund_own_financing_tolerance_currency
        check ((own_financing_tolerance_amount is null) = (own_financing_tolerance_currency is null));

alter table fund_aud
    add column own_financing_tolerance_amount   numeric(15, 2),
    add column own_financing_tolerance_currency varchar(3),
    add column own_financing_source             varchar(500);

alter table sub_pool
    add column cofinancing_min_share          numeric(5, 4) check (cofinancing_min_share > 0 and cofinancing_min_share <= 1),
    add column cofinancing_threshold_amount   numeric(15, 2) check (cofinancing_threshold_amount >= 0),
    add column cofinancing_threshold_currency varchar(3) check (cofinancing_threshold_currency = 'DKK'),
    add column cofinancing_tolerance_amount   numeric(15, 2) check (cofinancing_tolerance_amount >= 0),
    add column cofinancing_tolerance_currency varchar(3) check (cofinancing_tolerance_currency = 'DKK'),
    add column cofinancing_source             varchar(500),
    add constraint sub_pool_cofinancing_threshold_currency
        check ((cofinancing_threshold_amount is null) = (cofinancing_threshold_currency is null)),
    add constraint sub_pool_cofinancing_tolerance_currency
        check ((cofinancing_tolerance_amount is null) = (cofinancing_tolerance_currency is null)),
    -- A threshold, tolerance or source without a share would be a rule that says nothing.
    add constraint sub_pool_cofinancing_rule_whole
        check (cofinancing_min_share is not null
               or (cofinancing_threshold_amount is null and cofinancing_tolerance_amount is null and cofinancing_source is null));

alter table sub_pool_aud
    add column cofinancing_min_share          numeric(5, 4),
    add column cofinancing_threshold_amount   numeric(15, 2),
    add column cofinancing_threshold_currency varchar(3),
    add column cofinancing_tolerance_amount   numeric(15, 2),
    add column cofinancing_tolerance_currency varchar(3),
    add column cofinancing_source             varchar(500);
