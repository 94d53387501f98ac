#include "TimelineModel.h"

#include "domain/ActivityKinds.h"

#include <QHash>
#include <QLocale>

namespace quita {

TimelineModel::TimelineModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent), m_repository(std::make_unique<ActivityRepository>(db)),
      m_eventRepository(std::make_unique<TimelineEventRepository>(db))
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

bool TimelineModel::eventsShown() const
{
    return m_query.channels.isEmpty() && !m_query.direction && m_query.results.isEmpty();
}

QList<TimelineModel::Entry> TimelineModel::mergedOrder() const
{
    QList<Entry> order;
    order.reserve(m_rows.size() + m_events.size());
    const QDateTime floor = m_atEnd || m_rows.isEmpty() ? QDateTime() : m_rows.last().occurredAt;
    qsizetype a = 0;
    qsizetype e = 0;
    while (a < m_rows.size() || e < m_events.size()) {
        const bool eventLeft =
            e < m_events.size() && (!floor.isValid() || m_events.at(e).occurredAt >= floor);
        if (a < m_rows.size() &&
            (!eventLeft || m_rows.at(a).occurredAt >= m_events.at(e).occurredAt)) {
            order.append(Entry{false, int(a++)});
        } else if (eventLeft) {
            order.append(Entry{true, int(e++)});
        } else {
            break;
        }
    }
    return order;
}

void TimelineModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_events.clear();
    m_atEnd = m_query.debtorId.isNull();
    if (!m_atEnd) {
        TimelineQuery first = m_query;
        first.beforeAt = {};
        first.beforeId = {};
        m_rows = m_repository->timeline(first);
        m_atEnd = m_rows.size() < m_query.limit;
        if (eventsShown()) {
            const QString text = m_query.text.trimmed();
            for (const TimelineEvent &event : m_eventRepository->forDebtor(m_query.debtorId)) {
                if (text.isEmpty() || eventHeadline(event).contains(text, Qt::CaseInsensitive) ||
                    eventChip(event).contains(text, Qt::CaseInsensitive) ||
                    event.summary.contains(text, Qt::CaseInsensitive))
                    m_events.append(event);
            }
        }
    }
    m_order = mergedOrder();
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
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
    m_rows.append(page);
    // Everything newly in the order is older than what was shown: it goes at the end.
    const QList<Entry> order = mergedOrder();
    if (order.size() == m_order.size())
        return;
    beginInsertRows({}, int(m_order.size()), int(order.size() - 1));
    m_order = order;
    endInsertRows();
}

QString TimelineModel::eventChip(const TimelineEvent &e)
{
    if (e.source == QLatin1String("protest"))
        return tr("Protest");
    if (e.kind == QLatin1String("created"))
        return tr("Agreement");
    if (e.kind == QLatin1String("payment"))
        return tr("Payment");
    if (e.kind == QLatin1String("broken"))
        return tr("Agreement broken");
    if (e.kind == QLatin1String("settled"))
        return tr("Settled");
    if (e.kind == QLatin1String("cancelled"))
        return tr("Cancelled");
    return e.kind;
}

QString TimelineModel::eventHeadline(const TimelineEvent &e)
{
    const QLocale locale;
    if (e.source == QLatin1String("protest")) {
        static const QHash<QString, const char *> texts{
            {QStringLiteral("sent"), QT_TR_NOOP("Title sent to protest")},
            {QStringLiteral("protocolled"), QT_TR_NOOP("Protest registered at the notary")},
            {QStringLiteral("protested"), QT_TR_NOOP("Title protested")},
            {QStringLiteral("paid"), QT_TR_NOOP("Paid at the notary")},
            {QStringLiteral("withdrawn"), QT_TR_NOOP("Protest withdrawn")},
            {QStringLiteral("cancelled"), QT_TR_NOOP("Protest cancelled")},
            {QStringLiteral("returned"), QT_TR_NOOP("Returned by the notary (irregularity)")},
            {QStringLiteral("suspended"), QT_TR_NOOP("Protest suspended")},
            {QStringLiteral("document_attached"), QT_TR_NOOP("Document attached to the protest")}};
        const auto it = texts.constFind(e.kind);
        return it != texts.cend() ? tr(*it) : e.summary;
    }
    if (e.kind == QLatin1String("created"))
        return tr("Agreement made: total %1").arg(e.amount.toString(locale));
    if (e.kind == QLatin1String("payment"))
        return e.installmentNumber ? tr("Installment %1: payment of %2")
                                         .arg(*e.installmentNumber)
                                         .arg(e.amount.toString(locale))
                                   : tr("Payment of %1").arg(e.amount.toString(locale));
    if (e.kind == QLatin1String("broken"))
        return e.installmentNumber
                   ? tr("Agreement broken: installment %1 (%2) unpaid past the grace days")
                         .arg(*e.installmentNumber)
                         .arg(e.amount.toString(locale))
                   : tr("Agreement broken");
    if (e.kind == QLatin1String("settled"))
        return tr("Agreement settled: every installment paid");
    if (e.kind == QLatin1String("cancelled"))
        return tr("Agreement cancelled");
    return e.kind;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    if (m_order.at(index.row()).event) {
        const TimelineEvent &e = m_events.at(m_order.at(index.row()).index);
        switch (role) {
        case Qt::DisplayRole:
        case SummaryRole:
            return eventHeadline(e);
        case Qt::ToolTipRole:
        case BodyRole:
            return e.source == QLatin1String("protest") ? e.summary : QString();
        case IdRole:
            return e.id;
        case ChannelRole:
        case EntryKindRole:
            return e.source;
        case DirectionRole:
            return QString();
        case ResultRole:
            return e.kind;
        case OccurredAtRole:
            return e.occurredAt;
        case AgentRole:
            return e.by;
        case ChipRole:
            return eventChip(e);
        default:
            return {};
        }
    }
    const Activity &a = m_rows.at(m_order.at(index.row()).index);
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
    case EntryKindRole:
        return QStringLiteral("activity");
    case ChipRole:
        return ResultCatalog::displayName(a.result);
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
                  {CallbackAtRole, "callbackAt"},
                  {EntryKindRole, "entryKind"},
                  {ChipRole, "chip"}});
    return names;
}

} // namespace quita
