#pragma once

#include "domain/Clock.h"
#include "domain/ContactInsight.h"
#include "store/WorkQueueRepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace quita {

class ActivityRepository;

// Today's work queue, or, while a search is typed, the debtors that match it (with
// their queue reason when they have one). Rows are exposed a page at a time; display
// roles are formatted, SortRole holds the raw value.
class WorkQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReasonColumn,
        NameColumn,
        DocumentColumn,
        StateColumn,
        TotalDueColumn,
        DaysPastDueColumn,
        BestContactColumn,
        ColumnCount
    };
    enum Role
    {
        DebtorIdRole = Qt::UserRole + 1,
        ReasonRole,
        SortRole,
        BestChannelRole, // the best channel's machine name, for the view to show its icon
    };

    WorkQueueModel(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);
    ~WorkQueueModel() override;

    // Rebuilds today's queue from the store.
    void reload();
    // Non-empty: show search hits instead of the queue.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    int queueSize() const { return int(m_queue.size()); }
    QUuid debtorAt(int row) const;
    int rowOf(const QUuid &debtorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const QList<QueueEntry> &rows() const { return m_search.isEmpty() ? m_queue : m_hits; }
    std::optional<ContactRecommendation> bestContact(const QueueEntry &entry) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    std::unique_ptr<ActivityRepository> m_activities;
    QList<QueueEntry> m_queue;
    QHash<qint64, qsizetype> m_queueRow; // debtor rowid -> index in m_queue
    QList<QueueEntry> m_hits;
    QString m_search;
    int m_shown = 0;
    mutable QHash<QUuid, std::optional<ContactRecommendation>> m_bestContact;
};

} // namespace quita
