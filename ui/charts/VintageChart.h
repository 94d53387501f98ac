#pragma once

#include "KpiChart.h"

namespace quita {

// Recovery curves by placement month: the share of the value placed in each month that
// was collected, cumulative by months since placement, older vintages lighter. A point
// drills down to the accounts of that vintage.
class VintageChart : public KpiChart
{
    Q_OBJECT
public:
    explicit VintageChart(QWidget *parent = nullptr);

    KpiTable table() const override { return kpiVintageTable(report()); }
    QString title() const override;
    QString definition() const override;
    QString fileName() const override { return QStringLiteral("vintage-recovery"); }

protected:
    bool draw(const KpiReport &report) override;
    QString emptyText() const override;
    QString describe(QCPAbstractPlottable *plottable, int index, const QPoint &pos) const override;
    KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                       QString *caption) const override;

private:
    const KpiVintage *vintageOf(QCPAbstractPlottable *plottable) const;
};

// "03/2026" for "2026-03".
QString kpiMonthDisplayName(const QString &month);

} // namespace quita
