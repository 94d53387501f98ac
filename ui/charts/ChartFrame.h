#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace quita {

class KpiChart;

// A chart with its title, its KPI's definition (the "?" button and the tooltip) and
// the export buttons: PNG and PDF of the chart (titled), CSV of its data.
//
// Test seam: with an export directory set (setExportDirectory), exports are written
// there as <chart file name>.<ext> without a file dialog, and failures are reported by
// exportFailed() only, never by a message box.
class ChartFrame : public QFrame
{
    Q_OBJECT
public:
    explicit ChartFrame(KpiChart *chart, QWidget *parent = nullptr);

    KpiChart *chart() const { return m_chart; }
    // Puts a control (a metric chooser) in the title row.
    void addControl(QWidget *control);
    // Refreshes the title and the definition after the chart changed its metric.
    void updateTitle();

    static void setExportDirectory(const QString &directory);
    static QString exportDirectory();

    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void exportAs(const QString &suffix, const QString &filter);
    QSize exportSize() const;
    template <typename F>
    bool withTitle(F &&save);

    KpiChart *m_chart;
    QLabel *m_title;
    QHBoxLayout *m_header;
};

} // namespace quita
