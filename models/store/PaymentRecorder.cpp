#include "PaymentRecorder.h"

#include "Outbox.h"
#include "SqlValues.h"
#include "WriteTransaction.h"
#include "domain/negotiation/AgreementStatus.h"
#include "domain/negotiation/PaymentImport.h"
#include "store/AgreementRepository.h"

#include <QCoreApplication>

namespace quita {
namespace {

// The portfolio's grace days (synced with the portfolio row).
int graceDaysOf(const QSqlDatabase &db, const QUuid &debtorId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.grace_days FROM portfolio p JOIN debtor d ON "
                             "d.portfolio_id = p.id WHERE d.id = ?"));
    q.addBindValue(sql::id(debtorId));
    return q.exec() && q.next() ? q.value(0).toInt() : 5;
}

} // namespace

Status PaymentRecorder::write(const QUuid &installmentId, Money amount, const QDate &paidOn,
                              const QDate &today, const QString &by, const QString &source,
                              const QDateTime &nowUtc)
{
    if (amount.cents() <= 0)
        return Error{QStringLiteral("invalid"), QStringLiteral("amount"),
                     QCoreApplication::translate("PaymentRecorder",
                                                 "The amount paid must be more than zero.")};
    if (!paidOn.isValid() || paidOn > today)
        return Error{QStringLiteral("invalid"), QStringLiteral("paid_on"),
                     QCoreApplication::translate("PaymentRecorder",
                                                 "The payment date cannot be in the future.")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT agreement_id, debtor_id, amount_cents, paid_cents, status "
                             "FROM installment WHERE id = ? AND deleted = 0"));
    q.addBindValue(sql::id(installmentId));
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    if (!q.next())
        return Error{QStringLiteral("not_found"), QStringLiteral("installment"),
                     QCoreApplication::translate("PaymentRecorder",
                                                 "This installment is no longer on this desk.")};
    if (q.value(4).toString() != QLatin1String("open"))
        return Error{
            QStringLiteral("closed"), QStringLiteral("installment"),
            QCoreApplication::translate("PaymentRecorder", "This installment is already %1.")
                .arg(q.value(4).toString() == QLatin1String("paid")
                         ? QCoreApplication::translate("PaymentRecorder", "paid")
                         : QCoreApplication::translate("PaymentRecorder", "cancelled"))};
    const QUuid agreementId = sql::toId(q.value(0));
    const QUuid debtorId = sql::toId(q.value(1));
    const qint64 due = q.value(2).toLongLong();
    const qint64 paid = q.value(3).toLongLong() + amount.cents();
    q.finish();
    const QUuid paymentId = QUuid::createUuid();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO payment (id, debtor_id, agreement_id, installment_id, amount_cents, paid_on, "
        "source, created_by, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,0)"));
    for (const QVariant &v :
         {sql::id(paymentId), sql::id(debtorId), sql::id(agreementId), sql::id(installmentId),
          QVariant(amount.cents()), sql::date(paidOn), QVariant(source), sql::text(by),
          QVariant(nowUtc.toMSecsSinceEpoch())})
        insert.addBindValue(v);
    if (!insert.exec())
        return Error{QStringLiteral("sql"), {}, insert.lastError().text()};
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE installment SET paid_cents = ?, status = ?, paid_on = ? WHERE id = ?"));
    update.addBindValue(paid);
    update.addBindValue(paid >= due ? QStringLiteral("paid") : QStringLiteral("open"));
    update.addBindValue(paid >= due ? sql::date(paidOn) : QVariant());
    update.addBindValue(sql::id(installmentId));
    if (!update.exec())
        return Error{QStringLiteral("sql"), {}, update.lastError().text()};
    if (const auto agreement = AgreementRepository(m_db).load(agreementId)) {
        const QString status = agreementStatusFor(*agreement, graceDaysOf(m_db, debtorId), today);
        if (status != agreement->status) {
            QSqlQuery s(m_db);
            s.prepare(QStringLiteral("UPDATE agreement SET status = ? WHERE id = ?"));
            s.addBindValue(status);
            s.addBindValue(sql::id(agreementId));
            if (!s.exec())
                return Error{QStringLiteral("sql"), {}, s.lastError().text()};
        }
    }
    const auto queued = Outbox(m_db).enqueue(
        QStringLiteral("payment.post"),
        QJsonObject{
            {QStringLiteral("id"), paymentId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("installment_id"), installmentId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("amount_cents"), amount.cents()},
            {QStringLiteral("paid_on"), paidOn.toString(Qt::ISODate)}},
        nowUtc);
    if (!queued)
        return queued.error();
    return Done{};
}

Status PaymentRecorder::post(const QUuid &installmentId, Money amount, const QDate &paidOn,
                             const QDate &today, const QString &by, const QDateTime &nowUtc)
{
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun;
    if (Status written =
            write(installmentId, amount, paidOn, today, by, QStringLiteral("manual"), nowUtc);
        !written) {
        m_db.rollback();
        return written;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("sql"), {}, why};
    }
    return Done{};
}

Result<int> PaymentRecorder::importFile(const QString &text, const QDate &today, const QString &by,
                                        const QDateTime &nowUtc)
{
    const auto payments = parsePaymentFile(text, today);
    if (!payments)
        return payments.error();
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun.error();
    auto fail = [this](Error error) -> Result<int> {
        m_db.rollback();
        return error;
    };
    for (const ImportedPayment &p : *payments) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT id FROM installment WHERE our_number = ? AND deleted = 0 LIMIT 2"));
        q.addBindValue(p.ourNumber);
        if (!q.exec())
            return fail(Error{QStringLiteral("sql"), {}, q.lastError().text()});
        const QString line = QStringLiteral("line %1").arg(p.line);
        if (!q.next())
            return fail(Error{
                QStringLiteral("unknown_our_number"), line,
                QCoreApplication::translate(
                    "PaymentRecorder", "Line %1: no installment on this desk has our number %2.")
                    .arg(p.line)
                    .arg(p.ourNumber)});
        const QUuid installment = sql::toId(q.value(0));
        // Our numbers are unique per creditor account only.
        if (q.next())
            return fail(Error{QStringLiteral("ambiguous_our_number"), line,
                              QCoreApplication::translate(
                                  "PaymentRecorder",
                                  "Line %1: our number %2 belongs to installments of several "
                                  "creditors on this desk; ask a supervisor to import the file "
                                  "on the server for its creditor.")
                                  .arg(p.line)
                                  .arg(p.ourNumber)});
        q.finish();
        if (Status written =
                write(installment, p.amount, p.paidOn, today, by, QStringLiteral("import"), nowUtc);
            !written)
            return fail(Error{written.error().code, line,
                              QCoreApplication::translate("PaymentRecorder", "Line %1: %2")
                                  .arg(p.line)
                                  .arg(written.error().message)});
    }
    if (!m_db.commit())
        return fail(Error{QStringLiteral("sql"), {}, m_db.lastError().text()});
    return int(payments->size());
}

} // namespace quita
