#pragma once

#include "ProtestDesk.h"

#include <QAbstractTableModel>
#include <QSet>

namespace quita {

// The titles of GET /protests/eligible, to tick into a remittance batch. Only eligible
// titles can be ticked; an ineligible one (listed on request) shows its first reason and
// all of them in its tooltip.
class EligibleTitleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn, // checkable
        DebtorColumn,
        DocumentColumn,
        DueColumn,
        DaysPastDueColumn,
        BalanceColumn,
        EligibilityColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        TitleIdRole,
        EligibleRole
    };

    // What the review step shows.
    struct Totals
    {
        int titles = 0;
        Money balance;
        int debtors = 0;
        int creditors = 0;
        int ineligible = 0; // ticked titles that are not eligible (never, by construction)
    };

    explicit EligibleTitleModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setTitles(const QList<EligibleTitle> &titles);
    const QList<EligibleTitle> &titles() const { return m_titles; }
    const EligibleTitle &title(int row) const { return m_titles.at(row); }

    // Ticks every eligible title (or none).
    void setAllChecked(bool checked);
    void setChecked(int row, bool checked);
    bool isChecked(int row) const;
    // In the list's order.
    QList<EligibleTitle> checkedTitles() const;
    Totals checkedTotals() const;
    int eligibleCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void checkedChanged();

private:
    QList<EligibleTitle> m_titles;
    QSet<QString> m_checked; // title ids
};

} // namespace quita
