#include "WorkQueueRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace quita {
namespace {

constexpr qint64 kReasonStride = 100'000'000'000'000;  // 1e14
constexpr qint64 kMaxRankedCents = 10'000'000'000'000; // 1e13 centavos

qint64 rankFor(QueueReason reason, const QueueFacts &facts)
{
    // Inside a reason the larger balance goes first.
    const qint64 cents = std::clamp<qint64>(facts.totalDue.cents(), 0, kMaxRankedCents - 1);
    return qint64(reason) * kReasonStride + (kMaxRankedCents - cents);
}

} // namespace

QString queueReasonName(QueueReason reason)
{
    switch (reason) {
    case QueueReason::PromiseDueToday:
        return QStringLiteral("promise_due_today");
    case QueueReason::InstallmentDue:
        return QStringLiteral("installment_due");
    case QueueReason::BrokenPromise:
        return QStringLiteral("broken_promise");
    case QueueReason::BrokenAgreement:
        return QStringLiteral("broken_agreement");
    case QueueReason::CallbackDue:
        return QStringLiteral("callback_due");
    case QueueReason::InboundWaiting:
        return QStringLiteral("inbound_waiting");
    case QueueReason::NewPlacement:
        return QStringLiteral("new_placement");
    case QueueReason::NeverContacted:
        return QStringLiteral("never_contacted");
    case QueueReason::FollowUp:
        return QStringLiteral("follow_up");
    }
    return {};
}

QString queueReasonDisplay(QueueReason reason)
{
    switch (reason) {
    case QueueReason::PromiseDueToday:
        return QCoreApplication::translate("QueueReason", "Promise due today");
    case QueueReason::InstallmentDue:
        return QCoreApplication::translate("QueueReason", "Installment due");
    case QueueReason::BrokenPromise:
        return QCoreApplication::translate("QueueReason", "Broken promise");
    case QueueReason::BrokenAgreement:
        return QCoreApplication::translate("QueueReason", "Broken agreement");
    case QueueReason::CallbackDue:
        return QCoreApplication::translate("QueueReason", "Callback due");
    case QueueReason::InboundWaiting:
        return QCoreApplication::translate("QueueReason", "Inbound to answer");
    case QueueReason::NewPlacement:
        return QCoreApplication::translate("QueueReason", "New placement");
    case QueueReason::NeverContacted:
        return QCoreApplication::translate("QueueReason", "Never contacted");
    case QueueReason::FollowUp:
        return QCoreApplication::translate("QueueReason", "Follow-up");
    }
    return {};
}

std::optional<QueueDecision> decideQueue(const QueueFacts &facts, const QDateTime &now,
                                         const QDate &today, const QueueRulesConfig &config)
{
    auto decide = [&](QueueReason reason) {
        return std::optional<QueueDecision>(QueueDecision{reason, rankFor(reason, facts)});
    };

    if (facts.earliestOpenPromiseDue.isValid() && facts.earliestOpenPromiseDue == today)
        return decide(QueueReason::PromiseDueToday);
    // An installment due today, or late but not yet past the grace days (the agreement
    // would be broken then): call before it breaks.
    if (facts.nextInstallmentDue.isValid() && facts.nextInstallmentDue <= today)
        return decide(QueueReason::InstallmentDue);
    if (facts.earliestOpenPromiseDue.isValid() && facts.earliestOpenPromiseDue < today)
        return decide(QueueReason::BrokenPromise);
    if (facts.agreementBroken)
        return decide(QueueReason::BrokenAgreement);
    if (facts.nextCallbackAt.isValid() && facts.nextCallbackAt.toLocalTime().date() <= today)
        return decide(QueueReason::CallbackDue);
    if (facts.lastInboundAt.isValid() &&
        (!facts.lastOutboundAt.isValid() || facts.lastOutboundAt < facts.lastInboundAt))
        return decide(QueueReason::InboundWaiting);

    const bool owes = facts.totalDue.cents() > 0;
    if (!owes)
        return std::nullopt;
    if (!facts.lastOutboundAt.isValid()) {
        if (facts.placedOn.isValid() && facts.placedOn.daysTo(today) <= config.newPlacementDays)
            return decide(QueueReason::NewPlacement);
        return decide(QueueReason::NeverContacted);
    }
    if (facts.oldestDueDate.isValid() && facts.oldestDueDate < today &&
        facts.lastOutboundAt.secsTo(now) >= qint64(config.followUpDays) * 86400)
        return decide(QueueReason::FollowUp);
    return std::nullopt;
}

} // namespace quita
