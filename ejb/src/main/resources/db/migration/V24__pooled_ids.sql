-- Ids from one pooled sequence instead of an identity column per table (issue 12, ADR 0013).
--
-- Why: Hibernate cannot batch inserts into identity columns (it must read each generated id back, one round trip per
-- row), so importing 10.000 allocation rows cost 10.000+ statements. With a sequence that hands out blocks of 50 the
-- application numbers 50 rows per call and sends them as one batched insert (reWriteBatchedInserts on the datasource).
--
-- One sequence for every entity table: an id names one row in the whole schema, so an id of one kind forged into
-- another kind's address can never hit a row. Tables that are not entities with batched inserts (audit_revision,
-- security_event, reminder_sent) keep their identity columns.
--
-- SQL written by hand (tests, the benchmark's seed) still inserts without an id: the column default takes a whole
-- block from the sequence, so it can never collide with a block Hibernate holds.
create sequence pulje_id_seq increment by 50;

do $$
declare
    entity_table text;
    highest bigint := 0;
    table_highest bigint;
begin
    foreach entity_table in array array[
        'organisation', 'fund', 'funding_round', 'sub_pool', 'project', 'project_grant', 'theme', 'contact_person',
        'project_partner', 'result_goal', 'budget_line', 'financing_line', 'grant_amendment', 'payment',
        'report_obligation', 'milestone', 'user_account', 'report_section', 'report_spending', 'report_cofinancing',
        'report_milestone', 'report_goal_value', 'report_attachment']
    loop
        execute format('select coalesce(max(id), 0) from %I', entity_table) into table_highest;
        highest := greatest(highest, table_highest);
        execute format('alter table %I alter column id drop identity', entity_table);
        execute format('alter table %I alter column id set default nextval(''pulje_id_seq'')', entity_table);
    end loop;
    -- Hibernate's pooled optimiser reads a value v as the block (v - 49 .. v): start one whole block above every id.
    perform setval('pulje_id_seq', highest + 100, false);
end
$$;
