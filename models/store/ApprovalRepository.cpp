#include "ApprovalRepository.h"

#include "Outbox.h"
#include "SqlValues.h"
#include "WriteTransaction.h"
#include "domain/negotiation/ScenarioJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace quita {
namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

} // namespace

Result<ApprovalRequest> ApprovalRepository::request(const ApprovalRequest &draft,
                                                    const QDateTime &nowUtc)
{
    QJsonObject request{{QStringLiteral("scenario"), scenarioRequestToJson(draft.offer)},
                        {QStringLiteral("note"), draft.note},
                        {QStringLiteral("computed"), draft.computed}};
    QJsonObject args{{QStringLiteral("id"), draft.id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("debtor_id"), draft.debtorId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("scenario"), scenarioRequestToJson(draft.offer)},
                     {QStringLiteral("note"), draft.note}};
    if (draft.titleIds) {
        const QJsonArray ids = QJsonArray::fromStringList(*draft.titleIds);
        request.insert(QStringLiteral("title_ids"), ids);
        args.insert(QStringLiteral("title_ids"), ids);
    }
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun.error();
    auto fail = [this](Error error) -> Result<ApprovalRequest> {
        m_db.rollback();
        return error;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO approval_request (id, debtor_id, requested_by, requested_by_name, "
        "approver_role, request, violations, status, created_at, version) VALUES "
        "(?,?,?,?,?,?,?,'pending',?,0)"));
    for (const QVariant &v :
         {sql::id(draft.id), sql::id(draft.debtorId), sql::text(draft.requestedBy),
          sql::text(draft.requestedByName), QVariant(draft.approverRole),
          QVariant(compact(request)), QVariant(compact(draft.violations)),
          QVariant(nowUtc.toMSecsSinceEpoch())})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(q));
    if (auto queued = Outbox(m_db).enqueue(QStringLiteral("approval.request"), args, nowUtc);
        !queued)
        return fail(queued.error());
    if (!m_db.commit())
        return fail(Error{QStringLiteral("sql"), {}, m_db.lastError().text()});
    auto filed = load(draft.id);
    if (!filed)
        return Error{QStringLiteral("sql"), {}, QStringLiteral("request not found after write")};
    return *filed;
}

Status ApprovalRepository::decide(const QUuid &requestId, bool approve, const QString &comment,
                                  const QString &userId, const QString &userName,
                                  const QDateTime &nowUtc)
{
    if (!approve && comment.trimmed().isEmpty())
        return Error{
            QStringLiteral("empty"), QStringLiteral("comment"),
            QCoreApplication::translate("ApprovalRepository",
                                        "Say why the offer is rejected: the agent will read it.")};
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun;
    auto fail = [this](Error error) -> Status {
        m_db.rollback();
        return error;
    };
    const QString decision = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE approval_request SET status = ?, decided_by = ?, decided_by_name = ?, comment = "
        "?, decided_at = ? WHERE id = ? AND status = 'pending' AND deleted = 0"));
    for (const QVariant &v :
         {QVariant(decision), QVariant(userId), sql::text(userName), sql::text(comment.trimmed()),
          QVariant(nowUtc.toMSecsSinceEpoch()), sql::id(requestId)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(q));
    if (q.numRowsAffected() != 1)
        return fail(
            Error{QStringLiteral("stale"), QStringLiteral("decision"),
                  QCoreApplication::translate("ApprovalRepository",
                                              "This request is no longer waiting for an answer.")});
    const QJsonObject args{{QStringLiteral("id"), requestId.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("decision"), decision},
                           {QStringLiteral("comment"), comment.trimmed()}};
    if (auto queued = Outbox(m_db).enqueue(QStringLiteral("approval.decide"), args, nowUtc);
        !queued)
        return fail(queued.error());
    if (!m_db.commit())
        return fail(Error{QStringLiteral("sql"), {}, m_db.lastError().text()});
    return Done{};
}

QList<ApprovalRequest> ApprovalRepository::select(const QString &where,
                                                  const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT r.id, r.debtor_id, d.name, r.requested_by, r.requested_by_name, "
                       "r.approver_role, r.request, r.violations, r.status, r.decided_by_name, "
                       "r.comment, r.created_at, r.decided_at, r.version FROM approval_request r "
                       "LEFT JOIN debtor d ON d.id = r.debtor_id WHERE r.deleted = 0 AND %1")
            .arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<ApprovalRequest> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        ApprovalRequest r;
        r.id = sql::toId(q.value(0));
        r.debtorId = sql::toId(q.value(1));
        r.debtorName = q.value(2).toString();
        r.requestedBy = q.value(3).toString();
        r.requestedByName = q.value(4).toString();
        r.approverRole = q.value(5).toString();
        const QJsonObject request =
            QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        if (auto offer = scenarioRequestFromJson(request.value(QLatin1String("scenario")), {}))
            r.offer = *offer;
        if (request.value(QLatin1String("title_ids")).isArray()) {
            QStringList ids;
            for (const QJsonValue &v : request.value(QLatin1String("title_ids")).toArray())
                ids.append(v.toString());
            r.titleIds = ids;
        }
        r.note = request.value(QLatin1String("note")).toString();
        r.computed = request.value(QLatin1String("computed")).toObject();
        r.violations = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
        r.status = q.value(8).toString();
        r.decidedByName = q.value(9).toString();
        r.comment = q.value(10).toString();
        r.createdAt = sql::toInstant(q.value(11));
        r.decidedAt = sql::toInstant(q.value(12));
        r.version = q.value(13).toLongLong();
        list.append(r);
    }
    return list;
}

std::optional<ApprovalRequest> ApprovalRepository::load(const QUuid &requestId) const
{
    const auto list = select(QStringLiteral("r.id = ?"), {sql::id(requestId)});
    return list.isEmpty() ? std::nullopt : std::optional<ApprovalRequest>(list.first());
}

QList<ApprovalRequest> ApprovalRepository::pending() const
{
    return select(QStringLiteral("r.status = 'pending' ORDER BY r.created_at, r.id"), {});
}

QList<ApprovalRequest> ApprovalRepository::forDebtor(const QUuid &debtorId) const
{
    return select(QStringLiteral("r.debtor_id = ? ORDER BY r.created_at DESC, r.id"),
                  {sql::id(debtorId)});
}

} // namespace quita
