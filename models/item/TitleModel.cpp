#include "TitleModel.h"

#include <QColor>
#include <QLocale>

namespace quita {

void TitleModel::setTitles(const QList<Title> &titles)
{
    beginResetModel();
    m_titles = titles;
    m_protest = m_protestLookup && !titles.isEmpty() ? m_protestLookup(titles.first().debtorId)
                                                     : QHash<QUuid, ProtestStatus>();
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
        case ProtestColumn:
            return m_protest.value(t.id).label;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OpenColumn)
        return tr("Original principal: %1").arg(t.principal.toString(locale));
    if (role == Qt::ToolTipRole && index.column() == ProtestColumn)
        return m_protest.value(t.id).detail;
    // A protested title is marked where the eye starts (the column is at the far right).
    if (index.column() == NumberColumn && m_protest.contains(t.id)) {
        const ProtestStatus &p = m_protest.value(t.id);
        if (role == Qt::ToolTipRole)
            return tr("Protest: %1\n%2").arg(p.label, p.detail);
        if (role == Qt::DecorationRole)
            return p.status == QLatin1String("protested") ? QColor(0xc6, 0x28, 0x28)
                   : p.status == QLatin1String("sent") ||
                           p.status == QLatin1String("protocolled") ||
                           p.status == QLatin1String("suspended")
                       ? QColor(0xef, 0x8f, 0x00)
                       : QColor(0x9e, 0x9e, 0x9e);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == OpenColumn || index.column() == DaysPastDueColumn))
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
    case ProtestColumn:
        return tr("Protest");
    }
    return {};
}

} // namespace quita
