#include "AgreementRepository.h"

#include "Outbox.h"
#include "SqlValues.h"
#include "WriteTransaction.h"
#include "domain/negotiation/AgreementIds.h"
#include "domain/negotiation/ScenarioJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

#include <cmath>

namespace quita {
namespace {

const QString kAgreementColumns =
    QStringLiteral("id, debtor_id, creditor_id, kind, status, as_of, principal_cents, fine_cents, "
                   "interest_cents, correction_cents, fees_cents, discount_cents, total_cents, "
                   "monthly_rate_ppm, title_ids, approval_id, created_by, created_at, version");

Agreement agreementFrom(const QSqlQuery &q)
{
    Agreement a;
    a.id = sql::toId(q.value(0));
    a.debtorId = sql::toId(q.value(1));
    a.creditorId = sql::toId(q.value(2));
    const auto kind = scenarioKindFromName(q.value(3).toString());
    a.kind = kind ? *kind : ScenarioKind::Full;
    a.status = q.value(4).toString();
    a.asOf = sql::toDate(q.value(5));
    a.balance.principal = Money::fromCents(q.value(6).toLongLong());
    a.balance.fine = Money::fromCents(q.value(7).toLongLong());
    a.balance.interest = Money::fromCents(q.value(8).toLongLong());
    a.balance.correction = Money::fromCents(q.value(9).toLongLong());
    a.balance.fees = Money::fromCents(q.value(10).toLongLong());
    a.discount = Money::fromCents(q.value(11).toLongLong());
    a.total = Money::fromCents(q.value(12).toLongLong());
    a.monthlyRate = double(q.value(13).toLongLong()) / 1e6;
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array())
        a.titleIds.append(QUuid::fromString(v.toString()));
    a.approvalId = sql::toId(q.value(15));
    a.createdBy = q.value(16).toString();
    a.createdAt = sql::toInstant(q.value(17));
    a.version = q.value(18).toLongLong();
    return a;
}

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

Result<Agreement> AgreementRepository::create(const AgreementDraft &d, const QDateTime &nowUtc)
{
    const ScenarioResult &s = d.scenario;
    if (s.installments.isEmpty())
        return Error{QStringLiteral("empty"), QStringLiteral("installments"),
                     QCoreApplication::translate("AgreementRepository",
                                                 "The agreement has no installment.")};
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun.error();
    auto fail = [this](Error error) -> Result<Agreement> {
        m_db.rollback();
        return error;
    };
    QJsonArray titleIds;
    for (const QUuid &id : d.titleIds.value_or(QList<QUuid>{}))
        titleIds.append(idText(id));
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO agreement (%1, installment_count, updated_at) VALUES "
                             "(?,?,?,?,'pending',?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,NULL)")
                  .arg(kAgreementColumns));
    for (const QVariant &v :
         {sql::id(d.id), sql::id(d.debtorId), sql::id(d.creditorId),
          QVariant(scenarioKindName(s.kind)), sql::date(d.asOf),
          QVariant(s.balance.principal.cents()), QVariant(s.balance.fine.cents()),
          QVariant(s.balance.interest.cents()), QVariant(s.balance.correction.cents()),
          QVariant(s.balance.fees.cents()), QVariant(s.discount.cents()), QVariant(s.total.cents()),
          QVariant(qint64(std::llround(s.monthlyRate * 1e6))),
          QVariant(QString::fromUtf8(QJsonDocument(titleIds).toJson(QJsonDocument::Compact))),
          sql::id(d.approvalId), sql::text(d.createdBy), QVariant(now),
          QVariant(int(s.installments.size()))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(q));
    QSqlQuery inst(m_db);
    inst.prepare(QStringLiteral(
        "INSERT INTO installment (id, agreement_id, debtor_id, creditor_id, number, due_on, "
        "amount_cents, our_number, status, version) VALUES (?,?,?,?,?,?,?,'','open',0)"));
    for (const Installment &i : s.installments) {
        for (const QVariant &v : {sql::id(installmentIdFor(d.id, i.number)), sql::id(d.id),
                                  sql::id(d.debtorId), sql::id(d.creditorId), QVariant(i.number),
                                  sql::date(i.due), QVariant(i.amount.cents())})
            inst.addBindValue(v);
        if (!inst.exec())
            return fail(sqlError(inst));
    }
    QJsonObject args{{QStringLiteral("id"), idText(d.id)},
                     {QStringLiteral("debtor_id"), idText(d.debtorId)},
                     {QStringLiteral("scenario"), scenarioRequestToJson(d.request)}};
    if (d.titleIds)
        args.insert(QStringLiteral("title_ids"), titleIds);
    if (!d.approvalId.isNull())
        args.insert(QStringLiteral("approval_id"), idText(d.approvalId));
    if (auto queued = Outbox(m_db).enqueue(QStringLiteral("agreement.create"), args, nowUtc);
        !queued)
        return fail(queued.error());
    if (!d.approvalId.isNull()) {
        QSqlQuery used(m_db);
        used.prepare(QStringLiteral("UPDATE approval_request SET status = 'used' WHERE id = ?"));
        used.addBindValue(sql::id(d.approvalId));
        if (!used.exec())
            return fail(sqlError(used));
    }
    if (!m_db.commit())
        return fail(Error{QStringLiteral("sql"), {}, m_db.lastError().text()});
    auto created = load(d.id);
    if (!created)
        return Error{QStringLiteral("sql"), {}, QStringLiteral("agreement not found after write")};
    return *created;
}

Status AgreementRepository::cancel(const QUuid &agreementId, const QString &reason,
                                   const QDateTime &nowUtc)
{
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("empty"), QStringLiteral("reason"),
                     QCoreApplication::translate("AgreementRepository",
                                                 "Say why the agreement is cancelled.")};
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun;
    auto fail = [this](Error error) -> Status {
        m_db.rollback();
        return error;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE agreement SET status = 'cancelled' WHERE id = ? AND status "
                             "IN ('pending', 'active', 'broken') AND deleted = 0"));
    q.addBindValue(sql::id(agreementId));
    if (!q.exec())
        return fail(sqlError(q));
    if (q.numRowsAffected() != 1)
        return fail(Error{QStringLiteral("closed"), QStringLiteral("agreement"),
                          QCoreApplication::translate("AgreementRepository",
                                                      "Only a pending, active or broken "
                                                      "agreement can be cancelled.")});
    q.prepare(QStringLiteral(
        "UPDATE installment SET status = 'cancelled' WHERE agreement_id = ? AND status = 'open'"));
    q.addBindValue(sql::id(agreementId));
    if (!q.exec())
        return fail(sqlError(q));
    const auto queued =
        Outbox(m_db).enqueue(QStringLiteral("agreement.cancel"),
                             QJsonObject{{QStringLiteral("id"), idText(agreementId)},
                                         {QStringLiteral("reason"), reason.trimmed()}},
                             nowUtc);
    if (!queued)
        return fail(queued.error());
    if (!m_db.commit())
        return fail(Error{QStringLiteral("sql"), {}, m_db.lastError().text()});
    return Done{};
}

QList<AgreementInstallment> AgreementRepository::installments(const QUuid &agreementId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, number, due_on, amount_cents, our_number, status, "
                             "paid_cents, paid_on FROM installment WHERE agreement_id = ? AND "
                             "deleted = 0 ORDER BY number"));
    q.addBindValue(sql::id(agreementId));
    QList<AgreementInstallment> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        AgreementInstallment i;
        i.id = sql::toId(q.value(0));
        i.number = q.value(1).toInt();
        i.due = sql::toDate(q.value(2));
        i.amount = Money::fromCents(q.value(3).toLongLong());
        i.ourNumber = q.value(4).toString();
        i.status = q.value(5).toString();
        i.paid = Money::fromCents(q.value(6).toLongLong());
        i.paidOn = sql::toDate(q.value(7));
        list.append(i);
    }
    return list;
}

std::optional<Agreement> AgreementRepository::load(const QUuid &agreementId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM agreement WHERE id = ? AND deleted = 0")
                  .arg(kAgreementColumns));
    q.addBindValue(sql::id(agreementId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Agreement a = agreementFrom(q);
    a.installments = installments(a.id);
    return a;
}

QList<Agreement> AgreementRepository::forDebtor(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM agreement WHERE debtor_id = ? AND deleted = 0 "
                             "ORDER BY created_at DESC, id")
                  .arg(kAgreementColumns));
    q.addBindValue(sql::id(debtorId));
    QList<Agreement> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append(agreementFrom(q));
    for (Agreement &a : list)
        a.installments = installments(a.id);
    return list;
}

AgreementHistory AgreementRepository::history(const QUuid &portfolioId) const
{
    AgreementHistory history;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.kind, a.installment_count, a.status, count(*) FROM agreement a JOIN debtor d "
        "ON d.id = a.debtor_id WHERE d.portfolio_id = ? AND a.deleted = 0 AND a.status IN "
        "('settled', 'broken') GROUP BY a.kind, a.installment_count, a.status"));
    q.addBindValue(sql::id(portfolioId));
    if (!q.exec())
        return history;
    while (q.next()) {
        const auto kind = scenarioKindFromName(q.value(0).toString());
        if (!kind)
            continue;
        const int count = q.value(3).toInt();
        const bool kept = q.value(2).toString() == QLatin1String("settled");
        history.add(*kind, installmentBandFor(q.value(1).toInt()), kept ? count : 0,
                    kept ? 0 : count);
    }
    return history;
}

std::optional<Creditor> AgreementRepository::creditorOf(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.document, c.bank_code, c.agency, c.account, c.wallet, c.pix_key, "
        "c.pix_city FROM debtor d JOIN portfolio p ON p.id = d.portfolio_id JOIN creditor c ON "
        "c.id = p.creditor_id WHERE d.id = ?"));
    q.addBindValue(sql::id(debtorId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Creditor c;
    c.id = sql::toId(q.value(0));
    c.name = q.value(1).toString();
    if (auto document = Document::parse(q.value(2).toString()); document)
        c.document = document.value();
    c.account =
        CollectionAccount{q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
    return c;
}

} // namespace quita
