#include "TimelineModel.h"

#include "domain/ActivityKinds.h"

#include <QLocale>

namespace quita {

TimelineModel::TimelineModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent), m_repository(std::make_unique<ActivityRepository>(std::move(db)))
{}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setDebtor(const QUuid &debtorId)
{
    m_query.debtorId = debtorId;
    refresh();
}

void TimelineModel::setChannels(const QSet<Channel> &channels)
{
    m_query.channels = channels;
    refresh();
}

void TimelineModel::setDirection(std::optional<Direction> direction)
{
    m_query.direction = direction;
    refresh();
}

void TimelineModel::setResults(const QStringList &results)
{
    m_query.results = results;
    refresh();
}

void TimelineModel::setText(const QString &text)
{
    m_query.text = text;
    refresh();
}

void TimelineModel::setFilter(const QSet<Channel> &channels, std::optional<Direction> direction,
                              const QStringList &results)
{
    m_query.channels = channels;
    m_query.direction = direction;
    m_query.results = results;
    refresh();
}

void TimelineModel::resetFilters()
{
    m_query.channels.clear();
    m_query.direction.reset();
    m_query.results.clear();
    m_query.text.clear();
}

void TimelineModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_query.debtorId.isNull();
    if (!m_atEnd) {
        TimelineQuery first = m_query;
        first.beforeAt = {};
        first.beforeId = {};
        m_rows = m_repository->timeline(first);
        m_atEnd = m_rows.size() < m_query.limit;
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    TimelineQuery next = m_query;
    next.beforeAt = m_rows.last().occurredAt;
    next.beforeId = m_rows.last().id;
    const QList<Activity> page = m_repository->timeline(next);
    m_atEnd = page.size() < m_query.limit;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Activity &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.summary.isEmpty() ? ResultCatalog::displayName(a.result) : a.summary;
    case Qt::ToolTipRole:
        return a.body.isEmpty() ? a.summary : a.body;
    case IdRole:
        return a.id;
    case ChannelRole:
        return channelName(a.channel);
    case DirectionRole:
        return directionName(a.direction);
    case ResultRole:
        return a.result;
    case OccurredAtRole:
        return a.occurredAt;
    case AgentRole:
        return a.agent;
    case SummaryRole:
        return a.summary;
    case BodyRole:
        return a.body;
    case CallbackAtRole:
        return a.callbackAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {ChannelRole, "channel"},
                  {DirectionRole, "direction"},
                  {ResultRole, "result"},
                  {OccurredAtRole, "occurredAt"},
                  {AgentRole, "agent"},
                  {SummaryRole, "summary"},
                  {BodyRole, "body"},
                  {CallbackAtRole, "callbackAt"}});
    return names;
}

} // namespace quita
