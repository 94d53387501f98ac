#pragma once

#include "domain/Portfolio.h"
#include "domain/Result.h"

#include <QDate>
#include <QLocale>
#include <QSqlDatabase>

namespace quita {

// What a person types to place one debtor by hand, as typed.
struct NewDebtorDraft
{
    QUuid portfolioId;
    QString name;
    QString document; // CPF or CNPJ, with or without punctuation
    QString state;    // UF
    QString city;
    QString phone; // optional
    QString email; // optional
    QString contractNumber;
    QString amount; // open balance of the contract, e.g. "1.234,56"
    QDate dueDate;
};

struct PortfolioChoice
{
    Portfolio portfolio;
    QString creditorName;
};

// Places a debtor by hand: validates every field (the error names it), refuses a
// document already placed in the same portfolio, and writes the debtor, its contact
// points and its title in one transaction, so a refusal leaves nothing behind.
class DebtorRegistration
{
public:
    explicit DebtorRegistration(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<PortfolioChoice> portfolios() const;
    Result<QUuid> registerDebtor(const NewDebtorDraft &draft, const QDate &today,
                                 const QLocale &locale = QLocale());

private:
    QSqlDatabase m_db;
};

} // namespace quita
