#include "SyncState.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace quita {
namespace {

const QString kClientId = QStringLiteral("client_id");
const QString kCursor = QStringLiteral("cursor");
const QString kLastSyncAt = QStringLiteral("last_sync_at");
const QString kUsername = QStringLiteral("username");

} // namespace

QVariant SyncState::value(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0);
    return {};
}

Status SyncState::setValue(const QString &key, const QVariant &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error{QStringLiteral("sql"), key, q.lastError().text()};
    return Done{};
}

Status SyncState::remove(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Error{QStringLiteral("sql"), key, q.lastError().text()};
    return Done{};
}

Result<QString> SyncState::clientId()
{
    const QString stored = value(kClientId).toString();
    if (!stored.isEmpty())
        return stored;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto saved = setValue(kClientId, made); !saved)
        return saved.error();
    return made;
}

qint64 SyncState::cursor() const
{
    return value(kCursor).toLongLong();
}

Status SyncState::setCursor(qint64 cursor)
{
    return setValue(kCursor, cursor);
}

QDateTime SyncState::lastSyncAt() const
{
    const QVariant v = value(kLastSyncAt);
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Status SyncState::setLastSyncAt(const QDateTime &at)
{
    return setValue(kLastSyncAt, at.toMSecsSinceEpoch());
}

QString SyncState::username() const
{
    return value(kUsername).toString();
}

Status SyncState::setUsername(const QString &username)
{
    return setValue(kUsername, username);
}

} // namespace quita
