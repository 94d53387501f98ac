-- KPIs of the performance charts (issue 6). Same SQL on SQLite and PostgreSQL.

-- The daily rollup of activities the team report reads instead of the activity table
-- (2M activities in 90 days are too many to group per request). day: Brasília days since
-- 1970-01-01; agent_id: the account's holder when the activity was rolled up ('' when
-- nobody held it). Kept by server/kpi/KpiRollup from the change log: it adds the
-- activities logged after kpi_rollup_state.activity_seq (-1: not built yet, the next
-- report builds it from the activity table).
CREATE TABLE kpi_activity_day (
    day BIGINT NOT NULL,
    agent_id TEXT NOT NULL,
    portfolio_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    direction TEXT NOT NULL,
    result TEXT NOT NULL,
    activities BIGINT NOT NULL,
    PRIMARY KEY (day, agent_id, portfolio_id, channel, direction, result)
);
-- Covering index for the report's pass by day and result.
CREATE INDEX kpi_activity_day_result
    ON kpi_activity_day(day, channel, result, agent_id, portfolio_id, direction, activities);

-- The same activities counted per day, agent, portfolio and channel (about 10x fewer rows):
-- the per-agent and per-day figures. call_attempts: outbound phone; rpc: call attempts
-- with a right-party result of the default result catalogue; ptp: call attempts with
-- the result ptp; promises: activities with the result ptp on any channel.
CREATE TABLE kpi_agent_day (
    day BIGINT NOT NULL,
    agent_id TEXT NOT NULL,
    portfolio_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    activities BIGINT NOT NULL,
    call_attempts BIGINT NOT NULL,
    rpc BIGINT NOT NULL,
    ptp BIGINT NOT NULL,
    promises BIGINT NOT NULL,
    PRIMARY KEY (day, agent_id, portfolio_id, channel)
);
CREATE INDEX kpi_agent_day_cover ON kpi_agent_day(day, agent_id, portfolio_id, channel,
    activities, call_attempts, rpc, ptp, promises);

-- The clock hours (Brasília hours since the epoch) in which each agent's accounts had an
-- activity: the agent-hours of the report.
CREATE TABLE kpi_agent_hour (
    agent_id TEXT NOT NULL,
    hour BIGINT NOT NULL,
    PRIMARY KEY (agent_id, hour)
);

CREATE TABLE kpi_rollup_state (
    name TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO kpi_rollup_state (name, value) VALUES ('activity_seq', -1);

-- Targets per agent and day set by an administrator (PUT /api/v1/admin/targets); a
-- missing row is the default of models/store/KpiQuery.h (KpiTargets).
CREATE TABLE kpi_target (
    name TEXT PRIMARY KEY NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    updated_at BIGINT NOT NULL
);

-- The report's range conditions.
CREATE INDEX promise_due ON promise(due_on, deleted, status, debtor_id, amount_cents, activity_id);
CREATE INDEX payment_paid ON payment(paid_on);
CREATE INDEX installment_due ON installment(due_on);
CREATE INDEX debtor_placed ON debtor(placed_on);
CREATE INDEX agreement_created ON agreement(created_at);
-- Joins by debtor id that read only these columns need no table lookup (the aging pass
-- reads the debtor's balance, its titles' principal and its covering agreements).
CREATE INDEX debtor_kpi ON debtor(id, agent_id, portfolio_id, deleted, placed_on, total_due_cents);
CREATE INDEX title_open_due
    ON title(debtor_id, deleted, due_on, open_balance_cents, principal_cents);
CREATE INDEX agreement_kpi ON agreement(debtor_id, deleted, status, created_at);
