#include "ChartStyle.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <qcustomplot.h>

#include <cmath>

namespace quita::chart {

namespace {

class LabelTicker : public QCPAxisTicker
{
public:
    LabelTicker(std::function<QString(double)> label, bool integerSteps)
        : m_label(std::move(label)), m_integer(integerSteps)
    {}

protected:
    double getTickStep(const QCPRange &range) override
    {
        const double step = QCPAxisTicker::getTickStep(range);
        return m_integer ? std::max(1.0, std::round(step)) : step;
    }
    int getSubTickCount(double) override { return 0; }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return m_label(tick);
    }

private:
    std::function<QString(double)> m_label;
    bool m_integer;
};

} // namespace

QColor seriesColor(int i)
{
    static const QColor palette[] = {
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
        QColor(0xF0, 0xE4, 0x42), QColor(0x7F, 0x7F, 0x7F), QColor(0x2C, 0x3E, 0x50),
        QColor(0x8C, 0x56, 0x4B), QColor(0xB8, 0xE1, 0x86), QColor(0x9E, 0x9A, 0xC8)};
    return palette[i % 12];
}

QColor targetColor()
{
    return QColor(0xC0, 0x39, 0x2B);
}

QColor inkColor()
{
    return QColor(0x33, 0x33, 0x33);
}

QColor mutedColor()
{
    return QColor(0x8A, 0x8A, 0x8A);
}

void applyStyle(QCustomPlot *plot)
{
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
    plot->setNoAntialiasingOnDrag(true);
    plot->setInteractions(QCP::Interactions());
    QFont tickFont = plot->font();
    tickFont.setPointSizeF(std::max(7.5, tickFont.pointSizeF() - 1));
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(mutedColor(), 1));
        axis->setTickPen(QPen(mutedColor(), 1));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(inkColor());
        axis->setLabelColor(inkColor());
        axis->setTickLabelFont(tickFont);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(3);
        axis->grid()->setPen(QPen(QColor(0xE6, 0xE6, 0xE6), 1));
        axis->grid()->setZeroLinePen(QPen(mutedColor(), 1));
        axis->grid()->setSubGridVisible(false);
    }
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    plot->legend->setFont(tickFont);
    plot->legend->setTextColor(inkColor());
    plot->legend->setIconSize(14, 10);
}

void legendBelow(QCustomPlot *plot, int columns)
{
    plot->legend->setVisible(true);
    plot->legend->setWrap(columns);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the entries
    plot->legend->setBrush(Qt::NoBrush);
    QCPLayoutGrid *layout = plot->plotLayout();
    if (layout->rowCount() == 1) {
        layout->addElement(1, 0, plot->legend);
        layout->setRowStretchFactor(1, 0.001);
    }
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).toString();
}

// Up to `decimals` decimals, without trailing zeros: 1,25 / 1,5 / 2.
static QString shortNumber(const QLocale &locale, double value, int decimals)
{
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString moneyShort(double cents)
{
    const QLocale locale;
    const double reais = cents / 100.0;
    const double magnitude = std::abs(reais);
    if (magnitude >= 1e6)
        return QCoreApplication::translate("Chart", "R$ %1M")
            .arg(shortNumber(locale, reais / 1e6, magnitude >= 1e7 ? 1 : 2));
    if (magnitude >= 1e3)
        return QCoreApplication::translate("Chart", "R$ %1k")
            .arg(shortNumber(locale, reais / 1e3, magnitude >= 1e4 ? 1 : 2));
    return QCoreApplication::translate("Chart", "R$ %1").arg(locale.toString(reais, 'f', 0));
}

QString percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString rate(const std::optional<double> &fraction)
{
    return fraction ? percent(*fraction, 1) : QStringLiteral("—");
}

QString count(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

QString dayMonth(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM"));
}

QSharedPointer<QCPAxisTicker> labelTicker(std::function<QString(double)> label, bool integerSteps)
{
    return QSharedPointer<QCPAxisTicker>(new LabelTicker(std::move(label), integerSteps));
}

QSharedPointer<QCPAxisTicker> moneyTicker()
{
    return labelTicker([](double v) { return moneyShort(v); });
}

QSharedPointer<QCPAxisTicker> percentTicker()
{
    return labelTicker([](double v) { return percent(v); });
}

QSharedPointer<QCPAxisTicker> categoryTicker(const QStringList &names)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < names.size(); ++i)
        ticker->addTick(double(i), names.at(i));
    ticker->setSubTickCount(0);
    return ticker;
}

} // namespace quita::chart
