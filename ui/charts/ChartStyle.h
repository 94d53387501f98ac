#pragma once

#include <QColor>
#include <QList>
#include <QLocale>
#include <QSharedPointer>
#include <QString>

#include <functional>

class QCustomPlot;
class QCPAxis;
class QCPAxisTicker;

namespace quita::chart {

// The look shared by every performance chart: white, few lines (a light grid on the
// value axis only, no frame), axis titles, legends without a box, and numbers in the
// user's locale (R$ 1.234,56, 41%, dd/MM).

void applyStyle(QCustomPlot *plot);
// The legend in a row of its own under the plot, `columns` entries a line, so it never
// hides a bar. Idempotent.
void legendBelow(QCustomPlot *plot, int columns);
// A categorical palette (Okabe–Ito first, then four more), 12 colours before repeating.
QColor seriesColor(int i);
QColor targetColor();
QColor inkColor();
QColor mutedColor();

QString money(qint64 cents);
// Short money for axis ticks: "R$ 12 mil", "R$ 1,2 mi" (pt_BR).
QString moneyShort(double cents);
QString percent(double fraction, int decimals = 0);
// A rate, or "—" for no data.
QString rate(const std::optional<double> &fraction);
QString count(double value);
QString dayMonth(const QDate &date);

// Ticks whose labels are made by `label` (money, percent, a category name, a date).
QSharedPointer<QCPAxisTicker> labelTicker(std::function<QString(double)> label,
                                          bool integerSteps = false);
QSharedPointer<QCPAxisTicker> moneyTicker();
QSharedPointer<QCPAxisTicker> percentTicker();
// One tick per category index 0..n-1 with its name.
QSharedPointer<QCPAxisTicker> categoryTicker(const QStringList &names);

} // namespace quita::chart
