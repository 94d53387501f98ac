#include "DebtorRegistration.h"

#include "DebtorRepository.h"
#include "SqlValues.h"
#include "WriteTransaction.h"
#include "domain/BrazilianStates.h"

#include <QCoreApplication>

namespace quita {
namespace {

Error fieldError(const char *code, const char *field, const QString &message)
{
    return Error{QString::fromLatin1(code), QString::fromLatin1(field), message};
}

} // namespace

QList<PortfolioChoice> DebtorRegistration::portfolios() const
{
    QList<PortfolioChoice> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT p.id, p.creditor_id, p.name, c.name FROM portfolio p "
            "JOIN creditor c ON c.id = p.creditor_id WHERE p.deleted = 0 ORDER BY c.name, p.name")))
        return list;
    while (q.next())
        list.append({Portfolio{sql::toId(q.value(0)), sql::toId(q.value(1)), q.value(2).toString()},
                     q.value(3).toString()});
    return list;
}

Result<QUuid> DebtorRegistration::registerDebtor(const NewDebtorDraft &draft, const QDate &today,
                                                 const QLocale &locale)
{
    if (draft.portfolioId.isNull())
        return fieldError("empty", "portfolio",
                          QCoreApplication::translate(
                              "DebtorRegistration", "Portfolio: choose the portfolio of the debt"));
    if (draft.name.trimmed().size() < 3)
        return fieldError("empty", "name",
                          QCoreApplication::translate("DebtorRegistration",
                                                      "Name: enter the debtor's full name"));
    auto document = Document::parse(draft.document, QStringLiteral("CPF/CNPJ"));
    if (!document) {
        Error e = document.error();
        e.field = QStringLiteral("document");
        return e;
    }
    if (!BrazilianStates::isValid(draft.state))
        return fieldError("state", "state",
                          QCoreApplication::translate("DebtorRegistration",
                                                      "State: choose the debtor's state (UF)"));
    if (draft.city.trimmed().isEmpty())
        return fieldError(
            "empty", "city",
            QCoreApplication::translate("DebtorRegistration", "City: enter the debtor's city"));
    QString phone, email;
    if (!draft.phone.trimmed().isEmpty()) {
        auto normalized = ContactPoint::normalizePhone(draft.phone);
        if (!normalized)
            return normalized.error();
        phone = normalized.value();
    }
    if (!draft.email.trimmed().isEmpty()) {
        auto normalized = ContactPoint::normalizeEmail(draft.email);
        if (!normalized)
            return normalized.error();
        email = normalized.value();
    }
    if (draft.contractNumber.trimmed().isEmpty())
        return fieldError(
            "empty", "contract",
            QCoreApplication::translate("DebtorRegistration",
                                        "Contract: enter the contract or invoice number"));
    auto amount = Money::parse(draft.amount, locale,
                               QCoreApplication::translate("DebtorRegistration", "Amount due"));
    if (!amount) {
        Error e = amount.error();
        e.field = QStringLiteral("amount");
        return e;
    }
    if (amount->cents() <= 0)
        return fieldError("range", "amount",
                          QCoreApplication::translate("DebtorRegistration",
                                                      "Amount due: must be more than zero"));
    if (!draft.dueDate.isValid() || draft.dueDate.year() < 1990 ||
        draft.dueDate > today.addYears(5))
        return fieldError(
            "date", "due_date",
            QCoreApplication::translate("DebtorRegistration", "Due date: enter a real due date"));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM debtor WHERE portfolio_id = ? AND document = ? AND deleted = 0"));
    q.addBindValue(sql::id(draft.portfolioId));
    q.addBindValue(document->value());
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return fieldError(
            "duplicate", "document",
            QCoreApplication::translate("DebtorRegistration",
                                        "CPF/CNPJ: %1 is already a debtor of this portfolio")
                .arg(document->formatted()));
    q.finish();

    Debtor debtor;
    debtor.id = QUuid::createUuid();
    debtor.portfolioId = draft.portfolioId;
    debtor.name = draft.name.simplified();
    debtor.document = document.value();
    debtor.address.state = draft.state;
    debtor.address.city = draft.city.simplified();
    debtor.placedOn = today;

    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun.error();
    DebtorRepository repository(m_db);
    Status written = repository.insert(debtor);
    auto addPoint = [&](ContactPoint::Kind kind, const QString &value) {
        if (!written || value.isEmpty())
            return;
        ContactPoint point;
        point.id = QUuid::createUuid();
        point.debtorId = debtor.id;
        point.kind = kind;
        point.value = value;
        point.label =
            kind == ContactPoint::Kind::Email
                ? QCoreApplication::translate("DebtorRegistration", "e-mail")
                : QCoreApplication::translate("DebtorRegistration", "informed at placement");
        point.primary = kind == ContactPoint::Kind::Phone || phone.isEmpty();
        // Consent is recorded when the debtor gives it; a placed number starts without.
        written = repository.insertContactPoint(point);
    };
    addPoint(ContactPoint::Kind::Phone, phone);
    addPoint(ContactPoint::Kind::Email, email);
    if (written) {
        Title title;
        title.id = QUuid::createUuid();
        title.debtorId = debtor.id;
        title.number = draft.contractNumber.trimmed();
        title.kind = QStringLiteral("contract");
        title.issueDate = std::min(draft.dueDate, today);
        title.dueDate = draft.dueDate;
        title.principal = amount.value();
        title.openBalance = amount.value();
        written = repository.insertTitle(title);
    }
    if (!written || !m_db.commit()) {
        m_db.rollback();
        return written ? Error{QStringLiteral("sql"), {}, m_db.lastError().text()}
                       : written.error();
    }
    return debtor.id;
}

} // namespace quita
