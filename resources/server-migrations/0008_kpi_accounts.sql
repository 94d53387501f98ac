-- Per-account facts of the KPI report (issue 6), kept by server/kpi/KpiRollup from the
-- change log beside the activity rollup of 0007: the aging pass and the promise pass read
-- these narrow rows instead of grouping titles, agreements, payments and activities per
-- request. Every change logged with a debtor_id after kpi_rollup_state.account_seq
-- recomputes that account's rows (-1: not built yet, the next report builds them all).
-- Same SQL on SQLite and PostgreSQL.

-- One row per debtor: agent_id '' when nobody holds it; od: the due date of its oldest
-- title with an open balance (NULL: none); principal: its titles' principal; cov: when its
-- first covering agreement (pending, active, settled) was made (ms UTC, NULL: none).
-- The *_day columns are Brasília day numbers since 1970-01-01 of the same facts.
CREATE TABLE kpi_debtor (
    id TEXT PRIMARY KEY NOT NULL,
    agent_id TEXT NOT NULL,
    portfolio_id TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    placed_on TEXT,
    total_due_cents BIGINT NOT NULL,
    principal BIGINT NOT NULL,
    od_day BIGINT,
    cov_day BIGINT
);

-- One row per promise that is not deleted nor cancelled, with its account's holder:
-- kept: marked kept; paid_day: the first day on which the account's payments from the
-- promise's window start (the day of the contact that made it, else due - 30) reach its
-- amount (NULL: never). KpiRules promiseKept() is then kept = 1 OR paid_day <= due_day + grace.
CREATE TABLE kpi_promise (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    portfolio_id TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    due_day BIGINT NOT NULL,
    kept INTEGER NOT NULL,
    paid_day BIGINT
);
CREATE INDEX kpi_promise_due
    ON kpi_promise(due_on, agent_id, portfolio_id, deleted, due_day, kept, paid_day);
CREATE INDEX kpi_promise_debtor ON kpi_promise(debtor_id);

INSERT INTO kpi_rollup_state (name, value) VALUES ('account_seq', -1);
