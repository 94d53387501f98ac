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

-- The next report rebuilds the activity rollups, these totals with them.
UPDATE kpi_rollup_state SET value = -1 WHERE name = 'activity_seq';
