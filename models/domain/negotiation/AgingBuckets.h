#pragma once

#include <QList>
#include <QString>

namespace quita {

// An aging bucket by days past due: minDays..maxDays inclusive; maxDays < 0 means no
// upper bound.
struct AgingBucket
{
    QString name; // machine name, e.g. "31-60"
    int minDays = 0;
    int maxDays = -1;

    bool contains(int daysPastDue) const
    {
        return daysPastDue >= minDays && (maxDays < 0 || daysPastDue <= maxDays);
    }
};

// The aging buckets used on every chart and by the negotiation policy, as data.
struct AgingBuckets
{
    QList<AgingBucket> buckets;

    // DOMAIN.md "KPIs": current (not past due), 1-30, 31-60, 61-90, 91-180, 181-360 and
    // "360+" (361 days and more, so that 360 itself stays in 181-360).
    static AgingBuckets defaults();

    // Index into `buckets` of the first bucket holding `daysPastDue` (negative days
    // count as current), or -1 when none does. No allocation: safe on hot paths.
    int indexFor(int daysPastDue) const;
    // Its machine name, or an empty string.
    QString nameFor(int daysPastDue) const;
};

} // namespace quita
