#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

namespace quita {

// The sync engine's small facts in the local store (table sync_state): this
// installation's client id, the pull cursor, who last signed in, when the last sync
// finished. Writes join the caller's transaction if one is open.
class SyncState
{
public:
    explicit SyncState(QSqlDatabase db) : m_db(std::move(db)) {}

    QVariant value(const QString &key) const;
    Status setValue(const QString &key, const QVariant &value);
    Status remove(const QString &key);

    // A UUID made on first use and kept: the protocol's client_id.
    Result<QString> clientId();
    // The last change seq applied (0: nothing pulled yet).
    qint64 cursor() const;
    Status setCursor(qint64 cursor);
    QDateTime lastSyncAt() const; // invalid: never
    Status setLastSyncAt(const QDateTime &at);
    QString username() const;
    Status setUsername(const QString &username);

private:
    QSqlDatabase m_db;
};

} // namespace quita
