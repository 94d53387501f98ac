#pragma once

#include "ProtestDesk.h"

#include <QAbstractTableModel>

namespace quita {

// The CRA files of GET /protests/batches (written and imported), newest first.
class ProtestBatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        FileNameColumn,
        DateColumn,
        TitlesColumn,
        TotalColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        BatchIdRole
    };

    explicit ProtestBatchModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setFiles(const QList<ProtestFile> &files);
    const ProtestFile &file(int row) const { return m_files.at(row); }
    int rowOf(const QString &batchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ProtestFile> m_files;
};

} // namespace quita
