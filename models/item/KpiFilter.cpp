#include "KpiFilter.h"

namespace quita {

QUrlQuery KpiFilter::query() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    const auto add = [&q](const char *key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(QLatin1String(key), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add("agent", agent);
    add("portfolio", portfolio);
    add("channel", channel);
    if (attributionDays > 0)
        q.addQueryItem(QStringLiteral("attribution_days"), QString::number(attributionDays));
    return q;
}

QUrlQuery KpiSelector::query(const KpiFilter &filter) const
{
    KpiFilter scoped = filter;
    if (!agent.isEmpty())
        scoped.agent = agent;
    if (!channel.isEmpty())
        scoped.channel = channel;
    QUrlQuery q = scoped.query();
    q.addQueryItem(QStringLiteral("metric"), metric);
    const auto add = [&q](const char *key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(QLatin1String(key), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    if (day.isValid())
        q.addQueryItem(QStringLiteral("day"), day.toString(Qt::ISODate));
    add("bucket", bucket);
    add("from_bucket", fromBucket);
    add("to_bucket", toBucket);
    add("placement_month", placementMonth);
    add("result", result);
    return q;
}

} // namespace quita
