-- Schema 6: protest requests, their timeline events and attached documents, as the
-- server syncs them (server migration 0004_protest.sql). Written only by pull: the desk
-- files protests through the server's HTTP API. No foreign key between these three
-- tables (a compacted change log may bring an event before its request's latest row).

CREATE TABLE protest_request (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    title_id TEXT NOT NULL,
    creditor_id TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('sent', 'protocolled', 'protested', 'paid',
                                           'withdrawn', 'cancelled', 'returned', 'suspended')),
    nosso_numero TEXT NOT NULL,
    cra_title_number TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    sent_on TEXT NOT NULL,
    protocol TEXT NOT NULL DEFAULT '',
    protocol_date TEXT,
    notary_office INTEGER NOT NULL DEFAULT 0,
    occurrence TEXT,
    occurrence_date TEXT,
    irregularity_code TEXT NOT NULL DEFAULT '',
    irregularity_message TEXT NOT NULL DEFAULT '',
    notary_fees_cents INTEGER NOT NULL DEFAULT 0,
    distribution_fees_cents INTEGER NOT NULL DEFAULT 0,
    requested_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX protest_request_debtor ON protest_request(debtor_id);
CREATE INDEX protest_request_title ON protest_request(title_id);

CREATE TABLE protest_event (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    request_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER
);
CREATE INDEX protest_event_timeline ON protest_event(debtor_id, occurred_at DESC);
CREATE INDEX protest_event_request ON protest_event(request_id);

CREATE TABLE protest_document (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id) ON DELETE CASCADE,
    request_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX protest_document_request ON protest_document(request_id);
CREATE INDEX protest_document_debtor ON protest_document(debtor_id);
