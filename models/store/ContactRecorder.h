#pragma once

#include "domain/Activity.h"
#include "domain/Promise.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace quita {

// The service behind "log a contact": validates the activity and, for a promise to pay,
// the promise, then writes both and the outbox mutation "activity.create" that carries
// them to the server, in one local transaction. Nothing is half-applied.
class ContactRecorder
{
public:
    explicit ContactRecorder(QSqlDatabase db) : m_db(std::move(db)) {}

    Status record(const Activity &activity, const std::optional<Promise> &promise,
                  const QDate &today);

    // The args of "activity.create" (docs/sync-protocol.md): the activity's columns but
    // agent (the server sets it), and the promise nested as {id, due_on, amount_cents}.
    static QJsonObject activityCreateArgs(const Activity &activity,
                                          const std::optional<Promise> &promise);

private:
    QSqlDatabase m_db;
};

} // namespace quita
