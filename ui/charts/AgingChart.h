#pragma once

#include "KpiChart.h"

namespace quita {

// The portfolio by aging bucket as two 100% stacked bars: share of the accounts and
// share of the balance, a segment per bucket (current green to 360+ dark red). A
// segment drills down to the accounts in that bucket.
class AgingChart : public KpiChart
{
    Q_OBJECT
public:
    explicit AgingChart(QWidget *parent = nullptr);

    KpiTable table() const override { return kpiAgingTable(report()); }
    QString title() const override;
    QString definition() const override;
    QString fileName() const override { return QStringLiteral("aging"); }

protected:
    bool draw(const KpiReport &report) override;
    QString emptyText() const override;
    QString describe(QCPAbstractPlottable *plottable, int index, const QPoint &pos) const override;
    KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                       QString *caption) const override;

private:
    const KpiAgingBucket *bucketOf(QCPAbstractPlottable *plottable) const;
};

// "1–30 days", "Current", "Over 360 days".
QString kpiBucketDisplayName(const QString &bucket);
QColor kpiBucketColor(int i);

} // namespace quita
