#pragma once

#include "auth/Scope.h"
#include "domain/Clock.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace quita::server {

// The answer to one mutation: an HTTP-like status and the body of its result; on 409 the
// server's current row; the debtor and the last seq written when it changed something.
struct Outcome
{
    int status = 200;
    QJsonObject result;
    Error error;
    QJsonObject current;
    QString debtorId; // whose rows changed (pokes go to Scope::audience of it)
    qint64 lastSeq = 0;

    static Outcome refused(int status, const QString &code, const QString &message,
                           const QString &field = {});
    QJsonObject toJson(const QString &mutationId) const;
};

// The writes of docs/sync-protocol.md, each run inside the caller's transaction and
// appending its rows to the change log. The same domain rules as the desktop validate them.
class Mutations
{
public:
    Mutations(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // activity.create. `scope` null: a channel gateway (no agent, any debtor).
    Outcome createActivity(const Scope *scope, const QJsonObject &args, const QString &agentName);
    Outcome updatePromise(const Scope &scope, const QJsonObject &args);
    Outcome apply(const Scope &scope, const QString &name, const QJsonObject &args);

private:
    // 403/404 naming `field` (the argument that pointed at the debtor).
    Outcome access(const Scope *scope, const QString &debtorId, const QString &field) const;
    std::optional<QJsonObject> row(const char *entity, const QString &id) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace quita::server
