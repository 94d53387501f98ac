#pragma once

#include <QDate>
#include <QString>
#include <QUrlQuery>

namespace quita {

// The filters of every performance chart: the period, and optionally one portfolio,
// one agent and one channel (ids and machine names; empty: all).
struct KpiFilter
{
    QDate from;
    QDate to;
    QString portfolio;
    QString agent;
    QString channel;
    int attributionDays = 0; // 0: the server's setting

    // from=...&to=...&agent=... (only what is set), for GET /api/v1/kpis.
    QUrlQuery query() const;
    bool operator==(const KpiFilter &) const = default;
};

// What a clicked bar or cell stands for, for GET /api/v1/kpis/accounts: the metric
// (call_attempts, rpc, ptp, promises_due, promises_kept, collected, agreements_broken,
// aging, roll, vintage) and the selector of the bar (a day, an agent, ...).
struct KpiSelector
{
    QString metric;
    QDate day;
    QString agent;
    QString channel;
    QString bucket;
    QString fromBucket;
    QString toBucket;
    QString placementMonth;
    QString result; // metric activities: one result of the channel

    bool isValid() const { return !metric.isEmpty(); }
    // The filter's query with the selector's keys added (a selector's agent or channel
    // replaces the filter's).
    QUrlQuery query(const KpiFilter &filter) const;
};

} // namespace quita
