-- Payments on agreement installments and the agreements' timeline events (both synced,
-- append-only). Same SQL on SQLite and PostgreSQL.

CREATE TABLE payment (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    installment_id TEXT NOT NULL REFERENCES installment(id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    paid_on TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('manual', 'import')),
    created_by TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE INDEX payment_installment ON payment(installment_id);
CREATE INDEX payment_debtor ON payment(debtor_id);

CREATE TABLE agreement_event (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    kind TEXT NOT NULL CHECK (kind IN ('created', 'payment', 'broken', 'settled', 'cancelled')),
    installment_number INTEGER,
    amount_cents BIGINT NOT NULL DEFAULT 0,
    occurred_at BIGINT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE INDEX agreement_event_debtor ON agreement_event(debtor_id, occurred_at);
CREATE INDEX agreement_open ON agreement(status);
