#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace quita::server {

// The server's SQLite store (embedded mode). migrate() runs once at start-up on the
// main thread; afterwards each worker thread gets its own Qt SQL connection.
class ServerStore
{
public:
    explicit ServerStore(QString path) : m_path(std::move(path)) {}

    Status migrate() const;
    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace quita::server
