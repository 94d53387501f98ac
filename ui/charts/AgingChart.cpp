#include "AgingChart.h"

#include "ChartStyle.h"
#include "item/KpiMetrics.h"

#include <qcustomplot.h>

namespace quita {

QString kpiBucketDisplayName(const QString &bucket)
{
    if (bucket == QLatin1String("current"))
        return AgingChart::tr("Current");
    if (bucket == QLatin1String("360+"))
        return AgingChart::tr("Over 360 days");
    const QStringList ends = bucket.split(QLatin1Char('-'));
    if (ends.size() == 2)
        return AgingChart::tr("%1–%2 days").arg(ends.at(0), ends.at(1));
    return bucket;
}

QColor kpiBucketColor(int i)
{
    // Green (current) through yellow to dark red (360+).
    static const QColor colors[] = {QColor(0x1A, 0x98, 0x50), QColor(0x91, 0xCF, 0x60),
                                    QColor(0xD9, 0xEF, 0x8B), QColor(0xFE, 0xE0, 0x8B),
                                    QColor(0xFC, 0x8D, 0x59), QColor(0xD7, 0x30, 0x27),
                                    QColor(0x8E, 0x10, 0x1A)};
    return colors[std::clamp(i, 0, 6)];
}

AgingChart::AgingChart(QWidget *parent) : KpiChart(parent)
{
    setObjectName(QStringLiteral("agingChart"));
    setMinimumHeight(200);
}

QString AgingChart::title() const
{
    return tr("Aging: accounts and balance by days past due");
}

QString AgingChart::definition() const
{
    return kpiDefinition(KpiMetric::Aging);
}

QString AgingChart::emptyText() const
{
    return tr("No open balance in this scope.");
}

bool AgingChart::draw(const KpiReport &report)
{
    qint64 accounts = 0;
    qint64 balance = 0;
    for (const KpiAgingBucket &b : report.aging) {
        accounts += b.accounts;
        balance += b.balanceCents;
    }
    if (accounts == 0 && balance == 0)
        return false;
    QCustomPlot *p = plot();
    QCPBars *below = nullptr;
    for (qsizetype i = 0; i < report.aging.size(); ++i) {
        const KpiAgingBucket &b = report.aging.at(i);
        auto *bars = new QCPBars(p->yAxis, p->xAxis);
        bars->setName(kpiBucketDisplayName(b.bucket));
        bars->setPen(QPen(Qt::white, 1));
        bars->setBrush(kpiBucketColor(int(i)));
        bars->setWidth(0.6);
        const double accountShare = accounts > 0 ? double(b.accounts) / double(accounts) : 0;
        const double balanceShare = balance > 0 ? double(b.balanceCents) / double(balance) : 0;
        bars->addData(0, accountShare);
        bars->addData(1, balanceShare);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    // The share written on the segments wide enough to hold it.
    double startAccounts = 0;
    double startBalance = 0;
    for (qsizetype i = 0; i < report.aging.size(); ++i) {
        const KpiAgingBucket &b = report.aging.at(i);
        const double shares[2] = {accounts > 0 ? double(b.accounts) / double(accounts) : 0,
                                  balance > 0 ? double(b.balanceCents) / double(balance) : 0};
        double *starts[2] = {&startAccounts, &startBalance};
        for (int row = 0; row < 2; ++row) {
            if (shares[row] >= 0.06) {
                auto *label = new QCPItemText(p);
                label->position->setType(QCPItemPosition::ptPlotCoords);
                label->position->setAxes(p->xAxis, p->yAxis);
                label->position->setCoords(*starts[row] + shares[row] / 2, row);
                label->setText(chart::percent(shares[row]));
                label->setColor(i >= 5 ? Qt::white : chart::inkColor());
                label->setSelectable(false);
                label->setClipToAxisRect(true);
            }
            *starts[row] += shares[row];
        }
    }
    p->yAxis->setTicker(
        chart::categoryTicker({tr("Accounts (%1)").arg(chart::count(double(accounts))),
                               tr("Balance (%1)").arg(chart::money(balance))}));
    p->yAxis->setRange(-0.6, 1.6);
    p->yAxis->setRangeReversed(true);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setTicker(chart::percentTicker());
    p->xAxis->setRange(0, 1);
    p->xAxis->setLabel(tr("Share of the total"));
    chart::legendBelow(p, 7);
    return true;
}

const KpiAgingBucket *AgingChart::bucketOf(QCPAbstractPlottable *plottable) const
{
    for (int i = 0; i < plot()->plottableCount(); ++i)
        if (plot()->plottable(i) == plottable && i < report().aging.size())
            return &report().aging.at(i);
    return nullptr;
}

QString AgingChart::describe(QCPAbstractPlottable *plottable, int, const QPoint &) const
{
    const KpiAgingBucket *b = bucketOf(plottable);
    if (!b)
        return {};
    const KpiTable t = table();
    for (const QVariantList &row : t.rows)
        if (row.at(0).toString() == b->bucket)
            return tr("%1\n%2 accounts (%3)\n%4 (%5 of the balance)")
                .arg(kpiBucketDisplayName(b->bucket), chart::count(double(b->accounts)),
                     chart::percent(row.at(3).toDouble(), 1), chart::money(b->balanceCents),
                     chart::percent(row.at(4).toDouble(), 1));
    return {};
}

KpiSelector AgingChart::select(QCPAbstractPlottable *plottable, int, const QPoint &,
                               QString *caption) const
{
    const KpiAgingBucket *b = bucketOf(plottable);
    if (!b)
        return {};
    KpiSelector s;
    s.metric = QStringLiteral("aging");
    s.bucket = b->bucket;
    if (caption)
        *caption = tr("Accounts %1").arg(kpiBucketDisplayName(b->bucket));
    return s;
}

} // namespace quita
