#pragma once

#include "store/ProtestRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace quita {

// The protest requests the desk has (synced from the server), filtered by status,
// portfolio and the day they were sent; newest first.
class ProtestListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DebtorColumn,
        DocumentColumn,
        TitleColumn,
        AmountColumn,
        StatusColumn,
        SentColumn,
        ProtocolColumn,
        OccurrenceColumn,
        FeesColumn,
        DocumentsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        RequestIdRole,
        StatusRole
    };

    explicit ProtestListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const ProtestFilter &filter);
    const ProtestFilter &filter() const { return m_filter; }
    void reload();
    const ProtestRequestRow &request(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QSqlDatabase m_db;
    ProtestFilter m_filter;
    QList<ProtestRequestRow> m_rows;
};

} // namespace quita
