#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace quita {

// A rate is a fraction 0..1, or nothing when its denominator was zero ("no data": a
// chart draws nothing and a label shows "—", never 0).
using KpiRate = std::optional<double>;

// The figures of GET /api/v1/kpis "totals", and of each agent in "by_agent".
struct KpiFigures
{
    qint64 activities = 0;
    qint64 callAttempts = 0;
    qint64 rpc = 0;
    KpiRate rpcRate;
    qint64 ptp = 0;
    KpiRate ptpRate;
    qint64 promisesMade = 0;
    qint64 promisesDue = 0;
    qint64 promisesKept = 0;
    KpiRate promiseKeptRate;
    qint64 agreementsClosed = 0;
    qint64 agreementsDue = 0;
    qint64 agreementsBroken = 0;
    KpiRate agreementBreakRate;
    qint64 collectedCents = 0;
    double agentHours = 0;
    std::optional<qint64> collectedPerAgentHourCents;
    qint64 outstandingStartCents = 0;
    KpiRate recoveryRate;
    qint64 placedCents = 0;
    KpiRate liquidationRate;
};

struct KpiAgentRow
{
    QString agentId;
    QString agentName;
    KpiFigures figures;
};

struct KpiChannelRow
{
    QString channel; // machine name, e.g. "phone"
    qint64 activities = 0;
    qint64 contacts = 0;
    qint64 payments = 0;
    qint64 attributedCents = 0;
    KpiRate effectiveness;
    QList<QPair<QString, qint64>> byResult; // result machine name -> activities, as sent
};

struct KpiDay
{
    QDate day;
    qint64 activities = 0;
    qint64 callAttempts = 0;
    qint64 rpc = 0;
    qint64 ptp = 0;
    qint64 promisesMade = 0;
    qint64 promisesKept = 0;
    qint64 agreementsClosed = 0;
    qint64 collectedCents = 0;
};

struct KpiAgingBucket
{
    QString bucket; // current, 1-30, 31-60, 61-90, 91-180, 181-360, 360+
    qint64 accounts = 0;
    qint64 balanceCents = 0;
};

// Row: the bucket at the start of the period; column: the bucket at its end.
struct KpiRollRates
{
    QStringList buckets;
    QList<QList<qint64>> counts;
    QList<QList<KpiRate>> rates;
};

struct KpiVintagePoint
{
    int month = 0;             // months since placement
    qint64 collectedCents = 0; // cumulative
    KpiRate recoveryRate;
};

struct KpiVintage
{
    QString placementMonth; // "2026-03"
    qint64 accounts = 0;
    qint64 placedCents = 0;
    QList<KpiVintagePoint> curve;
};

// Per day of the report's scope; 0: no target set (no target line is drawn).
struct KpiReportTargets
{
    qint64 collectedCentsPerDay = 0;
    double agreementsPerDay = 0;
    double rpcPerDay = 0;
};

// The answer of GET /api/v1/kpis (the same from the server and from the desk's local
// store), parsed and checked. A value of the wrong type is refused naming its field,
// e.g. "by_agent[3].rpc_rate".
struct KpiReport
{
    QDate from;
    QDate to;
    int attributionDays = 0;
    KpiFigures totals;
    QList<KpiAgentRow> byAgent;
    QList<KpiChannelRow> byChannel;
    QList<KpiDay> byDay;
    QList<KpiAgingBucket> aging;
    KpiRollRates rollRates;
    QList<KpiVintage> vintages;
    KpiReportTargets targets;

    static Result<KpiReport> fromJson(const QJsonObject &json);
    // The day's figures, or nullptr when the day is not in by_day.
    const KpiDay *day(const QDate &date) const;
    // Nothing happened: no activity, no payment, no agreement in the period.
    bool isQuiet() const;
};

// The aging buckets of DOMAIN.md, in order.
QStringList kpiAgingBuckets();

} // namespace quita
