#pragma once

#include "item/KpiFilter.h"
#include "item/KpiReport.h"
#include "item/KpiTable.h"

#include <QWidget>

class QCustomPlot;
class QCPAbstractPlottable;
class QLabel;
class QStackedWidget;

namespace quita {

// One performance chart: a QCustomPlot drawn from a KpiReport, its data as a table for
// CSV, a title and the KPI's definition. Hovering a bar, point or cell shows its value;
// clicking one that stands for accounts asks for them (drillDown). With no data it
// says so in a sentence instead of drawing empty axes.
class KpiChart : public QWidget
{
    Q_OBJECT
public:
    explicit KpiChart(QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    // Rebuilds the chart from the report and replots it.
    void setReport(const KpiReport &report);
    const KpiReport &report() const { return m_report; }
    virtual KpiTable table() const = 0;
    virtual QString title() const = 0;
    virtual QString definition() const = 0;
    // The base of exported file names, e.g. "agent-comparison".
    virtual QString fileName() const = 0;
    // Shows `text` instead of the plot (loading, an error); empty: the plot again.
    void showMessage(const QString &text);
    bool hasData() const { return m_hasData; }

    // What hovering / clicking at `pos` (plot coordinates) gives; for tests too.
    QString toolTipAt(const QPoint &pos) const;
    KpiSelector selectorAt(const QPoint &pos, QString *caption = nullptr) const;

signals:
    // A bar or cell that stands for accounts was clicked; `caption` says which.
    void drillDown(const KpiSelector &selector, const QString &caption);

protected:
    // Draws the report; false when there is nothing to draw (the empty sentence shows).
    virtual bool draw(const KpiReport &report) = 0;
    virtual QString emptyText() const;
    // The hovered data point: `index` in the plottable's data (-1 for a colour map).
    virtual QString describe(QCPAbstractPlottable *plottable, int index,
                             const QPoint &pos) const = 0;
    virtual KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                               QString *caption) const;
    // Clears plottables, items and the legend's content for a new report.
    void reset();

    // The plottable under `pos` and the index of its data point there.
    virtual QCPAbstractPlottable *hit(const QPoint &pos, int *index) const;

private:
    QCustomPlot *m_plot;
    QLabel *m_message;
    QStackedWidget *m_stack;
    KpiReport m_report;
    bool m_hasData = false;
    QPoint m_pressPos;
};

} // namespace quita
