#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace quita::server {

// The mutation ids already answered (table sync_mutation), with the answer: a replay of
// a desk's mutation or a gateway's retried delivery gets it back unchanged.
class MutationLog
{
public:
    struct Entry
    {
        QString userId; // the user, or the integration for a gateway
        int status = 0;
        QJsonObject response;
    };

    explicit MutationLog(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Entry> find(const QString &mutationId) const;
    // Inside the caller's transaction, with the change it answers.
    bool record(const QString &mutationId, const QString &userId, const QString &clientId,
                const QString &name, int status, const QJsonObject &response, qint64 nowMs);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace quita::server
