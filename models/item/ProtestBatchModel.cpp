#include "ProtestBatchModel.h"

#include "ProtestLabels.h"

#include <QLocale>

namespace quita {

void ProtestBatchModel::setFiles(const QList<ProtestFile> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int ProtestBatchModel::rowOf(const QString &batchId) const
{
    for (int row = 0; row < m_files.size(); ++row)
        if (m_files.at(row).id == batchId)
            return row;
    return -1;
}

int ProtestBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ProtestBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtestBatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const ProtestFile &f = m_files.at(index.row());
    const QLocale locale;
    if (role == BatchIdRole)
        return f.id;
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return f.fileDate;
        case TitlesColumn:
            return f.titleCount;
        case TotalColumn:
            return qlonglong(f.total.cents());
        case CreatedColumn:
            return f.createdAt;
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            return protest::batchKindLabel(f.kind);
        case FileNameColumn:
            return f.fileName;
        case DateColumn:
            return locale.toString(f.fileDate, QLocale::ShortFormat);
        case TitlesColumn:
            return locale.toString(f.titleCount);
        case TotalColumn:
            return f.total.toString(locale);
        case CreatedColumn:
            return locale.toString(f.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TitlesColumn || index.column() == TotalColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProtestBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case FileNameColumn:
        return tr("File");
    case DateColumn:
        return tr("File date");
    case TitlesColumn:
        return tr("Titles");
    case TotalColumn:
        return tr("Total");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace quita
