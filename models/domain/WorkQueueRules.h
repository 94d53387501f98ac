#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace quita {

// Why a debtor is in today's work queue. The order of the enum is the priority
// order documented in README ("Work queue priority"): the first matching reason wins.
enum class QueueReason
{
    PromiseDueToday, // an open promise falls due today
    InstallmentDue,  // an agreement's installment falls due today or is late (in grace)
    BrokenPromise,   // an open promise passed its due date unpaid
    BrokenAgreement, // the debtor's latest agreement broke
    CallbackDue,     // a callback scheduled for today (any hour) or an earlier day
    InboundWaiting,  // the debtor wrote or called and nobody answered since
    NewPlacement,    // placed in the last N days and not yet contacted
    NeverContacted,  // never had an outbound contact
    FollowUp,        // past due and no outbound contact for N days
};

QString queueReasonName(QueueReason reason);
QString queueReasonDisplay(QueueReason reason);

// What the store knows of one debtor, gathered in one pass.
struct QueueFacts
{
    QDate earliestOpenPromiseDue; // invalid when none open
    QDate nextInstallmentDue;     // of a pending or active agreement; invalid when none
    bool agreementBroken = false; // the latest agreement is broken
    QDateTime nextCallbackAt;     // UTC; invalid when none
    QDateTime lastInboundAt;      // UTC; invalid when none
    QDateTime lastOutboundAt;     // UTC; invalid when none
    QDate placedOn;
    QDate oldestDueDate; // oldest open title's due date
    Money totalDue;
};

struct QueueRulesConfig
{
    int newPlacementDays = 7;
    int followUpDays = 5;
};

struct QueueDecision
{
    QueueReason reason;
    // Sort key inside the queue: lower first. Encodes the reason and then, inside a
    // reason, the more urgent (older due, larger balance) first.
    qint64 rank;
};

// The rules, in one place. `now` is UTC, `today` the desk's calendar day.
std::optional<QueueDecision> decideQueue(const QueueFacts &facts, const QDateTime &now,
                                         const QDate &today, const QueueRulesConfig &config = {});

} // namespace quita
