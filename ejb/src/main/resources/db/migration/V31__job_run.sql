-- Scheduled jobs run once across all servers (issue 14, two servers; docs/adr/0022-cluster-safe-state.md).
-- Every server's timer fires; each first claims the job's slot (its scheduled hour) with
-- INSERT … ON CONFLICT DO NOTHING on the primary key, and only the server whose insert took the row runs the job.
-- The claim commits before the run starts, so the other servers see it at once; a server that dies during its run
-- leaves the slot claimed and the next slot does the work (the reminders' own claims, reminder_sent, make that
-- send nothing twice). The row also tells an operator which server ran what, when, and how it went.
create table job_run (
    job         varchar(40)  not null,
    slot        timestamp with time zone not null,
    node        varchar(100) not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    outcome     varchar(500),
    primary key (job, slot)
);
