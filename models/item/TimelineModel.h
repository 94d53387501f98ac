#pragma once

#include "store/ActivityRepository.h"
#include "store/TimelineEventRepository.h"

#include <QAbstractListModel>

#include <memory>

namespace quita {

// A debtor's unified timeline, newest first: the contacts on every channel, fetched a
// page at a time (canFetchMore/fetchMore) by keyset from the store with channel,
// direction, result and full-text filters applied in SQL, and among them the account's
// events (agreements made, paid, broken; protests), which are few and loaded whole. The
// events show when no channel, direction or result filter is set; a text filter matches
// their words.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ChannelRole,    // channel machine name
        DirectionRole,  // "outbound" / "inbound"
        ResultRole,     // result machine name
        OccurredAtRole, // QDateTime UTC
        AgentRole,
        SummaryRole,
        BodyRole,
        CallbackAtRole, // QDateTime UTC or invalid
        EntryKindRole,  // "activity", "agreement" or "protest"
        ChipRole,       // the short label on the right: a result, or what happened
    };

    explicit TimelineModel(QSqlDatabase db, QObject *parent = nullptr);
    ~TimelineModel() override;

    void setDebtor(const QUuid &debtorId);
    QUuid debtor() const { return m_query.debtorId; }
    void setChannels(const QSet<Channel> &channels);
    void setDirection(std::optional<Direction> direction);
    void setResults(const QStringList &results);
    void setText(const QString &text);
    // Channel, direction and result at once: one query instead of three.
    void setFilter(const QSet<Channel> &channels, std::optional<Direction> direction,
                   const QStringList &results);
    void setPageSize(int rows) { m_query.limit = rows; }
    // Drops every filter without reloading (the next setDebtor or refresh applies it).
    void resetFilters();
    // Reloads from the newest row keeping the filters (after a new activity).
    void refresh();

    // Whether `row` is an account event; activityAt() is for the other rows.
    bool isEvent(int row) const { return m_order.at(row).event; }
    const Activity &activityAt(int row) const { return m_rows.at(m_order.at(row).index); }
    const TimelineEvent &eventAt(int row) const { return m_events.at(m_order.at(row).index); }

    // The words the timeline shows for an event: its label and its sentence.
    static QString eventChip(const TimelineEvent &event);
    static QString eventHeadline(const TimelineEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Entry
    {
        bool event = false;
        int index = 0; // in m_events or m_rows
    };
    // The merged order of the loaded activities and the events down to the oldest one
    // loaded (all of them once the last page is in).
    QList<Entry> mergedOrder() const;
    bool eventsShown() const;

    std::unique_ptr<ActivityRepository> m_repository;
    std::unique_ptr<TimelineEventRepository> m_eventRepository;
    TimelineQuery m_query;
    QList<Activity> m_rows;
    QList<TimelineEvent> m_events;
    QList<Entry> m_order;
    bool m_atEnd = true;
};

} // namespace quita
