#pragma once

#include "KpiChart.h"
#include "item/KpiMetrics.h"

namespace quita {

// The agents side by side on one KPI (call attempts, RPC rate, PTP rate, promise kept
// rate, collected, collected per agent-hour), best first, with the team's figure as a
// line. An agent without data for a rate gets no bar ("—" on hover). A bar drills down
// to that agent's accounts.
class AgentComparisonChart : public KpiChart
{
    Q_OBJECT
public:
    explicit AgentComparisonChart(KpiMetric metric = KpiMetric::Collected,
                                  QWidget *parent = nullptr);

    void setMetric(KpiMetric metric);
    KpiMetric metric() const { return m_metric; }

    KpiTable table() const override { return kpiAgentTable(report()); }
    QString title() const override;
    QString definition() const override { return kpiDefinition(m_metric); }
    QString fileName() const override { return QStringLiteral("agent-comparison"); }

protected:
    bool draw(const KpiReport &report) override;
    QString emptyText() const override;
    QString describe(QCPAbstractPlottable *plottable, int index, const QPoint &pos) const override;
    KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                       QString *caption) const override;

private:
    QString format(double value) const;
    const KpiAgentRow *agentAt(QCPAbstractPlottable *plottable, int index) const;

    KpiMetric m_metric;
    QList<qsizetype> m_order; // by_agent rows, in the order of the bars
};

// The agreement break rate of each agent (agreements broken / agreements due).
class BreakRateChart : public AgentComparisonChart
{
    Q_OBJECT
public:
    explicit BreakRateChart(QWidget *parent = nullptr);
    KpiTable table() const override { return kpiBreakRateTable(report()); }
    QString fileName() const override { return QStringLiteral("agreement-break-rate"); }
};

} // namespace quita
