#include "VintageChart.h"

#include "ChartStyle.h"
#include "item/KpiMetrics.h"

#include <qcustomplot.h>

namespace quita {

QString kpiMonthDisplayName(const QString &month)
{
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("MM/yyyy")) : month;
}

VintageChart::VintageChart(QWidget *parent) : KpiChart(parent)
{
    setObjectName(QStringLiteral("vintageChart"));
    setMinimumHeight(300);
}

QString VintageChart::title() const
{
    return tr("Recovery curves by placement month");
}

QString VintageChart::definition() const
{
    return kpiDefinition(KpiMetric::VintageRecovery);
}

QString VintageChart::emptyText() const
{
    return tr("No placement to follow in this scope.");
}

bool VintageChart::draw(const KpiReport &report)
{
    QCustomPlot *p = plot();
    const qsizetype n = report.vintages.size();
    double top = 0;
    int months = 0;
    bool any = false;
    QList<QCPGraph *> graphs;
    for (qsizetype i = 0; i < n; ++i) {
        const KpiVintage &v = report.vintages.at(i);
        auto *graph = new QCPGraph(p->xAxis, p->yAxis);
        graph->setName(kpiMonthDisplayName(v.placementMonth));
        // Oldest light, newest dark: the eye follows how recent vintages compare.
        const double age = n > 1 ? double(i) / double(n - 1) : 1.0;
        QColor color = QColor::fromRgbF(float(0.75 - 0.72 * age), float(0.82 - 0.55 * age),
                                        float(0.92 - 0.30 * age));
        graph->setPen(QPen(color, i == n - 1 ? 2.2 : 1.4));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
        for (const KpiVintagePoint &point : v.curve) {
            graph->addData(point.month, point.recoveryRate ? *point.recoveryRate : qQNaN());
            if (point.recoveryRate) {
                top = std::max(top, *point.recoveryRate);
                any = true;
            }
            months = std::max(months, point.month);
        }
        graphs << graph;
    }
    if (!any)
        return false;
    // The legend names the oldest, a middle and the newest vintage, not all of them.
    for (qsizetype i = 0; i < graphs.size(); ++i)
        if (graphs.size() > 6 && i != 0 && i != graphs.size() / 2 && i != graphs.size() - 1)
            graphs.at(i)->removeFromLegend();
    p->xAxis->setTicker(chart::labelTicker([](double m) { return chart::count(m); }, true));
    p->xAxis->setRange(-0.3, std::max(1, months) + 0.3);
    p->xAxis->setLabel(tr("Months since placement"));
    p->yAxis->setTicker(chart::percentTicker());
    p->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    p->yAxis->setLabel(tr("Collected / placed (cumulative)"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    return true;
}

const KpiVintage *VintageChart::vintageOf(QCPAbstractPlottable *plottable) const
{
    for (int i = 0; i < plot()->plottableCount(); ++i)
        if (plot()->plottable(i) == plottable && i < report().vintages.size())
            return &report().vintages.at(i);
    return nullptr;
}

QString VintageChart::describe(QCPAbstractPlottable *plottable, int index, const QPoint &) const
{
    const KpiVintage *v = vintageOf(plottable);
    if (!v || index < 0 || index >= v->curve.size())
        return {};
    const KpiVintagePoint &point = v->curve.at(index);
    return tr("Placed in %1: %2 accounts, %3\nMonth %4: %5 collected (%6)")
        .arg(kpiMonthDisplayName(v->placementMonth), chart::count(double(v->accounts)),
             chart::money(v->placedCents), QString::number(point.month),
             chart::money(point.collectedCents), chart::rate(point.recoveryRate));
}

KpiSelector VintageChart::select(QCPAbstractPlottable *plottable, int, const QPoint &,
                                 QString *caption) const
{
    const KpiVintage *v = vintageOf(plottable);
    if (!v)
        return {};
    KpiSelector s;
    s.metric = QStringLiteral("vintage");
    s.placementMonth = v->placementMonth;
    if (caption)
        *caption = tr("Accounts placed in %1").arg(kpiMonthDisplayName(v->placementMonth));
    return s;
}

} // namespace quita
