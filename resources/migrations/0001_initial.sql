-- Quita local store, schema 1: the synced entities of DESIGN.md "Data".
-- Every synced row: UUID id, server version, server updated_at (ms since epoch UTC),
-- tombstone flag. Money in integer centavos; calendar days as ISO dates (TEXT);
-- instants as integer milliseconds since the epoch, UTC.

CREATE TABLE creditor (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE portfolio (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditor(id),
    name TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- The columns after capacity_cents summarise the debtor's titles, activities and
-- promises for the work queue; the triggers below keep them true.
CREATE TABLE debtor (
    id TEXT NOT NULL UNIQUE,
    portfolio_id TEXT NOT NULL REFERENCES portfolio(id),
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    neighborhood TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    postal_code TEXT NOT NULL DEFAULT '',
    placed_on TEXT,
    capacity_cents INTEGER NOT NULL DEFAULT 0,
    total_due_cents INTEGER NOT NULL DEFAULT 0,
    oldest_due_on TEXT,
    last_outbound_at INTEGER,
    last_inbound_at INTEGER,
    pending_callback_at INTEGER,
    open_promise_due_on TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX debtor_portfolio ON debtor(portfolio_id);

CREATE TABLE contact_point (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'whatsapp')),
    value TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    consent_voice INTEGER NOT NULL DEFAULT 0,
    consent_sms INTEGER NOT NULL DEFAULT 0,
    consent_whatsapp INTEGER NOT NULL DEFAULT 0,
    consent_email INTEGER NOT NULL DEFAULT 0,
    opt_out_voice INTEGER NOT NULL DEFAULT 0,
    opt_out_sms INTEGER NOT NULL DEFAULT 0,
    opt_out_whatsapp INTEGER NOT NULL DEFAULT 0,
    opt_out_email INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_point_debtor ON contact_point(debtor_id);

CREATE TABLE title (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    number TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'contract',
    issued_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    principal_cents INTEGER NOT NULL CHECK (principal_cents >= 0),
    open_balance_cents INTEGER NOT NULL CHECK (open_balance_cents >= 0),
    disputed INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX title_debtor ON title(debtor_id);

-- Append-only. The rowid orders nothing; the timeline index does.
CREATE TABLE activity (
    id TEXT NOT NULL UNIQUE,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    channel TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    result TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    agent TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    callback_at INTEGER,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER
);
CREATE INDEX activity_timeline ON activity(debtor_id, occurred_at DESC, id DESC);

CREATE TABLE promise (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    activity_id TEXT,
    due_on TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    status TEXT NOT NULL CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX promise_debtor ON promise(debtor_id);

CREATE TRIGGER title_summary_insert AFTER INSERT ON title
BEGIN
    UPDATE debtor SET
        total_due_cents = (SELECT coalesce(sum(open_balance_cents), 0) FROM title
                           WHERE debtor_id = NEW.debtor_id AND deleted = 0),
        oldest_due_on = (SELECT min(due_on) FROM title
                         WHERE debtor_id = NEW.debtor_id AND deleted = 0 AND open_balance_cents > 0)
    WHERE id = NEW.debtor_id;
END;

CREATE TRIGGER title_summary_update AFTER UPDATE ON title
BEGIN
    UPDATE debtor SET
        total_due_cents = (SELECT coalesce(sum(open_balance_cents), 0) FROM title
                           WHERE debtor_id = NEW.debtor_id AND deleted = 0),
        oldest_due_on = (SELECT min(due_on) FROM title
                         WHERE debtor_id = NEW.debtor_id AND deleted = 0 AND open_balance_cents > 0)
    WHERE id = NEW.debtor_id;
END;

-- A new outbound contact replaces any pending callback with its own (or none).
CREATE TRIGGER activity_summary_insert AFTER INSERT ON activity
BEGIN
    UPDATE debtor SET
        pending_callback_at = CASE
            WHEN NEW.direction = 'outbound' AND NEW.occurred_at >= coalesce(last_outbound_at, 0)
            THEN NEW.callback_at ELSE pending_callback_at END,
        last_outbound_at = CASE WHEN NEW.direction = 'outbound'
            THEN max(coalesce(last_outbound_at, 0), NEW.occurred_at) ELSE last_outbound_at END,
        last_inbound_at = CASE WHEN NEW.direction = 'inbound'
            THEN max(coalesce(last_inbound_at, 0), NEW.occurred_at) ELSE last_inbound_at END
    WHERE id = NEW.debtor_id;
END;

CREATE TRIGGER promise_summary_insert AFTER INSERT ON promise
BEGIN
    UPDATE debtor SET open_promise_due_on = (SELECT min(due_on) FROM promise
        WHERE debtor_id = NEW.debtor_id AND status = 'open' AND deleted = 0)
    WHERE id = NEW.debtor_id;
END;

CREATE TRIGGER promise_summary_update AFTER UPDATE ON promise
BEGIN
    UPDATE debtor SET open_promise_due_on = (SELECT min(due_on) FROM promise
        WHERE debtor_id = NEW.debtor_id AND status = 'open' AND deleted = 0)
    WHERE id = NEW.debtor_id;
END;
