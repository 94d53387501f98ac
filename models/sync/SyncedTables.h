#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The synced entities of docs/sync-protocol.md ("Rows") as the local store keeps them:
// per entity the whitelist of columns a pulled row may write, and how each JSON value
// becomes the value bound to its column. The debtor's summary columns are not here, so
// no pulled row can overwrite what the store's triggers derive.
namespace quita::sync {

enum class ColumnKind
{
    Uuid,            // a UUID string, required
    OptionalUuid,    // a UUID string or null
    Text,            // a string, required
    TextOrEmpty,     // a string; null or absent is ""
    OptionalText,    // a string or null
    Date,            // "YYYY-MM-DD", required
    OptionalDate,    // "YYYY-MM-DD" or null
    Integer,         // a whole number, required
    IntegerOrZero,   // a whole number; null or absent is 0
    OptionalInteger, // a whole number or null
    Flag,            // a JSON boolean (0/1 accepted), stored as 0/1; null or absent is 0
};

struct SyncedColumn
{
    QLatin1String name;
    ColumnKind kind;
    QStringList allowed; // for a Text column: its only values; empty: any
};

struct SyncedTable
{
    QLatin1String name;          // the entity's name in the protocol and its local table
    QList<SyncedColumn> columns; // columns[0] is "id"
    // Index of the column naming the debtor the row belongs to (0 for the debtor itself),
    // -1 for reference data (creditor, portfolio).
    int debtorColumn = -1;
    // Rows that feed the debtor search index (debtor, contact_point, title).
    bool searchable = false;
    // Activities are append-only: a pulled copy of a known activity only brings the
    // server's agent, version and updated_at; its text never changes.
    bool appendOnly = false;

    // INSERT ... ON CONFLICT(id) DO UPDATE of the whitelisted columns, bound in order.
    QString upsertSql() const;
};

// The table of an entity name; null for an entity this client does not know.
const SyncedTable *syncedTable(QStringView entity);
const QList<SyncedTable> &syncedTables();

// `value` as the column's SQL value; false, with why (e.g. "must be a string"), if it
// is not what the column holds.
bool toSqlValue(const SyncedColumn &column, const QJsonValue &value, QVariant &out, QString &why);

} // namespace quita::sync
