#include "TitleModel.h"

#include <QLocale>

namespace quita {

void TitleModel::setTitles(const QList<Title> &titles)
{
    beginResetModel();
    m_titles = titles;
    endResetModel();
}

int TitleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

int TitleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TitleModel::kindDisplay(const QString &kind)
{
    if (kind == QLatin1String("contract"))
        return tr("Contract");
    if (kind == QLatin1String("invoice"))
        return tr("Invoice");
    if (kind == QLatin1String("card"))
        return tr("Credit card");
    if (kind == QLatin1String("loan"))
        return tr("Loan");
    return kind;
}

QVariant TitleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_titles.size())
        return {};
    const Title &t = m_titles.at(index.row());
    const int dpd = t.openBalance.cents() > 0 ? t.daysPastDue(m_clock.today()) : 0;
    QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case DueColumn:
            return t.dueDate;
        case OpenColumn:
            return qlonglong(t.openBalance.cents());
        case DaysPastDueColumn:
            return dpd;
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return t.disputed ? tr("%1 (disputed)").arg(t.number) : t.number;
        case KindColumn:
            return kindDisplay(t.kind);
        case DueColumn:
            return locale.toString(t.dueDate, QLocale::ShortFormat);
        case OpenColumn:
            return t.openBalance.toString(locale);
        case DaysPastDueColumn:
            return dpd > 0 ? locale.toString(dpd) : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OpenColumn)
        return tr("Original principal: %1").arg(t.principal.toString(locale));
    if (role == Qt::TextAlignmentRole && index.column() >= OpenColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TitleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case KindColumn:
        return tr("Kind");
    case DueColumn:
        return tr("Due");
    case OpenColumn:
        return tr("Open balance");
    case DaysPastDueColumn:
        return tr("Days late");
    }
    return {};
}

} // namespace quita
