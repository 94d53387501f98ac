#include "KpiFilterBar.h"

#include "domain/ActivityKinds.h"
#include "domain/kpi/KpiDefinitions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace quita {

namespace {

enum Preset
{
    Today,
    ThisMonth,
    Last30,
    Last90,
    Custom
};

} // namespace

KpiFilterBar::KpiFilterBar(const QDate &today, QWidget *parent)
    : QWidget(parent), m_today(today), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_portfolio(new QComboBox(this)),
      m_agentLabel(new QLabel(tr("&Agent:"), this)), m_agent(new QComboBox(this)),
      m_channel(new QComboBox(this))
{
    setObjectName(QStringLiteral("kpiFilterBar"));
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_portfolio->setObjectName(QStringLiteral("portfolioFilter"));
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_preset->addItems(
        {tr("Today"), tr("This month"), tr("Last 30 days"), tr("Last 90 days"), tr("Custom")});
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMaximumDate(today.addYears(1));
    }
    fill(m_portfolio, tr("All portfolios"), {});
    fill(m_agent, tr("All agents"), {});
    QList<QPair<QString, QString>> channels;
    for (Channel c : allChannels())
        channels << qMakePair(channelName(c), channelDisplayName(c));
    fill(m_channel, tr("All channels"), channels);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto *toLabel = new QLabel(tr("to"), this);
    auto *portfolioLabel = new QLabel(tr("P&ortfolio:"), this);
    portfolioLabel->setBuddy(m_portfolio);
    m_agentLabel->setBuddy(m_agent);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    for (QWidget *w : std::initializer_list<QWidget *>{periodLabel, m_preset, m_from, toLabel, m_to,
                                                       portfolioLabel, m_portfolio, m_agentLabel,
                                                       m_agent, channelLabel, m_channel})
        layout->addWidget(w);
    layout->addStretch(1);

    applyPreset(ThisMonth);
    m_preset->setCurrentIndex(ThisMonth);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index == Custom)
            return;
        applyPreset(index);
        emitChanged();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_quiet)
                return;
            if (m_to->date() < m_from->date()) {
                const QSignalBlocker blocker(m_to);
                m_to->setDate(m_from->date());
            }
            // The server reports at most kMaxKpiRangeDays at once: the start follows.
            if (m_from->date().daysTo(m_to->date()) + 1 > kMaxKpiRangeDays) {
                const QSignalBlocker blocker(m_from);
                m_from->setDate(m_to->date().addDays(1 - kMaxKpiRangeDays));
            }
            m_preset->setCurrentIndex(Custom);
            emitChanged();
        });
    for (QComboBox *combo : {m_portfolio, m_agent, m_channel})
        connect(combo, &QComboBox::activated, this, [this] { emitChanged(); });
}

void KpiFilterBar::fill(QComboBox *combo, const QString &all,
                        const QList<QPair<QString, QString>> &choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[id, name] : choices)
        combo->addItem(name, id);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void KpiFilterBar::applyPreset(int preset)
{
    QDate from = m_today;
    switch (preset) {
    case Today:
        break;
    case ThisMonth:
        from = QDate(m_today.year(), m_today.month(), 1);
        break;
    case Last30:
        from = m_today.addDays(-29);
        break;
    case Last90:
        from = m_today.addDays(-89);
        break;
    default:
        return;
    }
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(m_today);
    m_quiet = false;
}

void KpiFilterBar::emitChanged()
{
    emit changed(filter());
}

KpiFilter KpiFilterBar::filter() const
{
    KpiFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.portfolio = m_portfolio->currentData().toString();
    f.agent = m_agent->isHidden() ? QString() : m_agent->currentData().toString();
    f.channel = m_channel->currentData().toString();
    return f;
}

void KpiFilterBar::setFilter(const KpiFilter &filter)
{
    m_quiet = true;
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    m_quiet = false;
    m_preset->setCurrentIndex(Custom);
    for (const auto &[combo, value] :
         {qMakePair(m_portfolio, filter.portfolio), qMakePair(m_agent, filter.agent),
          qMakePair(m_channel, filter.channel)}) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void KpiFilterBar::setPortfolios(const QList<QPair<QString, QString>> &portfolios)
{
    fill(m_portfolio, tr("All portfolios"), portfolios);
}

void KpiFilterBar::setAgents(const QList<QPair<QString, QString>> &agents)
{
    fill(m_agent, tr("All agents"), agents);
}

void KpiFilterBar::setAgentChoiceVisible(bool visible)
{
    m_agent->setHidden(!visible);
    m_agentLabel->setHidden(!visible);
}

} // namespace quita
