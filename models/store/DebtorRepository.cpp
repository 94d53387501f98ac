#include "DebtorRepository.h"

#include "DebtorSearchIndex.h"
#include "SqlValues.h"
#include "domain/BrazilianStates.h"

#include <QCoreApplication>

namespace quita {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

} // namespace

std::optional<DebtorOverview> DebtorRepository::overview(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT d.id, d.portfolio_id, d.name, d.document, d.street, d.neighborhood, d.city, "
        "d.state, d.postal_code, d.placed_on, d.capacity_cents, d.total_due_cents, "
        "d.oldest_due_on, d.open_promise_due_on, p.name, c.name, c.document, "
        "d.last_agreement_status, d.next_installment_due_on "
        "FROM debtor d JOIN portfolio p ON p.id = d.portfolio_id "
        "JOIN creditor c ON c.id = p.creditor_id WHERE d.id = ? AND d.deleted = 0"));
    q.addBindValue(sql::id(debtorId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    DebtorOverview o;
    Debtor &d = o.debtor;
    d.id = sql::toId(q.value(0));
    d.portfolioId = sql::toId(q.value(1));
    d.name = q.value(2).toString();
    if (auto doc = Document::parse(q.value(3).toString()))
        d.document = doc.value();
    d.address = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                 q.value(7).toString(), q.value(8).toString()};
    d.placedOn = sql::toDate(q.value(9));
    d.declaredMonthlyCapacity = Money::fromCents(q.value(10).toLongLong());
    o.totalDue = Money::fromCents(q.value(11).toLongLong());
    o.oldestDueDate = sql::toDate(q.value(12));
    o.openPromiseDue = sql::toDate(q.value(13));
    o.portfolioName = q.value(14).toString();
    o.creditorName = q.value(15).toString();
    o.creditorDocument = q.value(16).toString();
    o.agreementStatus = q.value(17).toString();
    o.nextInstallmentDue = sql::toDate(q.value(18));
    return o;
}

QList<ContactPoint> DebtorRepository::contactPoints(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, kind, value, label, is_primary, consent_voice, consent_sms, consent_whatsapp, "
        "consent_email, opt_out_voice, opt_out_sms, opt_out_whatsapp, opt_out_email "
        "FROM contact_point WHERE debtor_id = ? AND deleted = 0 ORDER BY is_primary DESC, kind, "
        "value"));
    q.addBindValue(sql::id(debtorId));
    QList<ContactPoint> points;
    if (!q.exec())
        return points;
    while (q.next()) {
        ContactPoint p;
        p.id = sql::toId(q.value(0));
        p.debtorId = debtorId;
        p.kind = ContactPoint::kindFromName(q.value(1).toString());
        p.value = q.value(2).toString();
        p.label = q.value(3).toString();
        p.primary = q.value(4).toBool();
        p.consentVoice = q.value(5).toBool();
        p.consentSms = q.value(6).toBool();
        p.consentWhatsapp = q.value(7).toBool();
        p.consentEmail = q.value(8).toBool();
        p.optOutVoice = q.value(9).toBool();
        p.optOutSms = q.value(10).toBool();
        p.optOutWhatsapp = q.value(11).toBool();
        p.optOutEmail = q.value(12).toBool();
        points.append(p);
    }
    return points;
}

QList<Title> DebtorRepository::titles(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, number, kind, issued_on, due_on, principal_cents, open_balance_cents, disputed "
        "FROM title WHERE debtor_id = ? AND deleted = 0 ORDER BY due_on, number"));
    q.addBindValue(sql::id(debtorId));
    QList<Title> titles;
    if (!q.exec())
        return titles;
    while (q.next()) {
        Title t;
        t.id = sql::toId(q.value(0));
        t.debtorId = debtorId;
        t.number = q.value(1).toString();
        t.kind = q.value(2).toString();
        t.issueDate = sql::toDate(q.value(3));
        t.dueDate = sql::toDate(q.value(4));
        t.principal = Money::fromCents(q.value(5).toLongLong());
        t.openBalance = Money::fromCents(q.value(6).toLongLong());
        t.disputed = q.value(7).toBool();
        titles.append(t);
    }
    return titles;
}

int DebtorRepository::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM debtor WHERE deleted = 0")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status DebtorRepository::insert(const Debtor &d)
{
    if (d.name.trimmed().isEmpty())
        return Error{
            QStringLiteral("empty"), QStringLiteral("name"),
            QCoreApplication::translate("DebtorRepository", "Name: enter the debtor's name")};
    if (d.document.isNull())
        return Error{
            QStringLiteral("empty"), QStringLiteral("document"),
            QCoreApplication::translate("DebtorRepository", "CPF/CNPJ: enter a valid document")};
    if (!BrazilianStates::isValid(d.address.state))
        return Error{QStringLiteral("state"), QStringLiteral("state"),
                     QCoreApplication::translate("DebtorRepository",
                                                 "State: %1 is not a Brazilian state (UF)")
                         .arg(d.address.state)};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO debtor (id, portfolio_id, name, document, street, neighborhood, city, state, "
        "postal_code, placed_on, capacity_cents) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(sql::id(d.id));
    q.addBindValue(sql::id(d.portfolioId));
    q.addBindValue(d.name.trimmed());
    q.addBindValue(d.document.value());
    q.addBindValue(sql::text(d.address.street));
    q.addBindValue(sql::text(d.address.neighborhood));
    q.addBindValue(sql::text(d.address.city));
    q.addBindValue(d.address.state);
    q.addBindValue(sql::text(d.address.postalCode));
    q.addBindValue(sql::date(d.placedOn));
    q.addBindValue(d.declaredMonthlyCapacity.cents());
    if (!q.exec())
        return sqlError(q);
    return DebtorSearchIndex(m_db).reindex(d.id);
}

Status DebtorRepository::insertContactPoint(const ContactPoint &p)
{
    if (p.value.trimmed().isEmpty())
        return Error{QStringLiteral("empty"), QStringLiteral("value"),
                     QCoreApplication::translate("DebtorRepository",
                                                 "Contact: enter a phone number or e-mail")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO contact_point (id, debtor_id, kind, value, label, is_primary, consent_voice, "
        "consent_sms, consent_whatsapp, consent_email, opt_out_voice, opt_out_sms, "
        "opt_out_whatsapp, opt_out_email) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {sql::id(p.id), sql::id(p.debtorId), QVariant(ContactPoint::kindName(p.kind)),
          QVariant(p.value), sql::text(p.label), QVariant(p.primary), QVariant(p.consentVoice),
          QVariant(p.consentSms), QVariant(p.consentWhatsapp), QVariant(p.consentEmail),
          QVariant(p.optOutVoice), QVariant(p.optOutSms), QVariant(p.optOutWhatsapp),
          QVariant(p.optOutEmail)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return DebtorSearchIndex(m_db).reindex(p.debtorId);
}

Status DebtorRepository::insertTitle(const Title &t)
{
    if (t.number.trimmed().isEmpty())
        return Error{
            QStringLiteral("empty"), QStringLiteral("number"),
            QCoreApplication::translate("DebtorRepository", "Number: enter the contract number")};
    if (!t.issueDate.isValid() || !t.dueDate.isValid() || t.dueDate < t.issueDate)
        return Error{
            QStringLiteral("date"), QStringLiteral("due_date"),
            QCoreApplication::translate(
                "DebtorRepository", "Due date: must be a valid date on or after the issue date")};
    if (t.principal.isNegative() || t.openBalance.isNegative())
        return Error{
            QStringLiteral("range"), QStringLiteral("principal"),
            QCoreApplication::translate("DebtorRepository", "Principal: cannot be negative")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO title (id, debtor_id, number, kind, issued_on, due_on, principal_cents, "
        "open_balance_cents, disputed) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {sql::id(t.id), sql::id(t.debtorId), QVariant(t.number), QVariant(t.kind),
          sql::date(t.issueDate), sql::date(t.dueDate), QVariant(t.principal.cents()),
          QVariant(t.openBalance.cents()), QVariant(t.disputed)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return DebtorSearchIndex(m_db).reindex(t.debtorId);
}

} // namespace quita
