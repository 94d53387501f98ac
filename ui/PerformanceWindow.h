#pragma once

#include "KpiScreen.h"

class QComboBox;
class QLabel;

namespace quita {

class ChannelResultChart;
class DailySeriesChart;

// "My performance": the agent's own figures today and in the period (this month by
// default) against the daily targets — activities, right-party contacts, promises made
// and kept, agreements closed, amount collected — their activities by channel and
// result, and one figure per day with its target line.
class PerformanceWindow : public KpiScreen
{
    Q_OBJECT
public:
    PerformanceWindow(KpiSource *source, const QDate &today, QWidget *parent = nullptr);

    ChannelResultChart *channelChart() const { return m_channels; }
    DailySeriesChart *dailyChart() const { return m_daily; }
    QComboBox *dailyMetricChooser() const { return m_dailyMetric; }

protected:
    void present(const KpiReport &report) override;
    QString offlineText() const override;

private:
    struct Row
    {
        QString title;
        qint64 activities = 0, rpc = 0, promisesMade = 0, promisesKept = 0, agreements = 0,
               collected = 0;
        int days = 0; // for the targets
    };
    void fillRow(int row, const Row &figures, const KpiReportTargets &targets);

    QDate m_today;
    QList<QLabel *> m_tiles; // 2 rows x 6
    ChannelResultChart *m_channels;
    DailySeriesChart *m_daily;
    QComboBox *m_dailyMetric;
};

} // namespace quita
