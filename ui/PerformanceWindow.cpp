#include "PerformanceWindow.h"

#include "charts/ChannelEffectivenessChart.h"
#include "charts/ChartFrame.h"
#include "charts/ChartStyle.h"
#include "charts/DailySeriesChart.h"
#include "item/KpiMetrics.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace quita {

namespace {

const KpiMetric columns[] = {KpiMetric::Activities,       KpiMetric::Rpc,
                             KpiMetric::PromisesMade,     KpiMetric::PromisesKept,
                             KpiMetric::AgreementsClosed, KpiMetric::Collected};

} // namespace

PerformanceWindow::PerformanceWindow(KpiSource *source, const QDate &today, QWidget *parent)
    : KpiScreen(source, today, parent), m_today(today), m_channels(new ChannelResultChart),
      m_daily(new DailySeriesChart(KpiMetric::Collected)), m_dailyMetric(new QComboBox)
{
    setObjectName(QStringLiteral("performanceWindow"));
    setWindowTitle(tr("My performance"));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(6);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 6; ++column) {
            QLabel *tile =
                makeTile(QStringLiteral("tile_%1_%2")
                             .arg(row == 0 ? QStringLiteral("today") : QStringLiteral("period"),
                                  QLatin1String(kpiMetricInfo(columns[column]).key)),
                         this);
            tiles->addWidget(tile, row, column);
            m_tiles << tile;
        }
    }
    content()->addLayout(tiles);
    for (KpiMetric metric : DailySeriesChart::metrics())
        m_dailyMetric->addItem(kpiLabel(metric), int(metric));
    m_dailyMetric->setObjectName(QStringLiteral("dailyMetric"));
    ChartFrame *dailyFrame = addChart(m_daily);
    dailyFrame->addControl(m_dailyMetric);
    connect(m_dailyMetric, &QComboBox::activated, this, [this, dailyFrame] {
        m_daily->setMetric(KpiMetric(m_dailyMetric->currentData().toInt()));
        dailyFrame->updateTitle();
    });
    auto *charts = new QHBoxLayout;
    charts->setSpacing(10);
    charts->addWidget(addChart(m_channels), 2);
    charts->addWidget(dailyFrame, 3);
    content()->addLayout(charts);
    content()->addStretch(1);
    fillRow(0, Row{tr("Today"), 0, 0, 0, 0, 0, 0, 1}, {});
    fillRow(1, Row{tr("This period"), 0, 0, 0, 0, 0, 0, 0}, {});
    resize(1200, 720);
}

QString PerformanceWindow::offlineText() const
{
    return tr("Your figures need the server, and you are offline.");
}

void PerformanceWindow::fillRow(int row, const Row &r, const KpiReportTargets &targets)
{
    const auto target = [&](double perDay) -> std::optional<double> {
        if (perDay <= 0 || r.days <= 0)
            return std::nullopt;
        return perDay * r.days;
    };
    for (int column = 0; column < 6; ++column) {
        const KpiMetric metric = columns[column];
        QString value;
        std::optional<double> goal;
        double actual = 0;
        switch (metric) {
        case KpiMetric::Activities:
            actual = double(r.activities);
            break;
        case KpiMetric::Rpc:
            actual = double(r.rpc);
            goal = target(targets.rpcPerDay);
            break;
        case KpiMetric::PromisesMade:
            actual = double(r.promisesMade);
            break;
        case KpiMetric::PromisesKept:
            actual = double(r.promisesKept);
            break;
        case KpiMetric::AgreementsClosed:
            actual = double(r.agreements);
            goal = target(targets.agreementsPerDay);
            break;
        default:
            actual = double(r.collected);
            goal = target(double(targets.collectedCentsPerDay));
            break;
        }
        const bool money = metric == KpiMetric::Collected;
        value = money ? chart::money(qint64(actual)) : chart::count(actual);
        QString detail;
        if (goal)
            detail = tr("target %1 (%2)")
                         .arg(money ? chart::money(qint64(*goal))
                                    : QLocale().toString(*goal, 'f', *goal < 10 ? 1 : 0),
                              chart::percent(actual / *goal));
        setTile(m_tiles.at(row * 6 + column),
                QStringLiteral("%1 · %2").arg(r.title, kpiLabel(metric)), value, detail,
                kpiDefinition(metric));
    }
}

void PerformanceWindow::present(const KpiReport &report)
{
    Row today{tr("Today")};
    today.days = 1;
    if (const KpiDay *d = report.day(m_today)) {
        today.activities = d->activities;
        today.rpc = d->rpc;
        today.promisesMade = d->promisesMade;
        today.promisesKept = d->promisesKept;
        today.agreements = d->agreementsClosed;
        today.collected = d->collectedCents;
    }
    const bool month =
        report.from == QDate(m_today.year(), m_today.month(), 1) && report.to == m_today;
    Row period{month ? tr("This month") : tr("This period")};
    const KpiFigures &t = report.totals;
    period.activities = t.activities;
    period.rpc = t.rpc;
    period.promisesMade = t.promisesMade;
    period.promisesKept = t.promisesKept;
    period.agreements = t.agreementsClosed;
    period.collected = t.collectedCents;
    // Targets count the days gone by, today included.
    const QDate last = std::min(report.to, m_today);
    period.days = last >= report.from ? int(report.from.daysTo(last)) + 1 : 0;
    fillRow(0, today, report.targets);
    fillRow(1, period, report.targets);
    m_channels->setReport(report);
    m_daily->setReport(report);
}

} // namespace quita
