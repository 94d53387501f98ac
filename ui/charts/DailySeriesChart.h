#pragma once

#include "KpiChart.h"
#include "item/KpiMetrics.h"

namespace quita {

// One figure per day of the period as bars (collected, RPCs, agreements closed, ...),
// with the daily target as a dashed line where one is set. A bar drills down to that
// day's accounts.
class DailySeriesChart : public KpiChart
{
    Q_OBJECT
public:
    explicit DailySeriesChart(KpiMetric metric = KpiMetric::Collected, QWidget *parent = nullptr);

    void setMetric(KpiMetric metric);
    // The report's targets are per agent and day: a team's line is that times its agents.
    void setTargetScale(int agents) { m_agents = std::max(1, agents); }
    KpiMetric metric() const { return m_metric; }
    static QList<KpiMetric> metrics();

    KpiTable table() const override { return kpiDailyTable(report()); }
    QString title() const override;
    QString definition() const override { return kpiDefinition(m_metric); }
    QString fileName() const override { return QStringLiteral("daily-series"); }

protected:
    bool draw(const KpiReport &report) override;
    QString describe(QCPAbstractPlottable *plottable, int index, const QPoint &pos) const override;
    KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                       QString *caption) const override;

private:
    std::optional<double> target(const KpiReport &report) const;
    QString format(double value) const;

    KpiMetric m_metric;
    int m_agents = 1;
};

} // namespace quita
