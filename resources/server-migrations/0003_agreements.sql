-- Negotiation and agreements (issue "Negotiation simulator, discount approvals and
-- agreements with boleto and PIX"). Same SQL on SQLite and PostgreSQL.

-- Where a creditor's boletos and PIX codes are paid: creditor settings, synced with the
-- creditor row so a desk can print an installment's codes offline.
ALTER TABLE creditor ADD COLUMN bank_code TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN agency TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN wallet TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN pix_key TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN pix_city TEXT NOT NULL DEFAULT '';

-- The server alone gives out "nosso numero" values, unique per creditor account:
-- next_value is taken and incremented inside the transaction that creates the agreement
-- (the row's lock orders concurrent writers), so two desks creating agreements offline
-- can never collide. Never synced.
CREATE TABLE our_number_counter (
    creditor_id TEXT PRIMARY KEY NOT NULL REFERENCES creditor(id),
    next_value BIGINT NOT NULL
);

-- A portfolio's charge terms and negotiation policy as JSON documents read by the domain
-- code; a portfolio without a row uses the domain's defaults.
CREATE TABLE portfolio_terms (
    portfolio_id TEXT PRIMARY KEY NOT NULL REFERENCES portfolio(id),
    charge_terms TEXT NOT NULL DEFAULT '{}',
    policy TEXT NOT NULL DEFAULT '{}',
    grace_days INTEGER NOT NULL DEFAULT 5,
    updated_at BIGINT NOT NULL
);

-- Monthly variations of the correction indexes (IPCA, IGP-M, INPC), in parts per million.
CREATE TABLE index_value (
    index_name TEXT NOT NULL,
    month TEXT NOT NULL,
    variation_ppm BIGINT NOT NULL,
    PRIMARY KEY (index_name, month)
);

CREATE TABLE agreement (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    creditor_id TEXT NOT NULL REFERENCES creditor(id),
    kind TEXT NOT NULL CHECK (kind IN ('full', 'price', 'sac', 'flat')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'settled', 'broken', 'cancelled')),
    as_of TEXT NOT NULL,
    principal_cents BIGINT NOT NULL,
    fine_cents BIGINT NOT NULL,
    interest_cents BIGINT NOT NULL,
    correction_cents BIGINT NOT NULL,
    fees_cents BIGINT NOT NULL,
    discount_cents BIGINT NOT NULL,
    total_cents BIGINT NOT NULL CHECK (total_cents > 0),
    monthly_rate_ppm BIGINT NOT NULL,
    installment_count INTEGER NOT NULL,
    title_ids TEXT NOT NULL,
    approval_id TEXT,
    created_by TEXT NOT NULL, -- the user's display name, as activity.agent
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_debtor ON agreement(debtor_id);

CREATE TABLE installment (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    creditor_id TEXT NOT NULL REFERENCES creditor(id),
    number INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    our_number TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
    paid_cents BIGINT NOT NULL DEFAULT 0,
    paid_on TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (agreement_id, number),
    UNIQUE (creditor_id, our_number)
);
CREATE INDEX installment_debtor ON installment(debtor_id);

-- An offer beyond the agent's authority waits for a supervisor's (or admin's) answer.
CREATE TABLE approval_request (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    requested_by TEXT NOT NULL REFERENCES app_user(id),
    requested_by_name TEXT NOT NULL,
    approver_role TEXT NOT NULL CHECK (approver_role IN ('supervisor', 'admin')),
    request TEXT NOT NULL,
    violations TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'used')),
    decided_by TEXT REFERENCES app_user(id),
    decided_by_name TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX approval_request_debtor ON approval_request(debtor_id);
CREATE INDEX approval_request_status ON approval_request(status, created_at);
