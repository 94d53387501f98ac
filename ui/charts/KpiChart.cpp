#include "KpiChart.h"

#include "ChartStyle.h"

#include <QLabel>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace quita {

KpiChart::KpiChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_message(new QLabel(this)),
      m_stack(new QStackedWidget(this))
{
    m_plot->setObjectName(QStringLiteral("plot"));
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #666; background: white;"));
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumHeight(240);
    chart::applyStyle(m_plot);
    m_plot->setMouseTracking(true);

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = toolTipAt(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this,
            [this](QMouseEvent *event) { m_pressPos = event->pos(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
            return;
        QString caption;
        const KpiSelector selector = selectorAt(event->pos(), &caption);
        if (selector.isValid())
            emit drillDown(selector, caption);
    });
}

void KpiChart::setReport(const KpiReport &report)
{
    m_report = report;
    reset();
    m_hasData = draw(report);
    m_plot->setToolTip(definition());
    if (m_hasData) {
        m_stack->setCurrentWidget(m_plot);
        m_plot->replot();
    } else {
        m_message->setText(emptyText());
        m_stack->setCurrentWidget(m_message);
    }
}

void KpiChart::showMessage(const QString &text)
{
    if (text.isEmpty()) {
        m_stack->setCurrentWidget(m_hasData ? static_cast<QWidget *>(m_plot) : m_message);
        return;
    }
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString KpiChart::emptyText() const
{
    return tr("No activity in this period.");
}

void KpiChart::reset()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->legend->setVisible(false);
    for (QCPAxis *axis : m_plot->axisRect()->axes())
        axis->setLabel(QString());
}

QCPAbstractPlottable *KpiChart::hit(const QPoint &pos, int *index) const
{
    if (!m_hasData)
        return nullptr;
    for (int i = m_plot->plottableCount() - 1; i >= 0; --i) {
        QCPAbstractPlottable *p = m_plot->plottable(i);
        if (!p->visible())
            continue;
        QVariant details;
        const double distance = p->selectTest(pos, false, &details);
        if (distance < 0 || distance > m_plot->selectionTolerance())
            continue;
        const auto selection = details.value<QCPDataSelection>();
        *index = selection.isEmpty() ? -1 : selection.dataRange().begin();
        return p;
    }
    return nullptr;
}

QString KpiChart::toolTipAt(const QPoint &pos) const
{
    int index = -1;
    QCPAbstractPlottable *p = hit(pos, &index);
    return p ? describe(p, index, pos) : QString();
}

KpiSelector KpiChart::selectorAt(const QPoint &pos, QString *caption) const
{
    int index = -1;
    QCPAbstractPlottable *p = hit(pos, &index);
    return p ? select(p, index, pos, caption) : KpiSelector();
}

KpiSelector KpiChart::select(QCPAbstractPlottable *, int, const QPoint &, QString *) const
{
    return {};
}

} // namespace quita
