#include "DailySeriesChart.h"

#include "ChartStyle.h"

#include <qcustomplot.h>

namespace quita {

DailySeriesChart::DailySeriesChart(KpiMetric metric, QWidget *parent)
    : KpiChart(parent), m_metric(metric)
{
    setObjectName(QStringLiteral("dailySeriesChart"));
}

QList<KpiMetric> DailySeriesChart::metrics()
{
    return {KpiMetric::Collected,    KpiMetric::Rpc,          KpiMetric::AgreementsClosed,
            KpiMetric::PromisesMade, KpiMetric::PromisesKept, KpiMetric::Activities,
            KpiMetric::CallAttempts};
}

void DailySeriesChart::setMetric(KpiMetric metric)
{
    m_metric = metric;
    setReport(report());
}

QString DailySeriesChart::title() const
{
    return tr("%1 per day").arg(kpiLabel(m_metric));
}

std::optional<double> DailySeriesChart::target(const KpiReport &report) const
{
    const KpiReportTargets &t = report.targets;
    if (m_metric == KpiMetric::Collected && t.collectedCentsPerDay > 0)
        return double(t.collectedCentsPerDay) * m_agents;
    if (m_metric == KpiMetric::Rpc && t.rpcPerDay > 0)
        return t.rpcPerDay * m_agents;
    if (m_metric == KpiMetric::AgreementsClosed && t.agreementsPerDay > 0)
        return t.agreementsPerDay * m_agents;
    return std::nullopt;
}

QString DailySeriesChart::format(double value) const
{
    if (m_metric == KpiMetric::Collected)
        return chart::money(qint64(value));
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

bool DailySeriesChart::draw(const KpiReport &report)
{
    if (report.byDay.isEmpty() || report.isQuiet())
        return false;
    QCustomPlot *p = plot();
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(kpiLabel(m_metric));
    bars->setPen(Qt::NoPen);
    bars->setBrush(chart::seriesColor(0));
    bars->setWidth(0.75);
    double top = 0;
    for (qsizetype i = 0; i < report.byDay.size(); ++i) {
        const double v = kpiDayValue(report.byDay.at(i), m_metric).value_or(0);
        bars->addData(double(i), v);
        top = std::max(top, v);
    }
    const auto goal = target(report);
    const double last = double(report.byDay.size()) - 0.5;
    if (goal) {
        auto *line = new QCPGraph(p->xAxis, p->yAxis);
        line->setName(m_agents > 1 ? tr("Target (%n agent(s))", nullptr, m_agents) : tr("Target"));
        line->setPen(QPen(chart::targetColor(), 1.5, Qt::DashLine));
        line->setData({-0.5, last}, {*goal, *goal});
        top = std::max(top, *goal);
    }
    const QDate from = report.byDay.first().day;
    p->xAxis->setTicker(chart::labelTicker(
        [from](double i) { return chart::dayMonth(from.addDays(qint64(std::llround(i)))); }, true));
    p->xAxis->setRange(-0.6, last + 0.1);
    p->xAxis->setLabel(tr("Day"));
    p->yAxis->setTicker(m_metric == KpiMetric::Collected
                            ? chart::moneyTicker()
                            : chart::labelTicker([](double v) { return chart::count(v); }, true));
    p->yAxis->setRange(0, top > 0 ? top * 1.12 : 1);
    p->yAxis->setLabel(kpiLabel(m_metric));
    chart::legendBelow(p, 2);
    return true;
}

QString DailySeriesChart::describe(QCPAbstractPlottable *plottable, int index, const QPoint &) const
{
    const KpiReport &r = report();
    if (!qobject_cast<QCPBars *>(plottable) || index < 0 || index >= r.byDay.size())
        return {};
    const KpiDay &day = r.byDay.at(index);
    QString text = QStringLiteral("%1\n%2: %3")
                       .arg(QLocale().toString(day.day, QLocale::ShortFormat), kpiLabel(m_metric),
                            format(kpiDayValue(day, m_metric).value_or(0)));
    if (const auto goal = target(r))
        text += QLatin1Char('\n') + tr("Target: %1").arg(format(*goal));
    return text;
}

KpiSelector DailySeriesChart::select(QCPAbstractPlottable *plottable, int index, const QPoint &,
                                     QString *caption) const
{
    const KpiReport &r = report();
    const char *drill = kpiMetricInfo(m_metric).drillMetric;
    if (!drill || !qobject_cast<QCPBars *>(plottable) || index < 0 || index >= r.byDay.size())
        return {};
    KpiSelector s;
    s.metric = QLatin1String(drill);
    s.day = r.byDay.at(index).day;
    if (caption)
        *caption =
            tr("%1 on %2").arg(kpiLabel(m_metric), QLocale().toString(s.day, QLocale::ShortFormat));
    return s;
}

} // namespace quita
