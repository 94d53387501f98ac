// Negotiation: payments on installments, the agreement's status that follows from them,
// the break of agreements whose installment passed due + grace unpaid, and the timeline
// events of all of it.
#include "Negotiation.h"

#include "NegotiationOffer.h"
#include "domain/negotiation/AgreementStatus.h"
#include "domain/negotiation/PaymentImport.h"
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

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

// The agreement as the domain rules read it (status, installments paid or not).
Result<Agreement> loadAgreement(const QSqlDatabase &db, const QString &agreementId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT debtor_id, status, kind FROM agreement WHERE id = ? AND "
                             "deleted = 0"));
    q.addBindValue(agreementId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error{QStringLiteral("not_found"), QStringLiteral("agreement_id"),
                     QStringLiteral("no such agreement")};
    Agreement a;
    a.id = QUuid::fromString(agreementId);
    a.debtorId = QUuid::fromString(q.value(0).toString());
    a.status = q.value(1).toString();
    QSqlQuery i(db);
    i.prepare(QStringLiteral("SELECT id, number, due_on, amount_cents, our_number, status, "
                             "paid_cents, paid_on FROM installment WHERE agreement_id = ? AND "
                             "deleted = 0 ORDER BY number"));
    i.addBindValue(agreementId);
    if (!i.exec())
        return sqlError(i);
    while (i.next()) {
        AgreementInstallment inst;
        inst.id = QUuid::fromString(i.value(0).toString());
        inst.number = i.value(1).toInt();
        inst.due = sql::toDate(i.value(2));
        inst.amount = Money::fromCents(i.value(3).toLongLong());
        inst.ourNumber = i.value(4).toString();
        inst.status = i.value(5).toString();
        inst.paid = Money::fromCents(i.value(6).toLongLong());
        inst.paidOn = sql::toDate(i.value(7));
        a.installments.append(inst);
    }
    return a;
}

int graceDaysOf(const QSqlDatabase &db, const QString &debtorId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.grace_days FROM portfolio p JOIN debtor d ON "
                             "d.portfolio_id = p.id WHERE d.id = ?"));
    q.addBindValue(debtorId);
    return q.exec() && q.next() ? q.value(0).toInt() : 5;
}

} // namespace

// Writes an agreement_event and its change; `seq` is taken from the log here.
Status Negotiation::recordEvent(const QString &debtorId, const QString &agreementId,
                                const QString &kind, std::optional<int> installmentNumber,
                                Money amount, const QString &by, qint64 &lastSeq)
{
    ChangeLog log(m_db);
    auto seq = log.reserve();
    if (!seq)
        return seq.error();
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariantList values{id,
                              debtorId,
                              agreementId,
                              kind,
                              installmentNumber ? QVariant(*installmentNumber) : QVariant(),
                              amount.cents(),
                              now,
                              sql::text(by),
                              1,
                              now};
    if (Status inserted = entities::agreementEvent().insert(m_db, values); !inserted)
        return inserted;
    if (Status logged =
            log.append(*seq, QStringLiteral("agreement_event"), id, debtorId,
                       QStringLiteral("upsert"), entities::agreementEvent().toJson(values), now);
        !logged)
        return logged;
    lastSeq = *seq;
    return Done{};
}

// Sets the agreement's status to what its installments say, with its event and change.
Status Negotiation::settleStatus(const QString &agreementId, const QString &by, qint64 &lastSeq)
{
    auto agreement = loadAgreement(m_db, agreementId);
    if (!agreement)
        return agreement.error();
    const QString debtorId = agreement->debtorId.toString(QUuid::WithoutBraces);
    const QString status =
        agreementStatusFor(*agreement, graceDaysOf(m_db, debtorId), today(m_clock));
    if (status == agreement->status)
        return Done{};
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE agreement SET status = ?, version = version + 1, "
                                  "updated_at = ? WHERE id = ?"));
    update.addBindValue(status);
    update.addBindValue(now);
    update.addBindValue(agreementId);
    if (!update.exec())
        return sqlError(update);
    const auto row = this->row(entities::agreement(), agreementId);
    ChangeLog log(m_db);
    auto seq = log.reserve();
    if (!seq)
        return seq.error();
    if (!row)
        return Error{QStringLiteral("sql"), {}, QStringLiteral("agreement lost")};
    if (Status logged = log.append(*seq, QStringLiteral("agreement"), agreementId, debtorId,
                                   QStringLiteral("upsert"), *row, now);
        !logged)
        return logged;
    lastSeq = *seq;
    if (status == QLatin1String("broken") || status == QLatin1String("settled")) {
        const int late =
            firstOverdueInstallment(*agreement, graceDaysOf(m_db, debtorId), today(m_clock));
        const std::optional<int> number =
            status == QLatin1String("broken") && late >= 0
                ? std::optional<int>(agreement->installments.at(late).number)
                : std::nullopt;
        const Money amount = number ? agreement->installments.at(late).amount : Money();
        return recordEvent(debtorId, agreementId, status, number, amount, by, lastSeq);
    }
    return Done{};
}

Outcome Negotiation::postPayment(const Scope &scope, const QJsonObject &args, const QString &source)
{
    const QJsonValue idValue = args.value(QLatin1String("id"));
    const QUuid id = QUuid::fromString(idValue.toString());
    if (!idValue.isString() || id.isNull())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("id: a UUID is required"), QStringLiteral("id"));
    const QString paymentId = id.toString(QUuid::WithoutBraces);
    const QUuid installment =
        QUuid::fromString(args.value(QLatin1String("installment_id")).toString());
    if (installment.isNull())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("installment_id: a UUID is required"),
                                QStringLiteral("installment_id"));
    const QJsonValue amountValue = args.value(QLatin1String("amount_cents"));
    const qint64 amount = amountValue.isDouble() ? amountValue.toInteger(-1) : -1;
    if (!amountValue.isDouble() || double(amount) != amountValue.toDouble())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("amount_cents: a whole number of centavos"),
                                QStringLiteral("amount_cents"));
    const QDate paidOn =
        QDate::fromString(args.value(QLatin1String("paid_on")).toString(), Qt::ISODate);
    if (!paidOn.isValid())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("paid_on: a date YYYY-MM-DD is required"),
                                QStringLiteral("paid_on"));
    if (amount <= 0)
        return Outcome::refused(422, QStringLiteral("invalid"),
                                QStringLiteral("amount_cents must be more than zero"),
                                QStringLiteral("amount_cents"));
    if (paidOn > today(m_clock))
        return Outcome::refused(
            422, QStringLiteral("in_the_future"),
            QStringLiteral("paid_on: %1 is in the future").arg(paidOn.toString(Qt::ISODate)),
            QStringLiteral("paid_on"));
    const auto inst =
        this->row(entities::installment(), installment.toString(QUuid::WithoutBraces));
    if (!inst)
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("installment_id: no such installment"),
                                QStringLiteral("installment_id"));
    const QString debtorId = inst->value(QLatin1String("debtor_id")).toString();
    if (Outcome allowed = access(scope, debtorId); allowed.status != 200)
        return allowed;
    if (const auto existing = this->row(entities::payment(), paymentId)) {
        if (existing->value(QLatin1String("installment_id")) != inst->value(QLatin1String("id")) ||
            existing->value(QLatin1String("amount_cents")).toInteger() != amount)
            return Outcome::refused(409, QStringLiteral("conflict"),
                                    QStringLiteral("id: another payment has this id"),
                                    QStringLiteral("id"));
        Outcome same;
        same.result = {{QStringLiteral("payment"), *existing},
                       {QStringLiteral("installment"), *inst}};
        return same;
    }
    const QString status = inst->value(QLatin1String("status")).toString();
    if (status != QLatin1String("open")) {
        Outcome done = Outcome::refused(
            409, QStringLiteral("stale"),
            QStringLiteral("installment_id: this installment is %1, not open").arg(status),
            QStringLiteral("installment_id"));
        done.current = *inst;
        return done;
    }
    const QString agreementId = inst->value(QLatin1String("agreement_id")).toString();
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const QVariantList payment{paymentId,   debtorId,
                               agreementId, inst->value(QLatin1String("id")).toString(),
                               amount,      paidOn.toString(Qt::ISODate),
                               source,      scope.caller().displayName,
                               now,         1,
                               now};
    if (Status inserted = entities::payment().insert(m_db, payment); !inserted)
        return refusedWith(inserted.error());
    // The sum is taken in SQL under the row's lock, so two payments at once on PostgreSQL
    // both count; an installment paid meanwhile changes no row and is refused as stale.
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE installment SET paid_cents = paid_cents + :amount, status = CASE WHEN "
        "paid_cents + :amount >= amount_cents THEN 'paid' ELSE 'open' END, paid_on = CASE WHEN "
        "paid_cents + :amount >= amount_cents THEN :paid_on ELSE NULL END, version = version + "
        "1, updated_at = :now WHERE id = :id AND status = 'open'"));
    update.bindValue(QStringLiteral(":amount"), amount);
    update.bindValue(QStringLiteral(":paid_on"), paidOn.toString(Qt::ISODate));
    update.bindValue(QStringLiteral(":now"), now);
    update.bindValue(QStringLiteral(":id"), inst->value(QLatin1String("id")).toString());
    if (!update.exec())
        return refusedWith(sqlError(update));
    if (update.numRowsAffected() != 1) {
        Outcome stale = Outcome::refused(409, QStringLiteral("stale"),
                                         QStringLiteral("installment_id: this installment was "
                                                        "just paid"),
                                         QStringLiteral("installment_id"));
        if (const auto current =
                this->row(entities::installment(), inst->value(QLatin1String("id")).toString()))
            stale.current = *current;
        return stale;
    }
    ChangeLog log(m_db);
    auto seq = log.reserve(2);
    if (!seq)
        return refusedWith(seq.error());
    const auto after =
        this->row(entities::installment(), inst->value(QLatin1String("id")).toString());
    if (!after)
        return refusedWith(Error{QStringLiteral("sql"), {}, QStringLiteral("installment lost")});
    if (Status logged =
            log.append(*seq, QStringLiteral("payment"), paymentId, debtorId,
                       QStringLiteral("upsert"), entities::payment().toJson(payment), now);
        !logged)
        return refusedWith(logged.error());
    if (Status logged = log.append(*seq + 1, QStringLiteral("installment"),
                                   after->value(QLatin1String("id")).toString(), debtorId,
                                   QStringLiteral("upsert"), *after, now);
        !logged)
        return refusedWith(logged.error());
    qint64 lastSeq = *seq + 1;
    if (Status event = recordEvent(debtorId, agreementId, QStringLiteral("payment"),
                                   after->value(QLatin1String("number")).toInt(),
                                   Money::fromCents(amount), scope.caller().displayName, lastSeq);
        !event)
        return refusedWith(event.error());
    if (Status followed = settleStatus(agreementId, scope.caller().displayName, lastSeq); !followed)
        return refusedWith(followed.error());
    Outcome done;
    done.result = {{QStringLiteral("payment"), entities::payment().toJson(payment)},
                   {QStringLiteral("installment"), *after}};
    done.debtorId = debtorId;
    done.lastSeq = lastSeq;
    return done;
}

Outcome Negotiation::importPayments(const Scope &scope, const QString &content,
                                    const QString &creditorId, QStringList &debtorIds)
{
    auto payments = parsePaymentFile(content, today(m_clock));
    if (!payments)
        return refusedWith(payments.error());
    qint64 lastSeq = 0;
    QJsonArray applied;
    for (const ImportedPayment &p : std::as_const(*payments)) {
        const QString line = QStringLiteral("line %1").arg(p.line);
        // Our numbers are unique per creditor account: the file's creditor decides when
        // two creditors use the same number.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM installment WHERE our_number = ? AND deleted = 0 "
                                 "AND (? = '' OR creditor_id = ?) LIMIT 2"));
        q.addBindValue(p.ourNumber);
        q.addBindValue(sql::text(creditorId));
        q.addBindValue(sql::text(creditorId));
        if (!q.exec())
            return refusedWith(sqlError(q));
        if (!q.next())
            return Outcome::refused(422, QStringLiteral("unknown_our_number"),
                                    QStringLiteral("Line %1: no installment has our number %2")
                                        .arg(p.line)
                                        .arg(p.ourNumber),
                                    line);
        const QString installmentId = q.value(0).toString();
        if (q.next())
            return Outcome::refused(422, QStringLiteral("ambiguous_our_number"),
                                    QStringLiteral("Line %1: our number %2 is used by several "
                                                   "creditors; send the file with creditor_id")
                                        .arg(p.line)
                                        .arg(p.ourNumber),
                                    line);
        const QJsonObject args{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("installment_id"), installmentId},
            {QStringLiteral("amount_cents"), p.amount.cents()},
            {QStringLiteral("paid_on"), p.paidOn.toString(Qt::ISODate)}};
        Outcome one = postPayment(scope, args, QStringLiteral("import"));
        if (one.status != 200) {
            if (one.status == 500)
                return one;
            return Outcome::refused(
                one.status == 409 ? 422 : one.status, one.error.code,
                QStringLiteral("Line %1: %2").arg(p.line).arg(one.error.message), line);
        }
        debtorIds.append(one.debtorId);
        lastSeq = std::max(lastSeq, one.lastSeq);
        applied.append(one.result.value(QLatin1String("payment")));
    }
    Outcome done;
    done.result = {{QStringLiteral("payments"), applied},
                   {QStringLiteral("count"), applied.size()}};
    done.lastSeq = lastSeq;
    done.debtorId = debtorIds.isEmpty() ? QString() : debtorIds.first();
    return done;
}

Result<int> Negotiation::breakOverdueAgreements(QStringList &debtorIds, qint64 &lastSeq)
{
    // Candidates: pending or active agreements with an open installment already due.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT a.id FROM agreement a JOIN installment i ON i.agreement_id = a.id WHERE "
        "a.status IN ('pending', 'active') AND a.deleted = 0 AND i.status = 'open' AND "
        "i.deleted = 0 AND i.due_on < ?"));
    q.addBindValue(today(m_clock).toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q);
    QStringList candidates;
    while (q.next())
        candidates.append(q.value(0).toString());
    int broken = 0;
    for (const QString &id : std::as_const(candidates)) {
        const qint64 before = lastSeq;
        if (Status settled = settleStatus(id, QString(), lastSeq); !settled)
            return settled.error();
        if (lastSeq != before) {
            ++broken;
            const auto row = this->row(entities::agreement(), id);
            if (row)
                debtorIds.append(row->value(QLatin1String("debtor_id")).toString());
        }
    }
    return broken;
}

} // namespace quita::server

namespace quita::server {

Outcome Negotiation::cancelAgreement(const Scope &scope, const QJsonObject &args)
{
    const QUuid uuid = QUuid::fromString(args.value(QLatin1String("id")).toString());
    if (uuid.isNull())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("id: the agreement's UUID is required"),
                                QStringLiteral("id"));
    const QJsonValue reason = args.value(QLatin1String("reason"));
    if (!reason.isString() || reason.toString().trimmed().isEmpty())
        return Outcome::refused(422, QStringLiteral("empty"),
                                QStringLiteral("reason: say why the agreement is cancelled"),
                                QStringLiteral("reason"));
    const QString agreementId = uuid.toString(QUuid::WithoutBraces);
    const auto row = this->row(entities::agreement(), agreementId);
    if (!row)
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("id: no such agreement"), QStringLiteral("id"));
    const QString debtorId = row->value(QLatin1String("debtor_id")).toString();
    if (Outcome allowed = access(scope, debtorId); allowed.status != 200)
        return allowed;
    const QString status = row->value(QLatin1String("status")).toString();
    if (status == QLatin1String("cancelled") || status == QLatin1String("settled")) {
        Outcome stale = Outcome::refused(
            409, QStringLiteral("stale"),
            QStringLiteral("id: this agreement is %1 and cannot be cancelled").arg(status),
            QStringLiteral("id"));
        stale.current = *row;
        return stale;
    }
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE agreement SET status = 'cancelled', version = version + 1, "
                             "updated_at = ? WHERE id = ? AND status NOT IN ('cancelled', "
                             "'settled')"));
    q.addBindValue(now);
    q.addBindValue(agreementId);
    if (!q.exec())
        return refusedWith(sqlError(q));
    if (q.numRowsAffected() != 1)
        return Outcome::refused(409, QStringLiteral("stale"),
                                QStringLiteral("id: this agreement changed meanwhile"),
                                QStringLiteral("id"));
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT id FROM installment WHERE agreement_id = ? AND status = "
                                "'open' AND deleted = 0"));
    open.addBindValue(agreementId);
    if (!open.exec())
        return refusedWith(sqlError(open));
    QStringList installments;
    while (open.next())
        installments.append(open.value(0).toString());
    QSqlQuery cancel(m_db);
    cancel.prepare(QStringLiteral("UPDATE installment SET status = 'cancelled', version = "
                                  "version + 1, updated_at = ? WHERE agreement_id = ? AND status "
                                  "= 'open'"));
    cancel.addBindValue(now);
    cancel.addBindValue(agreementId);
    if (!cancel.exec())
        return refusedWith(sqlError(cancel));
    ChangeLog log(m_db);
    auto seq = log.reserve(1 + int(installments.size()));
    if (!seq)
        return refusedWith(seq.error());
    qint64 next = *seq;
    const auto after = this->row(entities::agreement(), agreementId);
    if (!after)
        return refusedWith(Error{QStringLiteral("sql"), {}, QStringLiteral("agreement lost")});
    if (Status logged = log.append(next++, QStringLiteral("agreement"), agreementId, debtorId,
                                   QStringLiteral("upsert"), *after, now);
        !logged)
        return refusedWith(logged.error());
    for (const QString &id : std::as_const(installments)) {
        const auto inst = this->row(entities::installment(), id);
        if (!inst)
            continue;
        if (Status logged = log.append(next++, QStringLiteral("installment"), id, debtorId,
                                       QStringLiteral("upsert"), *inst, now);
            !logged)
            return refusedWith(logged.error());
    }
    qint64 lastSeq = next - 1;
    if (Status event =
            recordEvent(debtorId, agreementId, QStringLiteral("cancelled"), std::nullopt,
                        Money::fromCents(row->value(QLatin1String("total_cents")).toInteger()),
                        scope.caller().displayName, lastSeq);
        !event)
        return refusedWith(event.error());
    Outcome done;
    done.result = {{QStringLiteral("agreement"), *after},
                   {QStringLiteral("reason"), reason.toString().trimmed()}};
    done.debtorId = debtorId;
    done.lastSeq = lastSeq;
    return done;
}

} // namespace quita::server
