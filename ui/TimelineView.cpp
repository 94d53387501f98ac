#include "TimelineView.h"

#include "ChannelIcons.h"
#include "TimelineDelegate.h"
#include "item/TimelineModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace quita {

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_channel(new QComboBox(this)),
      m_direction(new QComboBox(this)), m_result(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_list(new QListView(this)), m_empty(new QLabel(this)),
      m_searchDelay(new QTimer(this))
{
    m_channel->setObjectName(QStringLiteral("timelineChannelFilter"));
    m_channel->addItem(tr("All channels"));
    for (Channel c : allChannels())
        m_channel->addItem(ChannelIcons::channel(c), channelDisplayName(c), channelName(c));
    m_channel->setToolTip(tr("Show one channel only"));

    m_direction->setObjectName(QStringLiteral("timelineDirectionFilter"));
    m_direction->addItem(tr("Both directions"));
    m_direction->addItem(directionDisplayName(Direction::Outbound),
                         directionName(Direction::Outbound));
    m_direction->addItem(directionDisplayName(Direction::Inbound),
                         directionName(Direction::Inbound));

    m_result->setObjectName(QStringLiteral("timelineResultFilter"));
    m_result->addItem(tr("All results"));
    m_result->addItem(tr("Right-party contacts"), QStringLiteral("@right_party"));
    for (const auto &info : ResultCatalog::defaults().all())
        m_result->addItem(ResultCatalog::displayName(info.name), info.name);

    for (QComboBox *box : {m_channel, m_direction, m_result}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_result ? 16 : 12);
    }
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setPlaceholderText(tr("Search this timeline…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_channel);
    filters->addWidget(m_direction);
    filters->addWidget(m_result);
    filters->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &TimelineView::applyFilters);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &TimelineView::applyFilters);
    connect(m_result, &QComboBox::currentIndexChanged, this, &TimelineView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setText(m_search->text()); });
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::updateEmptyState);
    updateEmptyState();
}

void TimelineView::clearFilters() // the caller reloads (e.g. by opening a debtor)
{
    const QSignalBlocker b1(m_channel), b2(m_direction), b3(m_result), b4(m_search);
    m_channel->setCurrentIndex(0);
    m_direction->setCurrentIndex(0);
    m_result->setCurrentIndex(0);
    m_search->clear();
    m_searchDelay->stop();
    m_model->resetFilters();
}

void TimelineView::applyFilters()
{
    QSet<Channel> channels;
    if (const auto c = channelFromName(m_channel->currentData().toString()))
        channels.insert(*c);
    QStringList results;
    const QString result = m_result->currentData().toString();
    if (result == QLatin1String("@right_party")) {
        for (const auto &info : ResultCatalog::defaults().all())
            if (info.rightParty)
                results << info.name;
    } else if (!result.isEmpty()) {
        results << result;
    }
    m_model->setFilter(channels, directionFromName(m_direction->currentData().toString()), results);
}

void TimelineView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool filtered = m_channel->currentIndex() > 0 || m_direction->currentIndex() > 0 ||
                          m_result->currentIndex() > 0 || !m_search->text().isEmpty();
    if (m_model->debtor().isNull())
        m_empty->setText(tr("Open a debtor from the queue to see every contact here."));
    else if (filtered)
        m_empty->setText(tr("No activity matches these filters."));
    else
        m_empty->setText(tr("No contact with this debtor yet. Log the first one below."));
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace quita
