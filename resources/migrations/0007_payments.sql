-- Schema 7: payments on agreement installments and the agreements' timeline events, as
-- the server syncs them (server migration 0005_payments.sql), and the debtor's agreement
-- facts the work queue reads.

-- A payment posted by hand or imported from a bank's file. Append-only.
CREATE TABLE payment (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    agreement_id TEXT NOT NULL,
    installment_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    paid_on TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('manual', 'import')),
    created_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER
);
CREATE INDEX payment_installment ON payment(installment_id);
CREATE INDEX payment_debtor ON payment(debtor_id);

-- What happened to an agreement, for the timeline: made, payment, broken, settled,
-- cancelled. Written by the server only. Append-only.
CREATE TABLE agreement_event (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    agreement_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('created', 'payment', 'broken', 'settled', 'cancelled')),
    installment_number INTEGER,
    amount_cents INTEGER NOT NULL DEFAULT 0,
    occurred_at INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER
);
CREATE INDEX agreement_event_debtor ON agreement_event(debtor_id, occurred_at);

-- The earliest open installment of the debtor's pending or active agreements, and the
-- status of the debtor's latest agreement, kept by the triggers below.
ALTER TABLE debtor ADD COLUMN next_installment_due_on TEXT;
ALTER TABLE debtor ADD COLUMN last_agreement_status TEXT;

CREATE TRIGGER installment_summary_insert AFTER INSERT ON installment
BEGIN
    UPDATE debtor SET next_installment_due_on = (
        SELECT min(i.due_on) FROM installment i JOIN agreement a ON a.id = i.agreement_id
        WHERE i.debtor_id = NEW.debtor_id AND i.status = 'open' AND i.deleted = 0
          AND a.status IN ('pending', 'active') AND a.deleted = 0)
    WHERE id = NEW.debtor_id;
END;

CREATE TRIGGER installment_summary_update AFTER UPDATE ON installment
BEGIN
    UPDATE debtor SET next_installment_due_on = (
        SELECT min(i.due_on) FROM installment i JOIN agreement a ON a.id = i.agreement_id
        WHERE i.debtor_id = NEW.debtor_id AND i.status = 'open' AND i.deleted = 0
          AND a.status IN ('pending', 'active') AND a.deleted = 0)
    WHERE id = NEW.debtor_id;
END;

CREATE TRIGGER installment_summary_delete AFTER DELETE ON installment
BEGIN
    UPDATE debtor SET next_installment_due_on = (
        SELECT min(i.due_on) FROM installment i JOIN agreement a ON a.id = i.agreement_id
        WHERE i.debtor_id = OLD.debtor_id AND i.status = 'open' AND i.deleted = 0
          AND a.status IN ('pending', 'active') AND a.deleted = 0)
    WHERE id = OLD.debtor_id;
END;

CREATE TRIGGER agreement_summary_insert AFTER INSERT ON agreement
BEGIN
    UPDATE debtor SET
        last_agreement_status = (SELECT status FROM agreement WHERE debtor_id = NEW.debtor_id
                                 AND deleted = 0 ORDER BY created_at DESC, id DESC LIMIT 1),
        next_installment_due_on = (
            SELECT min(i.due_on) FROM installment i JOIN agreement a ON a.id = i.agreement_id
            WHERE i.debtor_id = NEW.debtor_id AND i.status = 'open' AND i.deleted = 0
              AND a.status IN ('pending', 'active') AND a.deleted = 0)
    WHERE id = NEW.debtor_id;
END;

CREATE TRIGGER agreement_summary_update AFTER UPDATE ON agreement
BEGIN
    UPDATE debtor SET
        last_agreement_status = (SELECT status FROM agreement WHERE debtor_id = NEW.debtor_id
                                 AND deleted = 0 ORDER BY created_at DESC, id DESC LIMIT 1),
        next_installment_due_on = (
            SELECT min(i.due_on) FROM installment i JOIN agreement a ON a.id = i.agreement_id
            WHERE i.debtor_id = NEW.debtor_id AND i.status = 'open' AND i.deleted = 0
              AND a.status IN ('pending', 'active') AND a.deleted = 0)
    WHERE id = NEW.debtor_id;
END;

CREATE TRIGGER agreement_summary_delete AFTER DELETE ON agreement
BEGIN
    UPDATE debtor SET
        last_agreement_status = (SELECT status FROM agreement WHERE debtor_id = OLD.debtor_id
                                 AND deleted = 0 ORDER BY created_at DESC, id DESC LIMIT 1)
    WHERE id = OLD.debtor_id;
END;
