#pragma once

#include "domain/ContactPoint.h"
#include "domain/Debtor.h"
#include "domain/Result.h"
#include "domain/Title.h"

#include <QSqlDatabase>

#include <optional>

namespace quita {

// What the workspace header shows about a debtor, in one query.
struct DebtorOverview
{
    Debtor debtor;
    QString portfolioName;
    QString creditorName;
    QString creditorDocument;
    Money totalDue;
    QDate oldestDueDate;      // invalid when nothing is due
    QDate openPromiseDue;     // invalid when no open promise
    QString agreementStatus;  // of the latest agreement; empty when none
    QDate nextInstallmentDue; // of a pending or active agreement; invalid when none
};

class DebtorRepository
{
public:
    explicit DebtorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<DebtorOverview> overview(const QUuid &debtorId) const;
    QList<ContactPoint> contactPoints(const QUuid &debtorId) const;
    QList<Title> titles(const QUuid &debtorId) const;
    int count() const;

    // Validates (name, document, state) and writes the debtor; the error names the field.
    Status insert(const Debtor &debtor);
    Status insertContactPoint(const ContactPoint &point);
    Status insertTitle(const Title &title);

private:
    QSqlDatabase m_db;
};

} // namespace quita
