#pragma once

#include "domain/Clock.h"
#include "domain/Title.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

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
        ProtestColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    // A title's protest status (the latest protest request of the title).
    struct ProtestStatus
    {
        QString status; // protest_request.status
        QString label;  // translated
        QString detail; // tooltip: sent on, protocol, occurrence, fees
    };
    // The protest status of a debtor's titles, by title id (ProtestDesk::titleLookup).
    using ProtestLookup = std::function<QHash<QUuid, ProtestStatus>(const QUuid &debtorId)>;

    explicit TitleModel(const Clock &clock, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_clock(clock)
    {}
    void setTitles(const QList<Title> &titles);
    // Where the Protest column comes from; without one the column stays empty.
    void setProtestLookup(ProtestLookup lookup) { m_protestLookup = std::move(lookup); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindDisplay(const QString &kind);

private:
    const Clock &m_clock;
    QList<Title> m_titles;
    ProtestLookup m_protestLookup;
    QHash<QUuid, ProtestStatus> m_protest;
};

} // namespace quita
