#include "AgentComparisonChart.h"

#include "ChartStyle.h"

#include <qcustomplot.h>

#include <algorithm>

namespace quita {

AgentComparisonChart::AgentComparisonChart(KpiMetric metric, QWidget *parent)
    : KpiChart(parent), m_metric(metric)
{
    setObjectName(QStringLiteral("agentComparisonChart"));
}

void AgentComparisonChart::setMetric(KpiMetric metric)
{
    m_metric = metric;
    setReport(report());
}

QString AgentComparisonChart::title() const
{
    return tr("%1 by agent").arg(kpiLabel(m_metric));
}

QString AgentComparisonChart::emptyText() const
{
    return report().byAgent.isEmpty() ? tr("No activity in this period.")
                                      : tr("No agent has data for this figure in this period.");
}

QString AgentComparisonChart::format(double value) const
{
    switch (kpiMetricInfo(m_metric).unit) {
    case KpiUnit::Money:
        return chart::money(qint64(std::llround(value)));
    case KpiUnit::Rate:
        return chart::percent(value, 1);
    case KpiUnit::Count:
        break;
    }
    return chart::count(value);
}

bool AgentComparisonChart::draw(const KpiReport &report)
{
    m_order.clear();
    QList<QPair<double, qsizetype>> values;
    for (qsizetype i = 0; i < report.byAgent.size(); ++i)
        if (const auto v = kpiValue(report.byAgent.at(i).figures, m_metric))
            values << qMakePair(*v, i);
    if (values.isEmpty())
        return false;
    std::stable_sort(values.begin(), values.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QCustomPlot *p = plot();
    auto *bars = new QCPBars(p->yAxis, p->xAxis); // horizontal: agents down the side
    bars->setName(kpiLabel(m_metric));
    bars->setPen(Qt::NoPen);
    bars->setBrush(chart::seriesColor(m_metric == KpiMetric::AgreementBreakRate ? 3 : 0));
    bars->setWidth(0.7);
    QStringList names;
    double top = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        bars->addData(double(i), values.at(i).first);
        m_order << values.at(i).second;
        names << report.byAgent.at(values.at(i).second).agentName;
        top = std::max(top, values.at(i).first);
    }
    // The team's figure: the rate over everyone, or for a count the mean of the bars drawn
    // (the totals also hold the supervisor's own and unassigned accounts, which are not
    // agents' bars).
    std::optional<double> team = kpiValue(report.totals, m_metric);
    if (team && kpiMetricInfo(m_metric).unit != KpiUnit::Rate &&
        m_metric != KpiMetric::CollectedPerAgentHour) {
        double sum = 0;
        for (const auto &v : values)
            sum += v.first;
        team = sum / double(values.size());
    }
    if (team) {
        auto *line = new QCPGraph(p->yAxis, p->xAxis);
        line->setName(kpiMetricInfo(m_metric).unit == KpiUnit::Rate ? tr("Team")
                                                                    : tr("Team average"));
        line->setPen(QPen(chart::inkColor(), 1.2, Qt::DashLine));
        line->setData({-0.5, double(values.size()) - 0.5}, {*team, *team});
        top = std::max(top, *team);
    }
    p->yAxis->setTicker(chart::categoryTicker(names));
    p->yAxis->setRangeReversed(true);
    p->yAxis->setRange(-0.6, double(values.size()) - 0.4);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->grid()->setVisible(true);
    p->xAxis->setTicker(kpiMetricInfo(m_metric).unit == KpiUnit::Money ? chart::moneyTicker()
                        : kpiMetricInfo(m_metric).unit == KpiUnit::Rate
                            ? chart::percentTicker()
                            : chart::labelTicker([](double v) { return chart::count(v); }, true));
    p->xAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    p->xAxis->setLabel(kpiLabel(m_metric));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    setMinimumHeight(std::max(240, int(values.size()) * 15 + 90));
    return true;
}

const KpiAgentRow *AgentComparisonChart::agentAt(QCPAbstractPlottable *plottable, int index) const
{
    if (!qobject_cast<QCPBars *>(plottable) || index < 0 || index >= m_order.size())
        return nullptr;
    return &report().byAgent.at(m_order.at(index));
}

QString AgentComparisonChart::describe(QCPAbstractPlottable *plottable, int index,
                                       const QPoint &) const
{
    const KpiAgentRow *agent = agentAt(plottable, index);
    if (!agent)
        return {};
    const KpiFigures &f = agent->figures;
    QString detail;
    switch (m_metric) {
    case KpiMetric::RpcRate:
        detail = tr("%1 right-party contacts of %2 call attempts")
                     .arg(chart::count(double(f.rpc)), chart::count(double(f.callAttempts)));
        break;
    case KpiMetric::PtpRate:
        detail = tr("%1 promises to pay of %2 right-party contacts")
                     .arg(chart::count(double(f.ptp)), chart::count(double(f.rpc)));
        break;
    case KpiMetric::PromiseKeptRate:
        detail =
            tr("%1 kept of %2 promises due")
                .arg(chart::count(double(f.promisesKept)), chart::count(double(f.promisesDue)));
        break;
    case KpiMetric::AgreementBreakRate:
        detail = tr("%1 broken of %2 agreements due")
                     .arg(chart::count(double(f.agreementsBroken)),
                          chart::count(double(f.agreementsDue)));
        break;
    case KpiMetric::CollectedPerAgentHour:
        detail = tr("%1 in %2 hours")
                     .arg(chart::money(f.collectedCents), QLocale().toString(f.agentHours, 'f', 1));
        break;
    default:
        break;
    }
    const QString value = format(kpiValue(f, m_metric).value_or(0));
    return detail.isEmpty()
               ? QStringLiteral("%1\n%2: %3").arg(agent->agentName, kpiLabel(m_metric), value)
               : QStringLiteral("%1\n%2: %3\n%4")
                     .arg(agent->agentName, kpiLabel(m_metric), value, detail);
}

KpiSelector AgentComparisonChart::select(QCPAbstractPlottable *plottable, int index, const QPoint &,
                                         QString *caption) const
{
    const KpiAgentRow *agent = agentAt(plottable, index);
    const char *drill = kpiMetricInfo(m_metric).drillMetric;
    if (!agent || !drill)
        return {};
    KpiSelector s;
    s.metric = QLatin1String(drill);
    s.agent = agent->agentId;
    if (caption)
        *caption = tr("%1 – %2").arg(agent->agentName, kpiLabel(m_metric));
    return s;
}

BreakRateChart::BreakRateChart(QWidget *parent)
    : AgentComparisonChart(KpiMetric::AgreementBreakRate, parent)
{
    setObjectName(QStringLiteral("breakRateChart"));
}

} // namespace quita
