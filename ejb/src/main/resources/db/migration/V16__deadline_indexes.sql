-- Issue 10: the applicant's deadline calendar and the administrators' "due and overdue" board read open milestones by
-- date (DeadlineQueries). Reports and tranches already have partial indexes of their open rows by date
-- (report_obligation_due_idx, V2; payment_open_planned_idx, V11); milestones had only their project's index, so the
-- board read every milestone of the portfolio to find the few due. Partial, like the others: the predicate is the
-- query's own literal condition, so the planner can prove that the index holds every row the board wants.
create index milestone_open_due_idx on milestone (due_date, id) where status in ('PLANNED', 'DELAYED');
