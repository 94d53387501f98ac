#pragma once

#include "domain/negotiation/ApprovalRequest.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace quita {

// A supervisor's queue: the approval requests waiting for an answer that the desk's user
// may give, oldest first, with the debtor, who asked, the offer and the limits it breaks.
// Live: reload() after a sync.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        DebtorColumn,
        AgentColumn,
        OfferColumn,
        ApproverColumn,
        ColumnCount
    };

    ApprovalQueueModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    const ApprovalRequest *request(int row) const;
    int rowOf(const QUuid &requestId) const;
    // Answers as the user signed in on this desk. A rejection needs a comment. The request
    // leaves the queue at once; the answer reaches the agent by sync.
    Status decide(int row, bool approve, const QString &comment, const QDateTime &nowUtc);

    // "Price 18x, 10 % off, first due 05/12/2026"
    static QString describeOffer(const ScenarioRequest &offer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QSqlDatabase m_db;
    QList<ApprovalRequest> m_requests;
};

} // namespace quita
