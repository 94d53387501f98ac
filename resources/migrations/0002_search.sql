-- Schema 2: full-text search (FTS5). Debtor search over name, document, phones (with
-- and without DDD), e-mails and contract numbers (each also without punctuation), one row per debtor keyed by the debtor's rowid and
-- kept by DebtorSearchIndex; timeline search over activity summaries and bodies,
-- contentless (activities are append-only), with the debtor as a token so a search
-- stays inside one timeline.

CREATE VIRTUAL TABLE debtor_search USING fts5(
    name, document, phones, emails, contracts,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE activity_search USING fts5(
    debtor_key, summary, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER activity_search_insert AFTER INSERT ON activity
BEGIN
    INSERT INTO activity_search(rowid, debtor_key, summary, body)
    VALUES (NEW.rowid, 'd' || (SELECT rowid FROM debtor WHERE id = NEW.debtor_id),
            NEW.summary, NEW.body);
END;

-- Index what an upgraded store already holds.
INSERT INTO activity_search(rowid, debtor_key, summary, body)
SELECT a.rowid, 'd' || d.rowid, a.summary, a.body
FROM activity a JOIN debtor d ON d.id = a.debtor_id;

INSERT INTO debtor_search(rowid, name, document, phones, emails, contracts)
SELECT d.rowid, d.name, d.document,
       (SELECT group_concat(value || ' ' || substr(value, 3), ' ') FROM contact_point
        WHERE debtor_id = d.id AND kind IN ('phone', 'whatsapp') AND deleted = 0),
       (SELECT group_concat(value || ' ' || replace(replace(replace(replace(replace(value, '.', ''),
               '@', ''), '-', ''), '_', ''), '+', ''), ' ') FROM contact_point
        WHERE debtor_id = d.id AND kind = 'email' AND deleted = 0),
       (SELECT group_concat(number || ' ' || replace(replace(replace(replace(number, '-', ''), '.', ''),
               '/', ''), ' ', ''), ' ') FROM title WHERE debtor_id = d.id AND deleted = 0)
FROM debtor d WHERE d.deleted = 0;
