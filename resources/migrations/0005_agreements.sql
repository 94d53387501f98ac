-- Schema 5: agreements, their installments and discount approval requests, as the server
-- syncs them (server migration 0003_agreements.sql). Our numbers ("nosso numero") are given
-- out by the server only: an installment created offline waits with our_number ''.

-- The creditor's collection account (bank and PIX settings), synced with the creditor.
ALTER TABLE creditor ADD COLUMN bank_code TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN agency TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN wallet TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN pix_key TEXT NOT NULL DEFAULT '';
ALTER TABLE creditor ADD COLUMN pix_city TEXT NOT NULL DEFAULT '';

CREATE TABLE agreement (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    creditor_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('full', 'price', 'sac', 'flat')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'settled', 'broken', 'cancelled')),
    as_of TEXT NOT NULL,
    principal_cents INTEGER NOT NULL,
    fine_cents INTEGER NOT NULL,
    interest_cents INTEGER NOT NULL,
    correction_cents INTEGER NOT NULL,
    fees_cents INTEGER NOT NULL,
    discount_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL CHECK (total_cents > 0),
    monthly_rate_ppm INTEGER NOT NULL,
    installment_count INTEGER NOT NULL,
    title_ids TEXT NOT NULL,
    approval_id TEXT,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_debtor ON agreement(debtor_id);

CREATE TABLE installment (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    creditor_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    our_number TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
    paid_cents INTEGER NOT NULL DEFAULT 0,
    paid_on TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX installment_agreement ON installment(agreement_id, number);
CREATE INDEX installment_debtor ON installment(debtor_id);

CREATE TABLE approval_request (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    requested_by TEXT NOT NULL,
    requested_by_name TEXT NOT NULL,
    approver_role TEXT NOT NULL CHECK (approver_role IN ('supervisor', 'admin')),
    request TEXT NOT NULL,
    violations TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'used')),
    decided_by TEXT,
    decided_by_name TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX approval_request_debtor ON approval_request(debtor_id);
CREATE INDEX approval_request_status ON approval_request(status, created_at);
