#include "PushAnswers.h"

#include "SyncConflicts.h"
#include "store/SqlValues.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>

namespace quita {
namespace {

bool isRefusal(int status)
{
    return status == 400 || status == 403 || status == 404 || status == 422;
}

} // namespace

QJsonObject PushAnswers::request(const QString &clientId, const QList<OutboxEntry> &entries)
{
    QJsonArray mutations;
    for (const OutboxEntry &e : entries)
        mutations.append(
            QJsonObject{{QStringLiteral("mutation_id"), sql::id(e.mutationId).toString()},
                        {QStringLiteral("name"), e.name},
                        {QStringLiteral("args"), e.args}});
    return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("mutations"), mutations}};
}

Result<PushSummary> PushAnswers::apply(QSqlDatabase db, const QList<OutboxEntry> &sent,
                                       const QJsonObject &response, const QDateTime &nowUtc)
{
    QHash<QString, QJsonObject> answers;
    const QJsonArray results = response.value(QLatin1String("results")).toArray();
    for (const QJsonValue &r : results) {
        const QJsonObject result = r.toObject();
        const QUuid id = QUuid::fromString(result.value(QLatin1String("mutation_id")).toString());
        if (!id.isNull())
            answers.insert(sql::id(id).toString(), result);
    }

    PushSummary summary;
    QList<QUuid> done;
    QList<QUuid> kept;
    if (auto begun = sql::beginWrite(db); !begun)
        return begun.error();
    SyncConflicts conflicts(db);
    Status written = Done{};
    for (const OutboxEntry &entry : sent) {
        const auto it = answers.constFind(sql::id(entry.mutationId).toString());
        const int status =
            it == answers.constEnd() ? 0 : it->value(QLatin1String("status")).toInt();
        if (status == 200) {
            done << entry.mutationId;
            ++summary.applied;
        } else if (status == 409 || isRefusal(status)) {
            const QJsonObject error = it->value(QLatin1String("error")).toObject();
            written = conflicts.add(entry, status,
                                    Error{error.value(QLatin1String("code")).toString(),
                                          error.value(QLatin1String("field")).toString(),
                                          error.value(QLatin1String("message")).toString()},
                                    it->value(QLatin1String("current")).toObject(), nowUtc);
            if (!written)
                break;
            done << entry.mutationId;
            ++summary.conflicts;
        } else {
            kept << entry.mutationId;
            ++summary.kept;
        }
    }
    if (written)
        written = Outbox(db).remove(done);
    if (written && !kept.isEmpty())
        written = Outbox(db).recordAttempt(
            kept, QCoreApplication::translate("PushAnswers", "The server did not apply it yet"));
    if (!written || !db.commit()) {
        const Error why =
            written ? Error{QStringLiteral("sql"), {}, db.lastError().text()} : written.error();
        db.rollback();
        return why;
    }
    return summary;
}

} // namespace quita
