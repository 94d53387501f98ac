#include "RollRateHeatMap.h"

#include "AgingChart.h"
#include "ChartStyle.h"
#include "item/KpiMetrics.h"

#include <qcustomplot.h>

namespace quita {

RollRateHeatMap::RollRateHeatMap(QWidget *parent) : KpiChart(parent)
{
    setObjectName(QStringLiteral("rollRateHeatMap"));
    setMinimumHeight(300);
}

QString RollRateHeatMap::title() const
{
    return tr("Roll rates between aging buckets");
}

QString RollRateHeatMap::definition() const
{
    return kpiDefinition(KpiMetric::RollRate);
}

QString RollRateHeatMap::emptyText() const
{
    return tr("No account to follow between buckets in this period.");
}

bool RollRateHeatMap::draw(const KpiReport &report)
{
    const KpiRollRates &r = report.rollRates;
    const int n = int(r.buckets.size());
    qint64 total = 0;
    for (const auto &row : r.counts)
        for (qint64 c : row)
            total += c;
    if (n == 0 || total == 0)
        return false;
    QCustomPlot *p = plot();
    auto *map = new QCPColorMap(p->xAxis, p->yAxis);
    map->setName(tr("Roll rate"));
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(0xF7, 0xFB, 0xFF));
    gradient.setColorStopAt(0.5, QColor(0x6B, 0xAE, 0xD6));
    gradient.setColorStopAt(1, QColor(0x08, 0x30, 0x6B));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, 1));
    map->setInterpolate(false);
    QStringList names;
    for (const QString &b : r.buckets)
        names << kpiBucketDisplayName(b);
    for (int from = 0; from < n; ++from) {
        for (int to = 0; to < n; ++to) {
            const KpiRate rate = r.rates.at(from).at(to);
            map->data()->setCell(to, from, rate ? *rate : qQNaN());
            if (!rate)
                continue;
            auto *label = new QCPItemText(p);
            label->position->setType(QCPItemPosition::ptPlotCoords);
            label->position->setAxes(p->xAxis, p->yAxis);
            label->position->setCoords(to, from);
            label->setText(chart::percent(*rate));
            label->setColor(*rate > 0.45 ? Qt::white : chart::inkColor());
            label->setSelectable(false);
        }
    }
    p->xAxis->setTicker(chart::categoryTicker(names));
    p->yAxis->setTicker(chart::categoryTicker(names));
    p->xAxis->setRange(-0.5, n - 0.5);
    p->yAxis->setRange(-0.5, n - 0.5);
    p->yAxis->setRangeReversed(true);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setLabel(tr("Bucket at the end of the period"));
    p->yAxis->setLabel(tr("Bucket at the start of the period"));
    p->xAxis->setTickLabelRotation(n > 5 ? -30 : 0);
    return true;
}

QPoint RollRateHeatMap::cellCenter(int row, int column) const
{
    return QPoint(int(plot()->xAxis->coordToPixel(column)), int(plot()->yAxis->coordToPixel(row)));
}

QCPAbstractPlottable *RollRateHeatMap::hit(const QPoint &pos, int *index) const
{
    if (!hasData() || plot()->plottableCount() == 0)
        return nullptr;
    const int n = int(report().rollRates.buckets.size());
    const int column = int(std::floor(plot()->xAxis->pixelToCoord(pos.x()) + 0.5));
    const int row = int(std::floor(plot()->yAxis->pixelToCoord(pos.y()) + 0.5));
    if (row < 0 || row >= n || column < 0 || column >= n)
        return nullptr;
    *index = row * n + column;
    return plot()->plottable(0);
}

QString RollRateHeatMap::describe(QCPAbstractPlottable *, int index, const QPoint &) const
{
    const KpiRollRates &r = report().rollRates;
    const int n = int(r.buckets.size());
    const int from = index / n;
    const int to = index % n;
    qint64 rowTotal = 0;
    for (qint64 c : r.counts.at(from))
        rowTotal += c;
    return tr("From %1 to %2: %3\n%4 of %5 accounts")
        .arg(kpiBucketDisplayName(r.buckets.at(from)), kpiBucketDisplayName(r.buckets.at(to)),
             chart::rate(r.rates.at(from).at(to)), chart::count(double(r.counts.at(from).at(to))),
             chart::count(double(rowTotal)));
}

KpiSelector RollRateHeatMap::select(QCPAbstractPlottable *, int index, const QPoint &,
                                    QString *caption) const
{
    const KpiRollRates &r = report().rollRates;
    const int n = int(r.buckets.size());
    const int from = index / n;
    const int to = index % n;
    if (r.counts.at(from).at(to) == 0)
        return {};
    KpiSelector s;
    s.metric = QStringLiteral("roll");
    s.fromBucket = r.buckets.at(from);
    s.toBucket = r.buckets.at(to);
    if (caption)
        *caption = tr("From %1 to %2")
                       .arg(kpiBucketDisplayName(s.fromBucket), kpiBucketDisplayName(s.toBucket));
    return s;
}

} // namespace quita
