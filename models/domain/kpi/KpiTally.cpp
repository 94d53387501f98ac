#include "KpiTally.h"

#include "KpiDefinitions.h"

#include <QJsonValue>

namespace quita {
namespace {

QJsonValue rateJson(qint64 numerator, qint64 denominator)
{
    const auto rate = kpiRate(numerator, denominator);
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

} // namespace

KpiTally &KpiTally::operator+=(const KpiTally &o)
{
    activities += o.activities;
    callAttempts += o.callAttempts;
    rpc += o.rpc;
    ptp += o.ptp;
    promisesMade += o.promisesMade;
    promisesDue += o.promisesDue;
    promisesKept += o.promisesKept;
    agreementsClosed += o.agreementsClosed;
    agreementsDue += o.agreementsDue;
    agreementsBroken += o.agreementsBroken;
    collectedCents += o.collectedCents;
    agentHours += o.agentHours;
    outstandingStartCents += o.outstandingStartCents;
    collectedFromOutstandingCents += o.collectedFromOutstandingCents;
    placedCents += o.placedCents;
    collectedFromPlacedCents += o.collectedFromPlacedCents;
    return *this;
}

QJsonObject KpiTally::toJson() const
{
    QJsonValue perHour(QJsonValue::Null);
    if (agentHours > 0) // rounded to the centavo, half away from zero
        perHour = qint64((2 * collectedCents + (collectedCents >= 0 ? agentHours : -agentHours)) /
                         (2 * agentHours));
    return {
        {QStringLiteral("activities"), activities},
        {QStringLiteral("call_attempts"), callAttempts},
        {QStringLiteral("rpc"), rpc},
        {QStringLiteral("rpc_rate"), rateJson(rpc, callAttempts)},
        {QStringLiteral("ptp"), ptp},
        {QStringLiteral("ptp_rate"), rateJson(ptp, rpc)},
        {QStringLiteral("promises_made"), promisesMade},
        {QStringLiteral("promises_due"), promisesDue},
        {QStringLiteral("promises_kept"), promisesKept},
        {QStringLiteral("promise_kept_rate"), rateJson(promisesKept, promisesDue)},
        {QStringLiteral("agreements_closed"), agreementsClosed},
        {QStringLiteral("agreements_due"), agreementsDue},
        {QStringLiteral("agreements_broken"), agreementsBroken},
        {QStringLiteral("agreement_break_rate"), rateJson(agreementsBroken, agreementsDue)},
        {QStringLiteral("collected_cents"), collectedCents},
        {QStringLiteral("agent_hours"), double(agentHours)},
        {QStringLiteral("collected_per_agent_hour_cents"), perHour},
        {QStringLiteral("outstanding_start_cents"), outstandingStartCents},
        {QStringLiteral("recovery_rate"),
         rateJson(collectedFromOutstandingCents, outstandingStartCents)},
        {QStringLiteral("placed_cents"), placedCents},
        {QStringLiteral("liquidation_rate"), rateJson(collectedFromPlacedCents, placedCents)},
    };
}

bool isCallAttempt(const QString &channel, const QString &direction)
{
    return channel == QLatin1String("phone") && direction == QLatin1String("outbound");
}

void tallyActivity(KpiTally &tally, const QString &channel, const QString &direction,
                   const QString &result, qint64 count, const ResultCatalog &catalog)
{
    tally.activities += count;
    if (!isCallAttempt(channel, direction))
        return;
    tally.callAttempts += count;
    if (catalog.isRightParty(result))
        tally.rpc += count;
    if (result == QLatin1String("ptp"))
        tally.ptp += count;
}

} // namespace quita
