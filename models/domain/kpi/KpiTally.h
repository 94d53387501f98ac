#pragma once

#include "domain/ActivityKinds.h"

#include <QJsonObject>
#include <QString>

namespace quita {

// The counts behind one row of the report's `totals` / `by_agent` (DOMAIN.md "KPIs").
// Everything is a count or centavos; the rates are derived in toJson(), "no data" (null)
// when their denominator is 0. The SQL aggregation fills it from grouped counts; the
// tests fill it row by row with the functions below and compare.
struct KpiTally
{
    qint64 activities = 0;
    qint64 callAttempts = 0;
    qint64 rpc = 0;
    qint64 ptp = 0;
    qint64 promisesMade = 0;
    qint64 promisesDue = 0;
    qint64 promisesKept = 0;
    qint64 agreementsClosed = 0;
    qint64 agreementsDue = 0;
    qint64 agreementsBroken = 0;
    qint64 collectedCents = 0;
    qint64 agentHours = 0;
    qint64 outstandingStartCents = 0;
    qint64 collectedFromOutstandingCents = 0; // collected from accounts placed before `from`
    qint64 placedCents = 0;
    qint64 collectedFromPlacedCents = 0; // collected from accounts placed in the period

    KpiTally &operator+=(const KpiTally &other);
    bool operator==(const KpiTally &) const = default;

    // Every key of the contract's `totals`, rates included.
    QJsonObject toJson() const;
};

// Counts one activity (or `count` alike) into `tally`: every activity; an outbound phone
// activity is a call attempt; a call attempt with a right-party result (the catalogue's)
// a right-party contact; with the result "ptp" a promise to pay.
void tallyActivity(KpiTally &tally, const QString &channel, const QString &direction,
                   const QString &result, qint64 count = 1,
                   const ResultCatalog &catalog = ResultCatalog::defaults());
bool isCallAttempt(const QString &channel, const QString &direction);

} // namespace quita
