// Negotiation: discount approval requests. An offer beyond the agent's authority is
// filed for a supervisor (or an admin, when only an admin may grant it); the answer
// travels back to the agent's desk through the change feed.
#include "Negotiation.h"

#include "NegotiationJson.h"
#include "NegotiationOffer.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace quita::server {
namespace {

int rank(const QString &role)
{
    return int(approvalRoleFromName(role).value_or(ApprovalRole::Agent));
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// The row as the API shows it: the request and violations as JSON, not as their text.
QJsonObject readable(QJsonObject row)
{
    row.insert(
        QStringLiteral("request"),
        QJsonDocument::fromJson(row.value(QLatin1String("request")).toString().toUtf8()).object());
    row.insert(QStringLiteral("violations"),
               QJsonDocument::fromJson(row.value(QLatin1String("violations")).toString().toUtf8())
                   .array());
    return row;
}

} // namespace

Outcome Negotiation::requestApproval(const Scope &scope, const QJsonObject &args)
{
    const QJsonValue id = args.value(QLatin1String("id"));
    const QUuid uuid = QUuid::fromString(id.toString());
    if (!id.isString() || uuid.isNull())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("id: a UUID is required"), QStringLiteral("id"));
    const QString requestId = uuid.toString(QUuid::WithoutBraces);
    const QJsonValue note = args.value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isNull() && !note.isString())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("note must be a string"), QStringLiteral("note"));
    if (const auto existing = row(entities::approvalRequest(), requestId)) {
        // A retry whose answer was lost gets the request it made; whose a request is stays
        // hidden from a caller who may not see its debtor.
        const QString debtorId = existing->value(QLatin1String("debtor_id")).toString();
        if (Outcome allowed = access(scope, debtorId); allowed.status != 200)
            return allowed;
        if (existing->value(QLatin1String("requested_by")).toString() != scope.me() ||
            QUuid::fromString(debtorId) !=
                QUuid::fromString(args.value(QLatin1String("debtor_id")).toString()))
            return Outcome::refused(409, QStringLiteral("conflict"),
                                    QStringLiteral("id: another approval request has this id"),
                                    QStringLiteral("id"));
        Outcome same;
        same.result = {{QStringLiteral("approval_request"), readable(*existing)}};
        return same;
    }
    Offer offer;
    if (Outcome prepared = prepareOffer(scope, args, "scenario", offer); prepared.status != 200)
        return prepared;
    const PolicyAssessment &assessment = offer.simulated.assessment;
    if (assessment.verdict == Verdict::Ok)
        return Outcome::refused(422, QStringLiteral("not_needed"),
                                QStringLiteral("scenario: within your own authority; no approval "
                                               "is needed"),
                                QStringLiteral("scenario"));
    if (assessment.verdict == Verdict::NotAllowed)
        return Outcome::refused(422, QStringLiteral("not_allowed"),
                                QStringLiteral("scenario: beyond every role's authority (%1)")
                                    .arg(violationSummary(assessment.violations)),
                                QStringLiteral("scenario.") + assessment.violations.first().field);
    QJsonObject request{{QStringLiteral("scenario"), scenarioRequestToJson(offer.request)},
                        {QStringLiteral("note"), note.toString()}};
    if (offer.titleIds)
        request.insert(QStringLiteral("title_ids"), QJsonArray::fromStringList(*offer.titleIds));
    // What the approver sees beside the offer: the balance and the computed plan.
    request.insert(QStringLiteral("balance"), balanceToJson(offer.balance.totals));
    QJsonObject computed = simulatedScenarioToJson(offer.simulated);
    computed.insert(QStringLiteral("balance_cents"), offer.balance.totals.total().cents());
    request.insert(QStringLiteral("computed"), computed);
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const QVariantList values{requestId,
                              offer.debtorId,
                              scope.me(),
                              scope.caller().displayName,
                              assessment.verdict == Verdict::NeedsAdmin
                                  ? QStringLiteral("admin")
                                  : QStringLiteral("supervisor"),
                              compact(request),
                              compact(violationsToJson(assessment.violations)),
                              QStringLiteral("pending"),
                              QVariant(),
                              QStringLiteral(""),
                              QStringLiteral(""),
                              now,
                              QVariant(),
                              1,
                              now,
                              0};
    if (Status inserted = entities::approvalRequest().insert(m_db, values); !inserted)
        return refusedWith(inserted.error());
    ChangeLog log(m_db);
    auto seq = log.reserve();
    if (!seq)
        return refusedWith(seq.error());
    const QJsonObject json = entities::approvalRequest().toJson(values);
    if (Status logged = log.append(*seq, QStringLiteral("approval_request"), requestId,
                                   offer.debtorId, QStringLiteral("upsert"), json, now);
        !logged)
        return refusedWith(logged.error());
    Outcome done;
    done.result = {{QStringLiteral("approval_request"), readable(json)}};
    done.debtorId = offer.debtorId;
    done.lastSeq = *seq;
    return done;
}

Outcome Negotiation::decideApproval(const Scope &scope, const QJsonObject &args)
{
    const QJsonValue id = args.value(QLatin1String("id"));
    const QUuid uuid = QUuid::fromString(id.toString());
    if (!id.isString() || uuid.isNull())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("id: a UUID is required"), QStringLiteral("id"));
    const QString decision = args.value(QLatin1String("decision")).toString();
    if (decision != QLatin1String("approved") && decision != QLatin1String("rejected"))
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("decision must be \"approved\" or \"rejected\""),
                                QStringLiteral("decision"));
    const QJsonValue comment = args.value(QLatin1String("comment"));
    if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("comment must be a string"),
                                QStringLiteral("comment"));
    if (decision == QLatin1String("rejected") && comment.toString().trimmed().isEmpty())
        return Outcome::refused(422, QStringLiteral("empty"),
                                QStringLiteral("comment: say why the offer is rejected"),
                                QStringLiteral("comment"));
    const QString requestId = uuid.toString(QUuid::WithoutBraces);
    const auto existing = row(entities::approvalRequest(), requestId);
    if (!existing)
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("id: no such approval request"),
                                QStringLiteral("id"));
    const QString debtorId = existing->value(QLatin1String("debtor_id")).toString();
    if (Outcome allowed = access(scope, debtorId); allowed.status != 200)
        return allowed;
    const QString approverRole = existing->value(QLatin1String("approver_role")).toString();
    if (rank(scope.caller().role) < rank(approverRole))
        return Outcome::refused(
            403, QStringLiteral("forbidden"),
            QStringLiteral("decision: only a %1 may answer this request").arg(approverRole),
            QStringLiteral("decision"));
    if (existing->value(QLatin1String("status")).toString() != QLatin1String("pending")) {
        Outcome stale = Outcome::refused(409, QStringLiteral("stale"),
                                         QStringLiteral("id: this request was already answered"),
                                         QStringLiteral("id"));
        stale.current = *existing;
        return stale;
    }
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE approval_request SET status = ?, decided_by = ?, decided_by_name = ?, "
        "comment = ?, decided_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND "
        "status = 'pending'"));
    for (const QVariant &v :
         {QVariant(decision), QVariant(scope.me()), QVariant(scope.caller().displayName),
          QVariant(comment.toString()), QVariant(now), QVariant(now), QVariant(requestId)})
        update.addBindValue(v);
    if (!update.exec())
        return refusedWith(Error{QStringLiteral("sql"), {}, update.lastError().text()});
    if (update.numRowsAffected() != 1) {
        Outcome stale = Outcome::refused(409, QStringLiteral("stale"),
                                         QStringLiteral("id: this request was just answered"),
                                         QStringLiteral("id"));
        if (const auto now2 = row(entities::approvalRequest(), requestId))
            stale.current = *now2;
        return stale;
    }
    const auto after = row(entities::approvalRequest(), requestId);
    ChangeLog log(m_db);
    auto seq = log.reserve();
    if (!seq)
        return refusedWith(seq.error());
    if (!after)
        return refusedWith(Error{QStringLiteral("sql"), {}, QStringLiteral("request lost")});
    if (Status logged = log.append(*seq, QStringLiteral("approval_request"), requestId, debtorId,
                                   QStringLiteral("upsert"), *after, now);
        !logged)
        return refusedWith(logged.error());
    Outcome done;
    done.result = {{QStringLiteral("approval_request"), readable(*after)}};
    done.debtorId = debtorId;
    done.lastSeq = *seq;
    return done;
}

Outcome Negotiation::approvals(const Scope &scope, const QString &status) const
{
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("approved"),
                                      QStringLiteral("rejected"), QStringLiteral("used")};
    if (!status.isEmpty() && !statuses.contains(status))
        return Outcome::refused(
            400, QStringLiteral("type"),
            QStringLiteral("status must be pending, approved, rejected or used"),
            QStringLiteral("status"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, d.name FROM approval_request r JOIN debtor d ON d.id = "
                             "r.debtor_id WHERE r.deleted = 0 AND %2 %3 ORDER BY r.created_at "
                             "DESC LIMIT 500")
                  .arg(entities::approvalRequest().selectList(QStringLiteral("r")),
                       scope.debtorCondition(QStringLiteral("d")),
                       status.isEmpty() ? QString() : QStringLiteral("AND r.status = :status")));
    q.bindValue(QStringLiteral(":me"), scope.me());
    if (!status.isEmpty())
        q.bindValue(QStringLiteral(":status"), status);
    if (!q.exec())
        return refusedWith(Error{QStringLiteral("sql"), {}, q.lastError().text()});
    const int nameColumn = int(entities::approvalRequest().columns.size());
    QJsonArray items;
    while (q.next()) {
        QJsonObject item = readable(entities::approvalRequest().toJson(q.record()));
        item.insert(QStringLiteral("debtor_name"), q.value(nameColumn).toString());
        items.append(item);
    }
    Outcome o;
    o.result = {{QStringLiteral("items"), items}};
    return o;
}

} // namespace quita::server
