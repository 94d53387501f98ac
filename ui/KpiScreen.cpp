#include "KpiScreen.h"

#include "DrillDownDialog.h"
#include "KpiFilterBar.h"
#include "charts/ChartFrame.h"
#include "charts/KpiChart.h"
#include "item/KpiSource.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace quita {

KpiScreen::KpiScreen(KpiSource *source, const QDate &today, QWidget *parent)
    : QWidget(parent), m_source(source), m_filterBar(new KpiFilterBar(today, this)),
      m_status(new QLabel(this)), m_content(new QVBoxLayout)
{
    m_status->setObjectName(QStringLiteral("kpiStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("kpiPage"));
    page->setLayout(m_content);
    m_content->setContentsMargins(0, 0, 4, 0);
    m_content->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    connect(m_filterBar, &KpiFilterBar::changed, this, [this] { reload(); });
}

void KpiScreen::setSource(KpiSource *source)
{
    m_source = source;
}

void KpiScreen::setPortfolios(const QList<QPair<QString, QString>> &portfolios)
{
    m_filterBar->setPortfolios(portfolios);
    m_portfolioNames.clear();
    for (const auto &[id, name] : portfolios)
        m_portfolioNames.insert(id, name);
}

void KpiScreen::setFixedAgent(const QString &agentId)
{
    m_fixedAgent = agentId;
    m_filterBar->setAgentChoiceVisible(false);
}

KpiFilter KpiScreen::filter() const
{
    KpiFilter f = m_filterBar->filter();
    if (!m_fixedAgent.isEmpty())
        f.agent = m_fixedAgent;
    return f;
}

ChartFrame *KpiScreen::addChart(KpiChart *chart)
{
    auto *frame = new ChartFrame(chart, this);
    m_frames << frame;
    connect(chart, &KpiChart::drillDown, this, &KpiScreen::drillDown);
    chart->showMessage(tr("Loading…"));
    return frame;
}

void KpiScreen::reload()
{
    if (!m_source) {
        m_status->setText(offlineText());
        return;
    }
    m_requested = filter();
    m_status->setText(tr("Loading the figures…"));
    if (!m_hasReport)
        for (ChartFrame *frame : std::as_const(m_frames))
            frame->chart()->showMessage(tr("Loading…"));
    m_reply = m_source->report(m_requested); // a newer request makes the older one moot
    connect(m_reply, &KpiReply::finished, this, &KpiScreen::loaded);
}

void KpiScreen::loaded()
{
    auto *reply = qobject_cast<KpiReply *>(sender());
    if (reply != m_reply)
        return; // an older request
    m_reply.clear();
    QString error;
    if (!reply->ok()) {
        error = reply->failure() == KpiReply::Failure::Offline
                    ? offlineText()
                    : tr("The figures could not be loaded. %1").arg(reply->errorMessage());
    } else if (auto parsed = KpiReport::fromJson(reply->json()); !parsed) {
        error = tr("The figures could not be loaded. %1").arg(parsed.error().message);
    } else {
        showReport(parsed.value());
        return;
    }
    m_status->setText(error);
    if (!m_hasReport)
        for (ChartFrame *frame : std::as_const(m_frames))
            frame->chart()->showMessage(error);
}

void KpiScreen::showReport(const KpiReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_status->setText(report.isQuiet()
                          ? tr("No activity in this period.")
                          : tr("%1 to %2.")
                                .arg(QLocale().toString(report.from, QLocale::ShortFormat),
                                     QLocale().toString(report.to, QLocale::ShortFormat)));
    present(report);
    for (ChartFrame *frame : std::as_const(m_frames))
        frame->updateTitle();
    emit reportShown();
}

DrillDownDialog *KpiScreen::drillDownDialog() const
{
    return m_drillDown;
}

QString KpiScreen::statusText() const
{
    return m_status->text();
}

void KpiScreen::drillDown(const KpiSelector &selector, const QString &caption)
{
    if (!m_source)
        return;
    if (m_drillDown)
        m_drillDown->close();
    auto *dialog = new DrillDownDialog(
        m_source, m_requested.from.isValid() ? m_requested : filter(), selector, caption, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPortfolioNames(m_portfolioNames);
    connect(dialog, &DrillDownDialog::debtorChosen, this, &KpiScreen::debtorChosen);
    m_drillDown = dialog;
    dialog->show();
}

QLabel *KpiScreen::makeTile(const QString &objectName, QWidget *parent)
{
    auto *tile = new QLabel(parent);
    tile->setObjectName(objectName);
    tile->setTextFormat(Qt::RichText);
    tile->setMinimumWidth(150);
    tile->setStyleSheet(QStringLiteral(
        "QLabel { background: white; border: 1px solid #ddd; border-radius: 4px; padding: 6px; }"));
    return tile;
}

void KpiScreen::setTile(QLabel *tile, const QString &title, const QString &value,
                        const QString &detail, const QString &definition)
{
    tile->setText(QStringLiteral("<span style='color:#555'>%1</span><br>"
                                 "<span style='font-size:15pt; font-weight:600'>%2</span><br>"
                                 "<span style='color:#555'>%3</span>")
                      .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped()));
    tile->setToolTip(definition);
}

} // namespace quita
