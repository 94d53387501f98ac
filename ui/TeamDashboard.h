#pragma once

#include "KpiScreen.h"

class QComboBox;
class QLabel;

namespace quita {

class AgentComparisonChart;
class AgingChart;
class BreakRateChart;
class ChannelEffectivenessChart;
class DailySeriesChart;
class RollRateHeatMap;
class VintageChart;

// The supervisor's team dashboard (from the server): the team's figures, the agents
// compared on one KPI at a time, channel effectiveness, aging, roll rates, recovery
// curves by placement month, agreement break rate and collections per day.
class TeamDashboard : public KpiScreen
{
    Q_OBJECT
public:
    TeamDashboard(KpiSource *source, const QDate &today, QWidget *parent = nullptr);

    AgentComparisonChart *agentChart() const { return m_agents; }
    QComboBox *agentMetricChooser() const { return m_agentMetric; }
    ChannelEffectivenessChart *channelChart() const { return m_channels; }
    AgingChart *agingChart() const { return m_aging; }
    RollRateHeatMap *rollRateChart() const { return m_roll; }
    VintageChart *vintageChart() const { return m_vintages; }
    BreakRateChart *breakRateChart() const { return m_breaks; }
    DailySeriesChart *dailyChart() const { return m_daily; }

protected:
    void present(const KpiReport &report) override;
    QString offlineText() const override;

private:
    QList<QLabel *> m_tiles;
    AgentComparisonChart *m_agents;
    QComboBox *m_agentMetric;
    ChannelEffectivenessChart *m_channels;
    AgingChart *m_aging;
    RollRateHeatMap *m_roll;
    VintageChart *m_vintages;
    BreakRateChart *m_breaks;
    DailySeriesChart *m_daily;
    QList<QPair<QString, QString>> m_knownAgents;
};

} // namespace quita
