-- Schema 4: the first sync of a desk (many pages into an empty store) indexes the
-- timeline search and sums up each debtor's contacts once at its end instead of row by
-- row, which is several times faster. While sync_state holds 'search_deferred_from'
-- (the last activity rowid indexed before), no activity is indexed by its trigger and
-- only the desk's own (version 0) are summed up by theirs, so the work queue stays right
-- for what the agent logs meanwhile. When the first sync completes the applier indexes
-- every activity after that rowid, recomputes those debtors' summaries (the same result,
-- whatever order) and removes the key (ChangeApplier).

DROP TRIGGER activity_search_insert;

CREATE TRIGGER activity_search_insert AFTER INSERT ON activity
WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'search_deferred_from')
BEGIN
    INSERT INTO activity_search(rowid, debtor_key, summary, body)
    VALUES (NEW.rowid, 'd' || (SELECT rowid FROM debtor WHERE id = NEW.debtor_id),
            NEW.summary, NEW.body);
END;

DROP TRIGGER activity_summary_insert;

-- As in schema 1: a new outbound contact replaces any pending callback with its own (or none).
CREATE TRIGGER activity_summary_insert AFTER INSERT ON activity
WHEN NEW.version = 0
    OR NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'search_deferred_from')
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
