#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace quita::server {

// The server's store: an embedded SQLite file (no set-up; a single office, the demo)
// or PostgreSQL (production), given as postgresql://user[:password]@host[:port]/db.
// migrate() runs once at start-up on the main thread; afterwards each worker thread
// gets its own Qt SQL connection. The SQL of the server's migrations is written to run
// on both.
class ServerStore
{
public:
    explicit ServerStore(QString location);

    bool isPostgres() const { return m_postgres; }
    Status migrate() const;
    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Starts a write transaction on the calling thread's connection: BEGIN IMMEDIATE on
    // SQLite (a deferred one could not upgrade to a write under concurrent writers).
    bool beginWrite(QSqlDatabase &db) const;
    // For logs: the file, or the URL without its password.
    QString displayName() const;

    static bool isPostgresUrl(const QString &location);

    // A PostgreSQL connection of the caller's own under `connectionName` (the change
    // relay's LISTEN connection); the caller closes and removes it.
    Result<QSqlDatabase> openPostgres(const QString &connectionName) const;

private:
    QString m_location;
    bool m_postgres = false;
    QUrl m_url;
};

} // namespace quita::server
