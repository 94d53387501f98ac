-- A portfolio's charge terms and grace days move onto the portfolio row, which is synced:
-- the desks compute offers offline with the same terms as the server. The correction
-- indexes' monthly values become synced reference rows (id "ipca:2025-01").
ALTER TABLE portfolio ADD COLUMN charge_terms TEXT NOT NULL DEFAULT '{}';
ALTER TABLE portfolio ADD COLUMN grace_days INTEGER NOT NULL DEFAULT 5;
-- Overrides of the default negotiation policy (models/domain/negotiation/NegotiationPolicyJson.h).
ALTER TABLE portfolio ADD COLUMN negotiation_policy TEXT NOT NULL DEFAULT '{}';
UPDATE portfolio SET
    charge_terms = coalesce((SELECT t.charge_terms FROM portfolio_terms t
                             WHERE t.portfolio_id = portfolio.id), charge_terms),
    grace_days = coalesce((SELECT t.grace_days FROM portfolio_terms t
                           WHERE t.portfolio_id = portfolio.id), grace_days);
DROP TABLE portfolio_terms;

DROP TABLE index_value;
CREATE TABLE index_value (
    id TEXT PRIMARY KEY NOT NULL,
    index_name TEXT NOT NULL CHECK (index_name IN ('ipca', 'igpm', 'inpc')),
    month TEXT NOT NULL,
    variation_ppm BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    UNIQUE (index_name, month)
);
