#include "MutationLog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace quita::server {

std::optional<MutationLog::Entry> MutationLog::find(const QString &mutationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT user_id, status, response FROM sync_mutation WHERE mutation_id = ?"));
    q.addBindValue(mutationId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Entry{q.value(0).toString(), q.value(1).toInt(),
                 QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()};
}

bool MutationLog::record(const QString &mutationId, const QString &userId, const QString &clientId,
                         const QString &name, int status, const QJsonObject &response, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_mutation (mutation_id, user_id, client_id, name, "
                             "status, response, applied_at) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(mutationId);
    q.addBindValue(userId);
    q.addBindValue(clientId);
    q.addBindValue(name);
    q.addBindValue(status);
    q.addBindValue(QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

} // namespace quita::server
