-- Schema 8: the portfolio's charge terms, grace days and negotiation policy, and the correction indexes'
-- monthly values, as the server syncs them (server migration 0006_portfolio_terms.sql).
ALTER TABLE portfolio ADD COLUMN charge_terms TEXT NOT NULL DEFAULT '{}';
ALTER TABLE portfolio ADD COLUMN grace_days INTEGER NOT NULL DEFAULT 5;
ALTER TABLE portfolio ADD COLUMN negotiation_policy TEXT NOT NULL DEFAULT '{}';

CREATE TABLE index_value (
    id TEXT PRIMARY KEY NOT NULL,
    index_name TEXT NOT NULL CHECK (index_name IN ('ipca', 'igpm', 'inpc')),
    month TEXT NOT NULL,
    variation_ppm INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER
);
