#include "AgingBuckets.h"

namespace quita {

AgingBuckets AgingBuckets::defaults()
{
    return AgingBuckets{{
        {QStringLiteral("current"), 0, 0},
        {QStringLiteral("1-30"), 1, 30},
        {QStringLiteral("31-60"), 31, 60},
        {QStringLiteral("61-90"), 61, 90},
        {QStringLiteral("91-180"), 91, 180},
        {QStringLiteral("181-360"), 181, 360},
        {QStringLiteral("360+"), 361, -1},
    }};
}

int AgingBuckets::indexFor(int daysPastDue) const
{
    const int days = daysPastDue < 0 ? 0 : daysPastDue;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (buckets.at(i).contains(days))
            return int(i);
    }
    return -1;
}

QString AgingBuckets::nameFor(int daysPastDue) const
{
    const int i = indexFor(daysPastDue);
    return i < 0 ? QString() : buckets.at(i).name;
}

} // namespace quita
