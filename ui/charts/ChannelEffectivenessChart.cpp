#include "ChannelEffectivenessChart.h"

#include "ChartStyle.h"
#include "domain/ActivityKinds.h"
#include "item/KpiMetrics.h"

#include <qcustomplot.h>

namespace quita {

QString kpiChannelDisplayName(const QString &channel)
{
    const auto c = channelFromName(channel);
    return c ? channelDisplayName(*c) : channel;
}

ChannelEffectivenessChart::ChannelEffectivenessChart(QWidget *parent) : KpiChart(parent)
{
    setObjectName(QStringLiteral("channelEffectivenessChart"));
}

QString ChannelEffectivenessChart::title() const
{
    return report().attributionDays > 0 ? tr("Channel effectiveness (last touch within %n day(s))",
                                             nullptr, report().attributionDays)
                                        : kpiLabel(KpiMetric::ChannelEffectiveness);
}

QString ChannelEffectivenessChart::definition() const
{
    return kpiDefinition(KpiMetric::ChannelEffectiveness);
}

bool ChannelEffectivenessChart::draw(const KpiReport &report)
{
    m_rows.clear();
    QStringList names;
    double top = 0;
    QCustomPlot *p = plot();
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(tr("Payments per contact"));
    bars->setPen(Qt::NoPen);
    bars->setBrush(chart::seriesColor(2));
    bars->setWidth(0.6);
    bool any = false;
    for (qsizetype i = 0; i < report.byChannel.size(); ++i) {
        const KpiChannelRow &c = report.byChannel.at(i);
        if (c.activities == 0 && c.contacts == 0)
            continue;
        const double key = double(m_rows.size());
        m_rows << i;
        names << kpiChannelDisplayName(c.channel);
        if (c.effectiveness) {
            bars->addData(key, *c.effectiveness);
            top = std::max(top, *c.effectiveness);
            any = true;
        }
    }
    if (!any)
        return false;
    p->xAxis->setTicker(chart::categoryTicker(names));
    p->xAxis->setRange(-0.6, double(names.size()) - 0.4);
    p->xAxis->setLabel(tr("Channel"));
    p->xAxis->setTickLabelRotation(names.size() > 5 ? -35 : 0);
    p->yAxis->setTicker(chart::labelTicker([](double v) { return chart::percent(v, 1); }));
    p->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    p->yAxis->setLabel(tr("Payments / contacts"));
    return true;
}

QString ChannelEffectivenessChart::describe(QCPAbstractPlottable *plottable, int index,
                                            const QPoint &) const
{
    auto *bars = qobject_cast<QCPBars *>(plottable);
    if (!bars || index < 0 || index >= bars->dataCount())
        return {};
    const qsizetype key = qsizetype(std::llround(bars->data()->at(index)->key));
    const KpiChannelRow &c = report().byChannel.at(m_rows.at(key));
    return tr("%1: %2\n%3 payments / %4 contacts\n%5 attributed")
        .arg(kpiChannelDisplayName(c.channel), chart::rate(c.effectiveness),
             chart::count(double(c.payments)), chart::count(double(c.contacts)),
             chart::money(c.attributedCents));
}

KpiSelector ChannelEffectivenessChart::select(QCPAbstractPlottable *plottable, int index,
                                              const QPoint &, QString *caption) const
{
    auto *bars = qobject_cast<QCPBars *>(plottable);
    if (!bars || index < 0 || index >= bars->dataCount())
        return {};
    const qsizetype key = qsizetype(std::llround(bars->data()->at(index)->key));
    const KpiChannelRow &c = report().byChannel.at(m_rows.at(key));
    KpiSelector s;
    s.metric = QStringLiteral("collected");
    s.channel = c.channel;
    if (caption)
        *caption = tr("Payments attributed to %1").arg(kpiChannelDisplayName(c.channel));
    return s;
}

ChannelResultChart::ChannelResultChart(QWidget *parent) : KpiChart(parent)
{
    setObjectName(QStringLiteral("channelResultChart"));
    setMinimumHeight(340); // the legend of results takes a few lines under the bars
}

QString ChannelResultChart::title() const
{
    return tr("Activities by channel and result");
}

QString ChannelResultChart::definition() const
{
    return kpiDefinition(KpiMetric::Activities);
}

bool ChannelResultChart::draw(const KpiReport &report)
{
    m_rows.clear();
    QStringList names;
    QStringList results; // in order of first appearance
    for (qsizetype i = 0; i < report.byChannel.size(); ++i) {
        const KpiChannelRow &c = report.byChannel.at(i);
        if (c.activities == 0)
            continue;
        m_rows << i;
        names << kpiChannelDisplayName(c.channel);
        for (const auto &entry : c.byResult)
            if (!results.contains(entry.first))
                results << entry.first;
    }
    if (m_rows.isEmpty())
        return false;
    QCustomPlot *p = plot();
    QCPBars *below = nullptr;
    double top = 0;
    for (qsizetype r = 0; r < results.size(); ++r) {
        auto *bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setName(ResultCatalog::displayName(results.at(r)));
        bars->setPen(QPen(Qt::white, 0.5));
        bars->setBrush(chart::seriesColor(int(r)));
        bars->setWidth(0.6);
        for (qsizetype k = 0; k < m_rows.size(); ++k) {
            qint64 n = 0;
            for (const auto &entry : report.byChannel.at(m_rows.at(k)).byResult)
                if (entry.first == results.at(r))
                    n = entry.second;
            bars->addData(double(k), double(n));
        }
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (qsizetype k : m_rows)
        top = std::max(top, double(report.byChannel.at(k).activities));
    p->xAxis->setTicker(chart::categoryTicker(names));
    p->xAxis->setRange(-0.6, double(names.size()) - 0.4);
    p->xAxis->setLabel(tr("Channel"));
    p->xAxis->setTickLabelRotation(names.size() > 5 ? -35 : 0);
    p->yAxis->setTicker(chart::labelTicker([](double v) { return chart::count(v); }, true));
    p->yAxis->setRange(0, top * 1.1 + 1);
    p->yAxis->setLabel(tr("Activities"));
    chart::legendBelow(p, 4);
    return true;
}

bool ChannelResultChart::segment(QCPAbstractPlottable *plottable, int index, qsizetype *row,
                                 QString *result) const
{
    auto *bars = qobject_cast<QCPBars *>(plottable);
    if (!bars || index < 0 || index >= bars->dataCount() || bars->data()->at(index)->value <= 0)
        return false;
    const qsizetype k = qsizetype(std::llround(bars->data()->at(index)->key));
    *row = m_rows.at(k);
    for (const auto &entry : report().byChannel.at(*row).byResult)
        if (ResultCatalog::displayName(entry.first) == bars->name())
            *result = entry.first;
    return !result->isEmpty();
}

QString ChannelResultChart::describe(QCPAbstractPlottable *plottable, int index,
                                     const QPoint &) const
{
    qsizetype row = 0;
    QString result;
    if (!segment(plottable, index, &row, &result))
        return {};
    const KpiChannelRow &c = report().byChannel.at(row);
    auto *bars = static_cast<QCPBars *>(plottable);
    return tr("%1 – %2: %3 of %4 activities")
        .arg(kpiChannelDisplayName(c.channel), bars->name(),
             chart::count(bars->data()->at(index)->value), chart::count(double(c.activities)));
}

KpiSelector ChannelResultChart::select(QCPAbstractPlottable *plottable, int index, const QPoint &,
                                       QString *caption) const
{
    qsizetype row = 0;
    QString result;
    if (!segment(plottable, index, &row, &result))
        return {};
    const KpiChannelRow &c = report().byChannel.at(row);
    KpiSelector s; // the segment's own activities: its channel and result, either direction
    s.metric = QStringLiteral("activities");
    s.channel = c.channel;
    s.result = result;
    if (caption)
        *caption =
            tr("%1 – %2").arg(kpiChannelDisplayName(c.channel), ResultCatalog::displayName(result));
    return s;
}

} // namespace quita
