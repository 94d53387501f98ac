#pragma once

#include "store/ActivityRepository.h"

#include <QAbstractListModel>

#include <memory>

namespace quita {

// A debtor's unified timeline, newest first, fetched a page at a time
// (canFetchMore/fetchMore) by keyset from the store, with channel, direction, result
// and full-text filters applied in SQL.
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

    const Activity &activityAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::unique_ptr<ActivityRepository> m_repository;
    TimelineQuery m_query;
    QList<Activity> m_rows;
    bool m_atEnd = true;
};

} // namespace quita
