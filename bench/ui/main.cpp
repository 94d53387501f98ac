// quita-bench-dashboard: how long the team dashboard takes to show a large report, offscreen.
// A program of its own because quita-bench must not link widgets.
//
//   dashboard_render_ms       every chart of the team dashboard set from a parsed report of
//                             100 agents x 90 days x all channels x 24 vintages, laid out and
//                             replotted (median of --runs); target <= 100 ms
//   dashboard_parse_ms        the report's JSON parsed into a KpiReport (median)
//   empty_replot_ms           baseline: one empty QCustomPlot of 600x300 replotted (median)
//   dashboard_render_ratio    dashboard_render_ms / empty_replot_ms
#include "SyntheticKpiReport.h"
#include "TeamDashboard.h"
#include "charts/ChartFrame.h"
#include "charts/KpiChart.h"
#include "item/KpiReport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <qcustomplot.h>

#include <algorithm>

using namespace quita;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Team dashboard rendering benchmark"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents."),
                                          QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days."),
                                        QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption vintagesOption(QStringLiteral("vintages"),
                                            QStringLiteral("Placement months."),
                                            QStringLiteral("n"), QStringLiteral("24"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({runsOption, agentsOption, daysOption, vintagesOption, jsonOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    bench::SyntheticKpiOptions options;
    options.agents = parser.value(agentsOption).toInt();
    options.days = parser.value(daysOption).toInt();
    options.vintages = parser.value(vintagesOption).toInt();
    const QByteArray bytes = QJsonDocument(bench::syntheticKpiReport(options)).toJson();

    QList<double> parse;
    KpiReport report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto parsed = KpiReport::fromJson(QJsonDocument::fromJson(bytes).object());
        parse << ms(t);
        if (!parsed) {
            QTextStream(stderr) << parsed.error().message << '\n';
            return 1;
        }
        report = parsed.value();
    }

    TeamDashboard dashboard(nullptr, options.to);
    dashboard.resize(1400, 1000);
    dashboard.show();
    QCoreApplication::processEvents();
    // Warm-up: fonts, the first layout of every chart.
    dashboard.showReport(report);
    QCoreApplication::processEvents();
    QList<double> render;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        dashboard.showReport(report);
        QCoreApplication::processEvents(); // layout, queued replots and the paint
        render << ms(t);
    }

    QCustomPlot empty;
    empty.resize(600, 300);
    empty.replot();
    QList<double> baseline;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        empty.replot(QCustomPlot::rpImmediateRefresh);
        baseline << ms(t);
    }

    const double renderMs = median(render);
    const double parseMs = median(parse);
    const double emptyMs = median(baseline);
    const double ratio = emptyMs > 0 ? renderMs / emptyMs : 0;
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("dashboard_render_ms"), renderMs},
                                         {QStringLiteral("dashboard_parse_ms"), parseMs},
                                         {QStringLiteral("empty_replot_ms"), emptyMs},
                                         {QStringLiteral("dashboard_render_ratio"), ratio},
                                         {QStringLiteral("charts"), int(dashboard.frames().size())},
                                         {QStringLiteral("agents"), options.agents},
                                         {QStringLiteral("days"), options.days},
                                         {QStringLiteral("vintages"), options.vintages},
                                         {QStringLiteral("runs"), runs}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << QStringLiteral("team dashboard: %1 charts, %2 agents x %3 days x 10 channels x %4 "
                          "vintages, median of %5 runs\n")
               .arg(dashboard.frames().size())
               .arg(options.agents)
               .arg(options.days)
               .arg(options.vintages)
               .arg(runs);
    out << QStringLiteral("dashboard_render_ms     %1   (target <= 100)\n")
               .arg(renderMs, 0, 'f', 1);
    out << QStringLiteral("dashboard_parse_ms      %1\n").arg(parseMs, 0, 'f', 1);
    out << QStringLiteral(
               "empty_replot_ms         %1   (baseline: one empty 600x300 QCustomPlot)\n")
               .arg(emptyMs, 0, 'f', 2);
    out << QStringLiteral("dashboard_render_ratio  %1x\n").arg(ratio, 0, 'f', 1);
    return 0;
}
