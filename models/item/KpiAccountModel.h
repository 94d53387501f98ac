#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace quita {

struct KpiAccount
{
    QUuid debtorId;
    QString name;
    QString portfolioId;
    qint64 count = 0;
    qint64 amountCents = 0;
};

// The accounts behind one bar or cell (GET /api/v1/kpis/accounts). Sorts on the raw
// value (SortRole), shows money formatted in the locale.
class KpiAccountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Portfolio,
        Count,
        Amount,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DebtorIdRole,
    };

    explicit KpiAccountModel(QObject *parent = nullptr);

    // Parses {"items": [...], "truncated": bool}; a malformed answer is refused naming
    // the field and leaves the model as it was.
    Status setAnswer(const QJsonObject &json);
    void clear();
    // Portfolio names for the ids of the answer (the local store's), else the id shows.
    void setPortfolioNames(const QHash<QString, QString> &names) { m_portfolios = names; }

    bool truncated() const { return m_truncated; }
    const QList<KpiAccount> &accounts() const { return m_accounts; }
    QUuid debtorAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<KpiAccount> m_accounts;
    QHash<QString, QString> m_portfolios;
    bool m_truncated = false;
};

} // namespace quita
