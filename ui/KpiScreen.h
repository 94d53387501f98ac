#pragma once

#include "item/KpiFilter.h"
#include "item/KpiReport.h"

#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace quita {

class ChartFrame;
class DrillDownDialog;
class KpiChart;
class KpiFilterBar;
class KpiReply;
class KpiSource;

// What the performance screens share: the filter bar, loading the report from a
// KpiSource without blocking (only the latest request counts), a sentence for loading,
// empty and error states, the charts' frames, and the drill-down from any chart.
class KpiScreen : public QWidget
{
    Q_OBJECT
public:
    KpiScreen(KpiSource *source, const QDate &today, QWidget *parent = nullptr);

    KpiFilterBar *filterBar() const { return m_filterBar; }
    void setSource(KpiSource *source);
    void setPortfolios(const QList<QPair<QString, QString>> &portfolios);
    // Every request is for this agent (their own screen): no agent choice.
    void setFixedAgent(const QString &agentId);
    // The filter of the next request.
    KpiFilter filter() const;
    // Asks for the report of the filter bar's filter; the screen says it is loading.
    void reload();
    bool isLoading() const { return !m_reply.isNull(); }
    bool hasReport() const { return m_hasReport; }
    const KpiReport &report() const { return m_report; }
    QString statusText() const;
    const QList<ChartFrame *> &frames() const { return m_frames; }
    // Sets a report directly (the benchmark, tests).
    void showReport(const KpiReport &report);
    DrillDownDialog *drillDownDialog() const;

signals:
    void debtorChosen(const QUuid &debtorId);
    void reportShown();

protected:
    // The screen's content area, below the filter bar and the status line.
    QVBoxLayout *content() const { return m_content; }
    ChartFrame *addChart(KpiChart *chart);
    virtual void present(const KpiReport &report) = 0;
    virtual QString offlineText() const = 0;
    // A tile of the summary row: a title, a big value and a line under it.
    static QLabel *makeTile(const QString &objectName, QWidget *parent);
    static void setTile(QLabel *tile, const QString &title, const QString &value,
                        const QString &detail, const QString &definition);

private:
    void loaded();
    void drillDown(const KpiSelector &selector, const QString &caption);

    KpiSource *m_source;
    KpiFilterBar *m_filterBar;
    QLabel *m_status;
    QVBoxLayout *m_content;
    QList<ChartFrame *> m_frames;
    QPointer<KpiReply> m_reply;
    KpiFilter m_requested;
    QString m_fixedAgent;
    KpiReport m_report;
    bool m_hasReport = false;
    QHash<QString, QString> m_portfolioNames;
    QPointer<DrillDownDialog> m_drillDown;
};

} // namespace quita
