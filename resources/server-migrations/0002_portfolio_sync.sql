-- quita-server schema 2: the synced entities (the desktop's columns, see
-- docs/sync-protocol.md), who holds each debtor, the change log the desktops pull,
-- the mutation ids already applied, and the gateways' API keys. Portable SQL (SQLite
-- and PostgreSQL). Instants are BIGINT milliseconds since the epoch, UTC; calendar
-- days ISO text; money BIGINT centavos; flags INTEGER 0/1.

CREATE TABLE creditor (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE portfolio (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditor(id),
    name TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- agent_id: the agent who works the debtor (NULL: not yet assigned; admins see it).
-- total_due_cents: the sum of the open titles, kept by the server's writers.
CREATE TABLE debtor (
    id TEXT PRIMARY KEY NOT NULL,
    portfolio_id TEXT NOT NULL REFERENCES portfolio(id),
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    neighborhood TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    postal_code TEXT NOT NULL DEFAULT '',
    placed_on TEXT,
    capacity_cents BIGINT NOT NULL DEFAULT 0,
    total_due_cents BIGINT NOT NULL DEFAULT 0,
    agent_id TEXT REFERENCES app_user(id),
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX debtor_agent ON debtor(agent_id);
CREATE INDEX debtor_name ON debtor(name);
CREATE INDEX debtor_document ON debtor(document);

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
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_point_debtor ON contact_point(debtor_id);
CREATE INDEX contact_point_value ON contact_point(value);

CREATE TABLE title (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    number TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'contract',
    issued_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    principal_cents BIGINT NOT NULL CHECK (principal_cents >= 0),
    open_balance_cents BIGINT NOT NULL CHECK (open_balance_cents >= 0),
    disputed INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX title_debtor ON title(debtor_id);

CREATE TABLE activity (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    channel TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    result TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    agent TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    callback_at BIGINT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE INDEX activity_timeline ON activity(debtor_id, occurred_at DESC, id DESC);

CREATE TABLE promise (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    activity_id TEXT,
    due_on TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    status TEXT NOT NULL CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX promise_debtor ON promise(debtor_id);

-- The change feed. seq comes from sync_counter 'change_seq', incremented inside the
-- writing transaction: the counter row's lock orders the writers, so a change never
-- becomes visible after one with a higher seq. audience NULL: whoever may see debtor_id
-- (everyone when debtor_id is NULL); otherwise only that user (a reassignment's removal
-- for the old holder, 'grant' backfill for the new one).
CREATE TABLE change_log (
    seq BIGINT PRIMARY KEY NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    debtor_id TEXT,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'grant')),
    audience TEXT,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX change_log_debtor ON change_log(debtor_id, seq);
CREATE INDEX change_log_audience ON change_log(audience, seq);
CREATE INDEX change_log_row ON change_log(entity_id, seq);

-- A session that pulled from 0 records the log floor it started from: its cursors below
-- the floor are its own fresh scan, not a stale client's (see ChangeLog::pull).
ALTER TABLE app_session ADD COLUMN scan_floor BIGINT;

-- change_seq: the last seq given out. log_floor: changes at or below it may have been
-- compacted away; a cursor below it gets 410.
CREATE TABLE sync_counter (
    name TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO sync_counter (name, value) VALUES ('change_seq', 0);
INSERT INTO sync_counter (name, value) VALUES ('log_floor', 0);

-- Every mutation id applied (or refused), with the answer it got: a replay returns it.
CREATE TABLE sync_mutation (
    mutation_id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL,
    client_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    applied_at BIGINT NOT NULL
);

-- Channel gateways (SMS, WhatsApp, e-mail, IVR providers). The API key is shown once
-- and stored only as a hash.
CREATE TABLE integration (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    key_hash TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
