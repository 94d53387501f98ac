#pragma once

#include "Money.h"

#include <QDate>
#include <QUuid>

namespace quita {

// Promessa de pagamento: a dated promise to pay an amount, kept or broken.
struct Promise
{
    enum class Status
    {
        Open,
        Kept,
        Broken,
        Cancelled
    };

    QUuid id;
    QUuid debtorId;
    QUuid activityId; // the contact in which it was made
    QDate dueDate;
    Money amount;
    Status status = Status::Open;

    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
};

} // namespace quita
