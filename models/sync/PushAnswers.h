#pragma once

#include "domain/Result.h"
#include "store/Outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace quita {

struct PushSummary
{
    int applied = 0;   // 200: removed from the outbox
    int conflicts = 0; // 409 and 400/403/404/422: moved to the conflicts list
    int kept = 0;      // no answer, or 5xx: left in the outbox for the next attempt
};

// What the server answered to one push (docs/sync-protocol.md, "Push"), applied to the
// outbox in one local transaction: 200 removes the entry; 409 files it as a conflict
// with the server's current row; 400/403/404/422 file it as refused with the server's
// message; anything else, or no answer for an entry, keeps it and counts an attempt.
class PushAnswers
{
public:
    static Result<PushSummary> apply(QSqlDatabase db, const QList<OutboxEntry> &sent,
                                     const QJsonObject &response, const QDateTime &nowUtc);
    // The request body for `entries`.
    static QJsonObject request(const QString &clientId, const QList<OutboxEntry> &entries);
};

} // namespace quita
