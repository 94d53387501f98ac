-- Protest filing through the CRA (IEPTB) layout (issue 5). Same SQL on SQLite and
-- PostgreSQL. Money BIGINT centavos, calendar days ISO text, instants BIGINT ms UTC.

-- A portfolio's protest rules; a portfolio without a row uses the defaults below
-- (30 days past due, R$ 50,00, agents may not file).
CREATE TABLE protest_rule (
    portfolio_id TEXT PRIMARY KEY NOT NULL REFERENCES portfolio(id),
    min_days_past_due INTEGER NOT NULL DEFAULT 30 CHECK (min_days_past_due >= 0),
    min_balance_cents BIGINT NOT NULL DEFAULT 5000 CHECK (min_balance_cents >= 0),
    agents_may_file INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

-- The presenter at the CRA, one per creditor (each creditor files in its own name):
-- code (3 characters, header 2-4 and the file names), name, IBGE municipality of the
-- place of protest, the drawer's (creditor's) address and its cedente code, and two
-- counters taken under this row's lock inside the writing transaction: the header's
-- continuous file sequence and the nosso numero given to each title sent. Never synced.
CREATE TABLE protest_presenter (
    creditor_id TEXT PRIMARY KEY NOT NULL REFERENCES creditor(id),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    municipality TEXT NOT NULL,
    creditor_code TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    next_file_sequence BIGINT NOT NULL DEFAULT 1,
    next_nosso_numero BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);

-- Every CRA file written (remittance, withdrawal, cancellation) or imported
-- (confirmation, return), kept as text. sequence: the header's file sequence of a
-- remittance, else the day's sequence of the file name. Server only.
CREATE TABLE protest_batch (
    id TEXT PRIMARY KEY NOT NULL,
    creditor_id TEXT NOT NULL REFERENCES creditor(id),
    kind TEXT NOT NULL CHECK (kind IN ('remittance', 'withdrawal', 'cancellation',
                                       'confirmation', 'return')),
    file_name TEXT NOT NULL,
    file_date TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    day_sequence INTEGER NOT NULL,
    content TEXT NOT NULL,
    title_count INTEGER NOT NULL,
    total_cents BIGINT NOT NULL,
    created_by TEXT NOT NULL REFERENCES app_user(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX protest_batch_day ON protest_batch(creditor_id, kind, file_date);
CREATE INDEX protest_batch_created ON protest_batch(created_at);

-- One title sent to protest. Synced with the debtor.
CREATE TABLE protest_request (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    title_id TEXT NOT NULL REFERENCES title(id),
    creditor_id TEXT NOT NULL REFERENCES creditor(id),
    batch_id TEXT NOT NULL REFERENCES protest_batch(id),
    status TEXT NOT NULL CHECK (status IN ('sent', 'protocolled', 'protested', 'paid',
                                           'withdrawn', 'cancelled', 'returned', 'suspended')),
    nosso_numero TEXT NOT NULL,
    cra_title_number TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    sent_on TEXT NOT NULL,
    protocol TEXT NOT NULL DEFAULT '',
    protocol_date TEXT,
    notary_office INTEGER NOT NULL DEFAULT 0,
    occurrence TEXT,
    occurrence_date TEXT,
    irregularity_code TEXT NOT NULL DEFAULT '',
    irregularity_message TEXT NOT NULL DEFAULT '',
    notary_fees_cents BIGINT NOT NULL DEFAULT 0,
    distribution_fees_cents BIGINT NOT NULL DEFAULT 0,
    requested_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (creditor_id, nosso_numero)
);
CREATE INDEX protest_request_debtor ON protest_request(debtor_id);
CREATE INDEX protest_request_protocol ON protest_request(protocol);
CREATE INDEX protest_request_title_number ON protest_request(creditor_id, cra_title_number);
CREATE INDEX protest_request_status ON protest_request(status, sent_on);
-- A title is in at most one open request (the rule checked before a batch; this index
-- refuses the second of two batches racing for the same title).
CREATE UNIQUE INDEX protest_request_open_title ON protest_request(title_id)
    WHERE status IN ('sent', 'protocolled', 'protested', 'suspended', 'paid') AND deleted = 0;

-- The requests in each batch (a remittance's titles, a withdrawal's or cancellation's
-- requests, an imported file's matched records) with their line in the file: who may
-- download a file follows from the debtors of its requests. Server only.
CREATE TABLE protest_batch_item (
    batch_id TEXT NOT NULL REFERENCES protest_batch(id),
    request_id TEXT NOT NULL REFERENCES protest_request(id),
    line INTEGER NOT NULL,
    PRIMARY KEY (batch_id, request_id)
);
CREATE INDEX protest_batch_item_request ON protest_batch_item(request_id);

-- The protest timeline of a debtor, append-only (no tombstone), synced like activities.
CREATE TABLE protest_event (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    request_id TEXT NOT NULL REFERENCES protest_request(id),
    kind TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE INDEX protest_event_debtor ON protest_event(debtor_id, occurred_at);
CREATE INDEX protest_event_request ON protest_event(request_id);

-- Documents attached to a request (PDF, PNG, JPEG), at most 2 MB decoded; content is
-- the base64 text as it travels. Synced with the debtor.
CREATE TABLE protest_document (
    id TEXT PRIMARY KEY NOT NULL,
    debtor_id TEXT NOT NULL REFERENCES debtor(id),
    request_id TEXT NOT NULL REFERENCES protest_request(id),
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 2097152),
    content TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX protest_document_request ON protest_document(request_id);
CREATE INDEX protest_document_debtor ON protest_document(debtor_id);
