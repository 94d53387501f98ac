#pragma once

#include "domain/Clock.h"
#include "sync/SyncConflicts.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace quita {

// The changes the server did not take, for the agent to resolve: a promise someone else
// changed first (409, with the server's version) or a change it refused (with its
// reason). Resolving one is discarding it, or, for a stale change, sending it again on
// top of the server's current version.
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Debtor,
        Change,
        Reason,
        ColumnCount
    };

    ConflictModel(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const SyncConflict &conflictAt(int row) const { return m_rows.at(row); }
    // Whether "send again on the current version" makes sense for this row.
    bool canResend(int row) const;
    // Both in one local transaction; the row leaves the list.
    Status discard(int row);
    Status resend(int row);

    // "Promise of R$ 150,00 marked kept", "Contact logged: no answer"...
    static QString describe(const SyncConflict &conflict);
    static QString reason(const SyncConflict &conflict);

private:
    QString debtorName(const SyncConflict &conflict) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    QList<SyncConflict> m_rows;
    QList<QString> m_debtorNames;
};

} // namespace quita
