#pragma once

#include "Money.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace quita {

// A contract or invoice the debtor owes (titulo).
struct Title
{
    QUuid id;
    QUuid debtorId;
    QString number; // contract or invoice number as the creditor knows it
    QString kind;   // "contract", "invoice", "card", "loan"
    QDate issueDate;
    QDate dueDate;
    Money principal;   // original amount
    Money openBalance; // principal still unpaid
    bool disputed = false;

    int daysPastDue(const QDate &today) const
    {
        return dueDate.isValid() && today > dueDate ? int(dueDate.daysTo(today)) : 0;
    }
};

} // namespace quita
