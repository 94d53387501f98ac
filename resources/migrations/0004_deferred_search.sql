-- Schema 4: the first sync of a desk (many pages into an empty store) indexes the
-- timeline search once at its end instead of row by row, which is several times
-- faster. While sync_state holds 'search_deferred_from' (the last activity rowid
-- indexed before), new activities are not indexed by the trigger; the sync engine's
-- applier indexes everything after that rowid and removes the key when the first sync
-- completes (docs/sync-protocol.md).

DROP TRIGGER activity_search_insert;

CREATE TRIGGER activity_search_insert AFTER INSERT ON activity
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'search_deferred_from')
BEGIN
    INSERT INTO activity_search(rowid, debtor_key, summary, body)
    VALUES (NEW.rowid, 'd' || (SELECT rowid FROM debtor WHERE id = NEW.debtor_id),
            NEW.summary, NEW.body);
END;
