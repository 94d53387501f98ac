#include "TeamDashboard.h"

#include "KpiFilterBar.h"
#include "charts/AgentComparisonChart.h"
#include "charts/AgingChart.h"
#include "charts/ChannelEffectivenessChart.h"
#include "charts/ChartFrame.h"
#include "charts/ChartStyle.h"
#include "charts/DailySeriesChart.h"
#include "charts/RollRateHeatMap.h"
#include "charts/VintageChart.h"
#include "item/KpiMetrics.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace quita {

namespace {

const KpiMetric tileMetrics[] = {KpiMetric::CallAttempts,
                                 KpiMetric::RpcRate,
                                 KpiMetric::PtpRate,
                                 KpiMetric::PromiseKeptRate,
                                 KpiMetric::AgreementBreakRate,
                                 KpiMetric::Collected,
                                 KpiMetric::CollectedPerAgentHour,
                                 KpiMetric::RecoveryRate,
                                 KpiMetric::LiquidationRate};

QString formatted(const KpiFigures &f, KpiMetric metric)
{
    const auto v = kpiValue(f, metric);
    switch (kpiMetricInfo(metric).unit) {
    case KpiUnit::Rate:
        return chart::rate(v);
    case KpiUnit::Money:
        return v ? chart::money(qint64(*v)) : QStringLiteral("—");
    case KpiUnit::Count:
        break;
    }
    return v ? chart::count(*v) : QStringLiteral("—");
}

} // namespace

TeamDashboard::TeamDashboard(KpiSource *source, const QDate &today, QWidget *parent)
    : KpiScreen(source, today, parent), m_agents(new AgentComparisonChart(KpiMetric::CallAttempts)),
      m_agentMetric(new QComboBox), m_channels(new ChannelEffectivenessChart),
      m_aging(new AgingChart), m_roll(new RollRateHeatMap), m_vintages(new VintageChart),
      m_breaks(new BreakRateChart), m_daily(new DailySeriesChart(KpiMetric::Collected))
{
    setObjectName(QStringLiteral("teamDashboard"));
    setWindowTitle(tr("Team dashboard"));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(6);
    int i = 0;
    for (KpiMetric metric : tileMetrics) {
        QLabel *tile =
            makeTile(QLatin1String("tile_") + QLatin1String(kpiMetricInfo(metric).key), this);
        setTile(tile, kpiLabel(metric), QStringLiteral("—"), QString(), kpiDefinition(metric));
        tiles->addWidget(tile, i / 5, i % 5);
        m_tiles << tile;
        ++i;
    }
    content()->addLayout(tiles);

    m_agentMetric->setObjectName(QStringLiteral("agentMetric"));
    for (KpiMetric metric : kpiAgentComparisonMetrics())
        m_agentMetric->addItem(kpiLabel(metric), int(metric));
    ChartFrame *agentFrame = addChart(m_agents);
    agentFrame->addControl(m_agentMetric);
    connect(m_agentMetric, &QComboBox::activated, this, [this, agentFrame] {
        m_agents->setMetric(KpiMetric(m_agentMetric->currentData().toInt()));
        agentFrame->updateTitle();
    });
    content()->addWidget(agentFrame);

    const auto row = [this](KpiChart *left, KpiChart *right) {
        auto *pair = new QHBoxLayout;
        pair->setSpacing(10);
        pair->addWidget(addChart(left), 1);
        pair->addWidget(addChart(right), 1);
        content()->addLayout(pair);
    };
    row(m_channels, m_aging);
    row(m_roll, m_vintages);
    row(m_breaks, m_daily);
    content()->addStretch(1);
    resize(1280, 900);
}

QString TeamDashboard::offlineText() const
{
    return tr("The team dashboard needs the server; you are offline.");
}

void TeamDashboard::present(const KpiReport &report)
{
    const KpiFigures &t = report.totals;
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        const KpiMetric metric = tileMetrics[i];
        QString detail;
        switch (metric) {
        case KpiMetric::RpcRate:
            detail = tr("%1 right-party contacts").arg(chart::count(double(t.rpc)));
            break;
        case KpiMetric::PtpRate:
            detail = tr("%1 promises to pay").arg(chart::count(double(t.ptp)));
            break;
        case KpiMetric::PromiseKeptRate:
            detail =
                tr("%1 of %2 due")
                    .arg(chart::count(double(t.promisesKept)), chart::count(double(t.promisesDue)));
            break;
        case KpiMetric::AgreementBreakRate:
            detail = tr("%1 of %2 due")
                         .arg(chart::count(double(t.agreementsBroken)),
                              chart::count(double(t.agreementsDue)));
            break;
        case KpiMetric::CollectedPerAgentHour:
            detail = tr("%1 agent-hours").arg(QLocale().toString(t.agentHours, 'f', 0));
            break;
        case KpiMetric::CallAttempts:
            detail = tr("%n agent(s)", nullptr, int(report.byAgent.size()));
            break;
        default:
            break;
        }
        setTile(m_tiles.at(i), kpiLabel(metric), formatted(t, metric), detail,
                kpiDefinition(metric));
    }
    // The agent choice lists everyone seen while no agent was chosen.
    if (filterBar()->filter().agent.isEmpty()) {
        m_knownAgents.clear();
        for (const KpiAgentRow &a : report.byAgent)
            m_knownAgents << qMakePair(a.agentId, a.agentName);
        std::sort(m_knownAgents.begin(), m_knownAgents.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.second, b.second) < 0;
        });
        filterBar()->setAgents(m_knownAgents);
    }
    m_daily->setTargetScale(int(report.byAgent.size()));
    for (KpiChart *chart : std::initializer_list<KpiChart *>{m_agents, m_channels, m_aging, m_roll,
                                                             m_vintages, m_breaks, m_daily})
        chart->setReport(report);
}

} // namespace quita
