// Negotiation: agreements, their installments, our numbers and payment codes.
#include "Negotiation.h"

#include "NegotiationJson.h"
#include "NegotiationOffer.h"
#include "domain/negotiation/AgreementIds.h"
#include "store/SqlValues.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace quita::server {
namespace {

Outcome sqlFailure(const QSqlQuery &q)
{
    Outcome o;
    o.status = 500;
    o.error = Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return o;
}

// Takes `count` our numbers of the creditor's account in the caller's transaction: the
// counter row's lock orders concurrent writers (the change log's seq works the same way).
Result<qint64> takeOurNumbers(QSqlDatabase db, const QString &creditorId, int count)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO our_number_counter (creditor_id, next_value) VALUES "
                             "(?, 1) ON CONFLICT (creditor_id) DO NOTHING"));
    q.addBindValue(creditorId);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    q.prepare(QStringLiteral(
        "UPDATE our_number_counter SET next_value = next_value + ? WHERE creditor_id = ?"));
    q.addBindValue(count);
    q.addBindValue(creditorId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    q.prepare(QStringLiteral("SELECT next_value FROM our_number_counter WHERE creditor_id = ?"));
    q.addBindValue(creditorId);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return q.value(0).toLongLong() - count;
}

QString ourNumberText(qint64 n)
{
    return QStringLiteral("%1").arg(n, 11, 10, QLatin1Char('0'));
}

} // namespace

Outcome Negotiation::createAgreement(const Scope &scope, const QJsonObject &args)
{
    QString agreementId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const QJsonValue id = args.value(QLatin1String("id")); !id.isUndefined()) {
        const QUuid uuid = QUuid::fromString(id.toString());
        if (!id.isString() || uuid.isNull())
            return Outcome::refused(400, QStringLiteral("type"),
                                    QStringLiteral("id must be a UUID"), QStringLiteral("id"));
        agreementId = uuid.toString(QUuid::WithoutBraces);
    }
    QString approvalId;
    if (const QJsonValue a = args.value(QLatin1String("approval_id"));
        !a.isUndefined() && !a.isNull()) {
        const QUuid uuid = QUuid::fromString(a.toString());
        if (!a.isString() || uuid.isNull())
            return Outcome::refused(400, QStringLiteral("type"),
                                    QStringLiteral("approval_id must be a UUID"),
                                    QStringLiteral("approval_id"));
        approvalId = uuid.toString(QUuid::WithoutBraces);
    }
    if (const auto existing = row(entities::agreement(), agreementId)) {
        // The same id again (a retry whose answer was lost) is the same agreement. Whose it
        // is stays hidden from a caller who may not see its debtor.
        if (Outcome allowed = access(scope, existing->value(QLatin1String("debtor_id")).toString());
            allowed.status != 200)
            return allowed;
        if (QUuid::fromString(existing->value(QLatin1String("debtor_id")).toString()) !=
            QUuid::fromString(args.value(QLatin1String("debtor_id")).toString()))
            return Outcome::refused(409, QStringLiteral("conflict"),
                                    QStringLiteral("id: another agreement has this id"),
                                    QStringLiteral("id"));
        if (Outcome allowed = access(scope, existing->value(QLatin1String("debtor_id")).toString());
            allowed.status != 200)
            return allowed;
        auto json = agreementJson(agreementId);
        if (!json)
            return refusedWith(json.error());
        Outcome same;
        same.result = {{QStringLiteral("agreement"), *json}};
        return same;
    }

    Offer offer;
    if (Outcome prepared = prepareOffer(scope, args, "scenario", offer); prepared.status != 200)
        return prepared;
    const PolicyAssessment &assessment = offer.simulated.assessment;
    if (assessment.verdict == Verdict::NotAllowed)
        return Outcome::refused(422, QStringLiteral("not_allowed"),
                                QStringLiteral("scenario: beyond every role's authority (%1)")
                                    .arg(violationSummary(assessment.violations)),
                                QStringLiteral("scenario.") + assessment.violations.first().field);
    std::optional<QJsonObject> approval;
    if (assessment.verdict == Verdict::Ok)
        approvalId.clear(); // within the caller's own authority: no approval to use up
    if (assessment.verdict != Verdict::Ok) {
        if (approvalId.isEmpty())
            return Outcome::refused(
                422, QStringLiteral("approval_required"),
                QStringLiteral("scenario: needs the approval of a %1 (%2)")
                    .arg(assessment.verdict == Verdict::NeedsAdmin ? QStringLiteral("admin")
                                                                   : QStringLiteral("supervisor"),
                         violationSummary(assessment.violations)),
                QStringLiteral("scenario.") + assessment.violations.first().field);
        approval = row(entities::approvalRequest(), approvalId);
        const QJsonObject asked =
            approval ? QJsonDocument::fromJson(
                           approval->value(QLatin1String("request")).toString().toUtf8())
                           .object()
                     : QJsonObject();
        const auto askedOffer = scenarioRequestFromJson(asked.value(QLatin1String("scenario")), {});
        const auto askedTitles = titleIdsFromJson(asked.value(QLatin1String("title_ids")));
        const bool matches =
            approval && approval->value(QLatin1String("debtor_id")).toString() == offer.debtorId &&
            askedOffer && sameOffer(*askedOffer, offer.request) && askedTitles &&
            *askedTitles == offer.titleIds;
        if (!matches)
            return Outcome::refused(422, QStringLiteral("approval_mismatch"),
                                    QStringLiteral("approval_id: no approval request for this "
                                                   "debtor and exactly this offer"),
                                    QStringLiteral("approval_id"));
        if (assessment.verdict == Verdict::NeedsAdmin &&
            approval->value(QLatin1String("approver_role")).toString() != QLatin1String("admin"))
            return Outcome::refused(422, QStringLiteral("approval_insufficient"),
                                    QStringLiteral("approval_id: this offer now needs an admin's "
                                                   "approval"),
                                    QStringLiteral("approval_id"));
        if (approval->value(QLatin1String("status")).toString() != QLatin1String("approved"))
            return Outcome::refused(422, QStringLiteral("approval_not_granted"),
                                    QStringLiteral("approval_id: the request is %1, not approved")
                                        .arg(approval->value(QLatin1String("status")).toString()),
                                    QStringLiteral("approval_id"));
    }
    auto account = loadCollectionAccount(m_db, offer.inputs.creditorId);
    if (!account)
        return refusedWith(account.error());

    const ScenarioResult &plan = offer.simulated.scenario;
    const int count = int(plan.installments.size());
    auto firstNumber = takeOurNumbers(m_db, offer.inputs.creditorId, count);
    if (!firstNumber)
        return refusedWith(firstNumber.error());
    // Every code is built (and so checked) before anything is written.
    for (int i = 0; i < count; ++i) {
        const Installment &inst = plan.installments.at(i);
        auto codes = paymentCodes(*account, offer.inputs.creditorName, *firstNumber + i, inst.due,
                                  inst.amount);
        if (!codes)
            return refusedWith(codes.error());
    }

    ChangeLog log(m_db);
    auto seq = log.reserve(1 + count + (approval ? 1 : 0));
    if (!seq)
        return refusedWith(seq.error());
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    QJsonArray titleIds;
    for (const Title &t : std::as_const(offer.inputs.titles))
        titleIds.append(t.id.toString(QUuid::WithoutBraces));
    const QVariantList agreementValues{
        agreementId,
        offer.debtorId,
        offer.inputs.creditorId,
        scenarioKindName(plan.kind),
        QStringLiteral("pending"),
        sql::date(offer.balance.asOf),
        plan.balance.principal.cents(),
        plan.balance.fine.cents(),
        plan.balance.interest.cents(),
        plan.balance.correction.cents(),
        plan.balance.fees.cents(),
        plan.discount.cents(),
        plan.total.cents(),
        rateToPpm(plan.monthlyRate),
        count,
        QString::fromUtf8(QJsonDocument(titleIds).toJson(QJsonDocument::Compact)),
        approvalId.isEmpty() ? QVariant() : QVariant(approvalId),
        sql::text(scope.caller().displayName),
        now,
        1,
        now,
        0};
    if (Status inserted = entities::agreement().insert(m_db, agreementValues); !inserted)
        return refusedWith(inserted.error());
    qint64 next = *seq;
    if (Status logged = log.append(next++, QStringLiteral("agreement"), agreementId, offer.debtorId,
                                   QStringLiteral("upsert"),
                                   entities::agreement().toJson(agreementValues), now);
        !logged)
        return refusedWith(logged.error());
    for (int i = 0; i < count; ++i) {
        const Installment &inst = plan.installments.at(i);
        const QString installmentId = installmentIdFor(QUuid::fromString(agreementId), inst.number)
                                          .toString(QUuid::WithoutBraces);
        const QVariantList values{installmentId,
                                  agreementId,
                                  offer.debtorId,
                                  offer.inputs.creditorId,
                                  inst.number,
                                  sql::date(inst.due),
                                  inst.amount.cents(),
                                  ourNumberText(*firstNumber + i),
                                  QStringLiteral("open"),
                                  0,
                                  QVariant(),
                                  1,
                                  now,
                                  0};
        if (Status inserted = entities::installment().insert(m_db, values); !inserted)
            return refusedWith(inserted.error());
        if (Status logged =
                log.append(next++, QStringLiteral("installment"), installmentId, offer.debtorId,
                           QStringLiteral("upsert"), entities::installment().toJson(values), now);
            !logged)
            return refusedWith(logged.error());
    }
    if (approval) {
        QSqlQuery used(m_db);
        used.prepare(QStringLiteral("UPDATE approval_request SET status = 'used', version = "
                                    "version + 1, updated_at = ? WHERE id = ? AND status = "
                                    "'approved'"));
        used.addBindValue(now);
        used.addBindValue(approvalId);
        if (!used.exec())
            return sqlFailure(used);
        if (used.numRowsAffected() != 1)
            return Outcome::refused(409, QStringLiteral("stale"),
                                    QStringLiteral("approval_id: this approval was just used"),
                                    QStringLiteral("approval_id"));
        const auto after = row(entities::approvalRequest(), approvalId);
        if (!after)
            return refusedWith(Error{QStringLiteral("sql"), {}, QStringLiteral("approval lost")});
        if (Status logged = log.append(next++, QStringLiteral("approval_request"), approvalId,
                                       offer.debtorId, QStringLiteral("upsert"), *after, now);
            !logged)
            return refusedWith(logged.error());
    }
    qint64 lastSeq = next - 1;
    if (Status event = recordEvent(offer.debtorId, agreementId, QStringLiteral("created"),
                                   std::nullopt, plan.total, scope.caller().displayName, lastSeq);
        !event)
        return refusedWith(event.error());
    auto json = agreementJson(agreementId);
    if (!json)
        return refusedWith(json.error());
    Outcome done;
    done.result = {{QStringLiteral("agreement"), *json}};
    done.debtorId = offer.debtorId;
    done.lastSeq = lastSeq;
    return done;
}

Outcome Negotiation::agreement(const Scope &scope, const QString &agreementId) const
{
    const QUuid uuid = QUuid::fromString(agreementId);
    const auto existing = uuid.isNull()
                              ? std::nullopt
                              : row(entities::agreement(), uuid.toString(QUuid::WithoutBraces));
    if (!existing)
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("no such agreement"));
    if (Outcome allowed = access(scope, existing->value(QLatin1String("debtor_id")).toString());
        allowed.status != 200)
        return allowed.status == 403 ? Outcome::refused(403, QStringLiteral("forbidden"),
                                                        QStringLiteral("this agreement's debtor is "
                                                                       "not in your portfolio"))
                                     : allowed;
    auto json = agreementJson(uuid.toString(QUuid::WithoutBraces));
    if (!json)
        return refusedWith(json.error());
    Outcome o;
    o.result = *json;
    return o;
}

// The agreement row with its installments, each with its boleto and PIX code.
Result<QJsonObject> Negotiation::agreementJson(const QString &agreementId) const
{
    auto agreement = row(entities::agreement(), agreementId);
    if (!agreement)
        return Error{QStringLiteral("not_found"), {}, QStringLiteral("no such agreement")};
    const QString creditorId = agreement->value(QLatin1String("creditor_id")).toString();
    QSqlQuery creditor(m_db);
    creditor.prepare(QStringLiteral("SELECT name, document FROM creditor WHERE id = ?"));
    creditor.addBindValue(creditorId);
    if (!creditor.exec() || !creditor.next())
        return Error{QStringLiteral("sql"), {}, creditor.lastError().text()};
    const QString creditorName = creditor.value(0).toString();
    agreement->insert(QStringLiteral("creditor"),
                      QJsonObject{{QStringLiteral("id"), creditorId},
                                  {QStringLiteral("name"), creditorName},
                                  {QStringLiteral("document"), creditor.value(1).toString()}});
    const auto account = loadCollectionAccount(m_db, creditorId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM installment WHERE agreement_id = ? AND deleted = 0 "
                             "ORDER BY number")
                  .arg(entities::installment().selectList()));
    q.addBindValue(agreementId);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    QJsonArray installments;
    while (q.next()) {
        QJsonObject inst = entities::installment().toJson(q.record());
        inst.insert(QStringLiteral("due"), inst.value(QLatin1String("due_on")));
        const QString ourNumber = inst.value(QLatin1String("our_number")).toString();
        if (account && !ourNumber.isEmpty()) {
            const auto codes = paymentCodes(
                *account, creditorName, ourNumber.toLongLong(),
                QDate::fromString(inst.value(QLatin1String("due_on")).toString(), Qt::ISODate),
                Money::fromCents(inst.value(QLatin1String("amount_cents")).toInteger()));
            if (codes) {
                inst.insert(
                    QStringLiteral("boleto"),
                    QJsonObject{{QStringLiteral("barcode"), codes->boleto.barcode()},
                                {QStringLiteral("line"), codes->boleto.line()},
                                {QStringLiteral("formatted_line"), codes->boleto.formattedLine()},
                                {QStringLiteral("our_number"), codes->printedOurNumber}});
                inst.insert(QStringLiteral("pix"),
                            QJsonObject{{QStringLiteral("payload"), codes->pix.payload()}});
            }
        }
        installments.append(inst);
    }
    agreement->insert(QStringLiteral("installments"), installments);
    return *agreement;
}

} // namespace quita::server
