#pragma once

#include "KpiChart.h"

namespace quita {

// Payments attributed to each channel / contacts on it (last touch within the report's
// attribution days). A channel without contacts gets no bar. A bar drills down to the
// payments attributed to that channel.
class ChannelEffectivenessChart : public KpiChart
{
    Q_OBJECT
public:
    explicit ChannelEffectivenessChart(QWidget *parent = nullptr);

    KpiTable table() const override { return kpiChannelTable(report()); }
    QString title() const override;
    QString definition() const override;
    QString fileName() const override { return QStringLiteral("channel-effectiveness"); }

protected:
    bool draw(const KpiReport &report) override;
    QString describe(QCPAbstractPlottable *plottable, int index, const QPoint &pos) const override;
    KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                       QString *caption) const override;

private:
    QList<qsizetype> m_rows; // by_channel rows, in the order of the bars
};

// The agent's activities on each channel, stacked by result.
class ChannelResultChart : public KpiChart
{
    Q_OBJECT
public:
    explicit ChannelResultChart(QWidget *parent = nullptr);

    KpiTable table() const override { return kpiChannelResultTable(report()); }
    QString title() const override;
    QString definition() const override;
    QString fileName() const override { return QStringLiteral("activities-by-channel"); }

protected:
    bool draw(const KpiReport &report) override;
    QString describe(QCPAbstractPlottable *plottable, int index, const QPoint &pos) const override;
    KpiSelector select(QCPAbstractPlottable *plottable, int index, const QPoint &pos,
                       QString *caption) const override;

private:
    // The channel and result of a stacked segment.
    bool segment(QCPAbstractPlottable *plottable, int index, qsizetype *row, QString *result) const;

    QList<qsizetype> m_rows;
};

QString kpiChannelDisplayName(const QString &channel);

} // namespace quita
