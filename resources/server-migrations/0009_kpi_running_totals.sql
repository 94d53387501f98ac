-- Running totals of the activities by agent, channel and result (issue 6): the team
-- report's channel x result breakdown over any period is then two index probes per
-- agent, channel and result (the total up to its last day minus the total before its
-- first) instead of a scan of every kpi_activity_day row of the period. Over every
-- portfolio and direction: the report reads it when no portfolio is chosen. Kept by
-- server/kpi/KpiRollup with kpi_activity_day. Same SQL on SQLite and PostgreSQL.

-- total: the activities of this agent ('' when nobody held the account), channel and
-- result on Brasília days up to and including `day` (a row only for days with some).
CREATE TABLE kpi_result_total (
    agent_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    result TEXT NOT NULL,
    day BIGINT NOT NULL,
    total BIGINT NOT NULL,
    PRIMARY KEY (agent_id, channel, result, day)
);

-- Every agent, channel and result kpi_result_total has rows for.
CREATE TABLE kpi_result_group (
    agent_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (agent_id, channel, result)
);

-- kpi_agent_day summed over portfolios and channels: the per-agent and per-day figures
-- when neither a portfolio nor a channel is chosen (about 40x fewer rows to read).
CREATE TABLE kpi_agent_day_all (
    day BIGINT NOT NULL,
    agent_id TEXT NOT NULL,
    activities BIGINT NOT NULL,
    call_attempts BIGINT NOT NULL,
    rpc BIGINT NOT NULL,
    ptp BIGINT NOT NULL,
    promises BIGINT NOT NULL,
    PRIMARY KEY (day, agent_id)
);

-- One row per payment with its account's facts and its last touch: the channel and the
-- Brasília day of the account's last activity up to the end of the payment's day (NULL:
-- none). A payment is attributed to that channel when touch_day >= paid_day - N (KpiRules
-- attributedChannel(): the last activity within N days). Kept by KpiRollup with
-- kpi_debtor, for every debtor a change names.
CREATE TABLE kpi_payment (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    portfolio_id TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    placed_on TEXT,
    paid_on TEXT NOT NULL,
    paid_day BIGINT NOT NULL,
    amount_cents BIGINT NOT NULL,
    touch_channel TEXT,
    touch_day BIGINT
);
CREATE INDEX kpi_payment_paid ON kpi_payment(paid_on, deleted, agent_id, portfolio_id,
    paid_day, touch_day, touch_channel, amount_cents);
CREATE INDEX kpi_payment_debtor ON kpi_payment(debtor_id);

-- The next report rebuilds the rollups and account rows, these with them.
UPDATE kpi_rollup_state SET value = -1 WHERE name IN ('activity_seq', 'account_seq');
