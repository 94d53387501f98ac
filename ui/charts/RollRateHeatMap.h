#pragma once

#include "KpiChart.h"

namespace quita {

// The roll-rate matrix between aging buckets as a heat map: row = bucket at the start
// of the period, column = bucket at its end, each cell the share of the row's accounts
// (written in it; an empty row is blank, not 0%). A cell drills down to its accounts.
class RollRateHeatMap : public KpiChart
{
    Q_OBJECT
public:
    explicit RollRateHeatMap(QWidget *parent = nullptr);

    KpiTable table() const override { return kpiRollRateTable(report()); }
    QString title() const override;
    QString definition() const override;
    QString fileName() const override { return QStringLiteral("roll-rates"); }
    // The centre of cell (row, column) in plot pixels, for tests.
    QPoint cellCenter(int row, int column) const;

protected:
    bool draw(const KpiReport &report) override;
    QString emptyText() const override;
    QCPAbstractPlottable *hit(const QPoint &pos, int *index) const override;
    QString describe(QCPAbstractPlottable *plottable, int index, const QPoint &pos) const override;
    KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                       QString *caption) const override;
};

} // namespace quita
