#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace quita::sql {

// Starts a transaction that will write, taking SQLite's write lock at once (BEGIN
// IMMEDIATE) and so waiting for another writer up to the busy timeout. A plain
// (deferred) BEGIN that reads before its first write -- FTS5 loading its config when a
// trigger first touches a search table counts -- cannot wait: if another connection
// (the sync engine's) writes meanwhile, SQLite refuses the write at once with "database
// is locked". Other drivers get an ordinary transaction.
inline Status beginWrite(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE")) {
        if (db.transaction())
            return Done{};
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Done{};
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

} // namespace quita::sql
