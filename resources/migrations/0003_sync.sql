-- Schema 3: offline-first sync (docs/sync-protocol.md). A user action writes its row
-- and an outbox mutation in one transaction; the sync engine pushes the outbox, keeps
-- its cursor and client id in sync_state, and files the mutations the server refused
-- (or found stale) in sync_conflict for the agent to resolve.

-- Mutations waiting for the server's answer, pushed in seq order. args is the JSON
-- object of the protocol. An entry leaves only when the server has answered it.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    args TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);

-- The engine's own small facts: client_id, cursor, username, last_sync_at, ...
-- value is untyped so numbers stay numbers.
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value
);

-- A mutation the server did not apply: status 409 (stale, with the server's current
-- row as JSON) or 400/403/404/422 (refused, with the server's message).
CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    args TEXT NOT NULL,
    status INTEGER NOT NULL,
    error_code TEXT NOT NULL DEFAULT '',
    error_field TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    current TEXT,
    created_at INTEGER NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
);

-- The agent the server assigned the debtor to (a user id of the server).
ALTER TABLE debtor ADD COLUMN agent_id TEXT;

-- A pulled delete of a title or promise keeps the debtor's summary true, as inserts
-- and updates already do.
CREATE TRIGGER title_summary_delete AFTER DELETE ON title
BEGIN
    UPDATE debtor SET
        total_due_cents = (SELECT coalesce(sum(open_balance_cents), 0) FROM title
                           WHERE debtor_id = OLD.debtor_id AND deleted = 0),
        oldest_due_on = (SELECT min(due_on) FROM title
                         WHERE debtor_id = OLD.debtor_id AND deleted = 0 AND open_balance_cents > 0)
    WHERE id = OLD.debtor_id;
END;

CREATE TRIGGER promise_summary_delete AFTER DELETE ON promise
BEGIN
    UPDATE debtor SET open_promise_due_on = (SELECT min(due_on) FROM promise
        WHERE debtor_id = OLD.debtor_id AND status = 'open' AND deleted = 0)
    WHERE id = OLD.debtor_id;
END;
