#include "EligibleTitleModel.h"

#include "ProtestLabels.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace quita {

void EligibleTitleModel::setTitles(const QList<EligibleTitle> &titles)
{
    beginResetModel();
    m_titles = titles;
    // Keep the ticks of titles still listed and eligible.
    QSet<QString> kept;
    for (const EligibleTitle &t : titles)
        if (t.eligible() && m_checked.contains(t.titleId))
            kept.insert(t.titleId);
    m_checked = kept;
    endResetModel();
    emit checkedChanged();
}

void EligibleTitleModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked)
        for (const EligibleTitle &t : std::as_const(m_titles))
            if (t.eligible())
                m_checked.insert(t.titleId);
    if (!m_titles.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn),
                         {Qt::CheckStateRole});
    emit checkedChanged();
}

void EligibleTitleModel::setChecked(int row, bool checked)
{
    setData(index(row, TitleColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

bool EligibleTitleModel::isChecked(int row) const
{
    return row >= 0 && row < m_titles.size() && m_checked.contains(m_titles.at(row).titleId);
}

QList<EligibleTitle> EligibleTitleModel::checkedTitles() const
{
    QList<EligibleTitle> checked;
    for (const EligibleTitle &t : m_titles)
        if (m_checked.contains(t.titleId))
            checked.append(t);
    return checked;
}

EligibleTitleModel::Totals EligibleTitleModel::checkedTotals() const
{
    Totals totals;
    QSet<QString> debtors, creditors;
    for (const EligibleTitle &t : checkedTitles()) {
        ++totals.titles;
        totals.balance += t.balance;
        debtors.insert(t.debtorId);
        creditors.insert(t.creditorId);
        if (!t.eligible())
            ++totals.ineligible;
    }
    totals.debtors = int(debtors.size());
    totals.creditors = int(creditors.size());
    return totals;
}

int EligibleTitleModel::eligibleCount() const
{
    return int(std::count_if(m_titles.cbegin(), m_titles.cend(),
                             [](const EligibleTitle &t) { return t.eligible(); }));
}

int EligibleTitleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

int EligibleTitleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EligibleTitleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_titles.size())
        return {};
    const EligibleTitle &t = m_titles.at(index.row());
    const QLocale locale;
    switch (role) {
    case TitleIdRole:
        return t.titleId;
    case EligibleRole:
        return t.eligible();
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn && t.eligible())
            return m_checked.contains(t.titleId) ? Qt::Checked : Qt::Unchecked;
        return {};
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return t.dueOn;
        case DaysPastDueColumn:
            return t.daysPastDue;
        case BalanceColumn:
            return qlonglong(t.balance.cents());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return t.titleNumber;
        case DebtorColumn:
            return t.debtorName;
        case DocumentColumn:
            return t.document;
        case DueColumn:
            return locale.toString(t.dueOn, QLocale::ShortFormat);
        case DaysPastDueColumn:
            return locale.toString(t.daysPastDue);
        case BalanceColumn:
            return t.balance.toString(locale);
        case EligibilityColumn:
            if (t.eligible())
                return tr("Eligible");
            return t.reasons.size() == 1 ? protest::reasonLabel(t.reasons.first().code)
                                         : tr("%1 (+%n more)", nullptr, int(t.reasons.size() - 1))
                                               .arg(protest::reasonLabel(t.reasons.first().code));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EligibilityColumn && !t.eligible()) {
            QStringList lines;
            for (const EligibleTitle::Reason &r : t.reasons)
                lines << QStringLiteral("• ") + protest::reasonLabel(r.code);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == BalanceColumn)
            return tr("Original principal: %1").arg(t.principal.toString(locale));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysPastDueColumn || index.column() == BalanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!t.eligible())
            return QVariant::fromValue(QColor(Qt::darkGray));
        return {};
    }
    return {};
}

bool EligibleTitleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != TitleColumn)
        return false;
    const EligibleTitle &t = m_titles.at(index.row());
    if (!t.eligible())
        return false;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(t.titleId);
    else
        m_checked.remove(t.titleId);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags EligibleTitleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn && m_titles.at(index.row()).eligible())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant EligibleTitleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DebtorColumn:
        return tr("Debtor");
    case DocumentColumn:
        return tr("CPF/CNPJ");
    case DueColumn:
        return tr("Due");
    case DaysPastDueColumn:
        return tr("Days late");
    case BalanceColumn:
        return tr("Balance");
    case EligibilityColumn:
        return tr("Eligibility");
    }
    return {};
}

} // namespace quita
