#include "PushAnswers.h"

#include "SyncConflicts.h"
#include "store/SqlValues.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace quita {
namespace {

bool isRefusal(int status)
{
    return status == 400 || status == 403 || status == 404 || status == 422;
}

// A refused create leaves no phantom behind: the rows the desk wrote for it that the
// server never confirmed (version 0) are removed with the outbox entry, so the debtor's
// header and queue no longer show an agreement or a request that does not exist. The
// agent still sees the change and the server's reason in the conflicts list. Contacts
// (activity.create) stay: they happened, whatever the server said.
Status undoRefusedCreate(QSqlDatabase db, const OutboxEntry &entry)
{
    struct Undo
    {
        const char *mutation;
        QStringList statements;
    };
    static const Undo undos[] = {
        {"agreement.create",
         {QStringLiteral(
              "DELETE FROM installment WHERE agreement_id = ? AND version = 0 AND "
              "NOT EXISTS (SELECT 1 FROM agreement a WHERE a.id = installment.agreement_id "
              "AND a.version > 0)"),
          QStringLiteral("DELETE FROM agreement WHERE id = ? AND version = 0")}},
        {"approval.request",
         {QStringLiteral("DELETE FROM approval_request WHERE id = ? AND version = 0")}},
    };
    // The approval the refused agreement had used is the supervisor's answer again (the
    // server never used it).
    const QString approval = entry.args.value(QLatin1String("approval_id")).toString();
    if (entry.name == QLatin1String("agreement.create") && !approval.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE approval_request SET status = 'approved' WHERE id = ? "
                                 "AND status = 'used' AND NOT EXISTS (SELECT 1 FROM agreement a "
                                 "WHERE a.approval_id = ? AND a.version > 0)"));
        q.addBindValue(approval);
        q.addBindValue(approval);
        if (!q.exec())
            return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    }
    const QString id = entry.args.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return Done{};
    for (const Undo &undo : undos) {
        if (entry.name != QLatin1String(undo.mutation))
            continue;
        for (const QString &statement : undo.statements) {
            QSqlQuery q(db);
            q.prepare(statement);
            q.addBindValue(id);
            if (!q.exec())
                return Error{QStringLiteral("sql"), {}, q.lastError().text()};
        }
    }
    return Done{};
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
            if (written && status != 409)
                written = undoRefusedCreate(db, entry);
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
