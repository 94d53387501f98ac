#pragma once

#include "domain/Clock.h"
#include "domain/Title.h"

#include <QAbstractTableModel>

namespace quita {

// A debtor's titles (contracts, invoices) with open balance and days past due; the
// original principal is in the open balance's tooltip.
class TitleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        KindColumn,
        DueColumn,
        OpenColumn,
        DaysPastDueColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit TitleModel(const Clock &clock, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_clock(clock)
    {}
    void setTitles(const QList<Title> &titles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindDisplay(const QString &kind);

private:
    const Clock &m_clock;
    QList<Title> m_titles;
};

} // namespace quita
