#pragma once

#include "domain/Money.h"
#include "domain/negotiation/BalanceBreakdown.h"
#include "domain/negotiation/Scenario.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace quita {

// One payment of an agreement. `ourNumber` is empty until the server gave it out (an
// agreement made offline); without it there is no boleto or PIX code yet.
struct AgreementInstallment
{
    QUuid id;
    int number = 0;
    QDate due;
    Money amount;
    QString ourNumber; // 11 digits, or empty
    QString status;    // "open", "paid", "cancelled"
    Money paid;
    QDate paidOn;
};

// A signed renegotiation (acordo): what was owed, the discount, the schedule.
// Status: "pending" (first payment not made), "active", "settled", "broken", "cancelled".
struct Agreement
{
    QUuid id;
    QUuid debtorId;
    QUuid creditorId;
    ScenarioKind kind = ScenarioKind::Full;
    QString status;
    QDate asOf;
    BalanceBreakdown balance; // the updated balance the offer was made on
    Money discount;
    Money total;
    double monthlyRate = 0.0;
    QList<QUuid> titleIds;
    QUuid approvalId;
    QString createdBy; // display name
    QDateTime createdAt;
    qint64 version = 0;
    QList<AgreementInstallment> installments;
};

} // namespace quita
