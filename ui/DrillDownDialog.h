#pragma once

#include "item/KpiFilter.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUuid>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace quita {

class KpiAccountModel;
class KpiReply;
class KpiSource;

// The accounts behind a clicked bar or cell (GET /api/v1/kpis/accounts), loaded while
// the dialog shows "Loading…"; double-click (or Enter) on one opens that debtor.
class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDownDialog(KpiSource *source, const KpiFilter &filter, const KpiSelector &selector,
                    const QString &caption, QWidget *parent = nullptr);

    void setPortfolioNames(const QHash<QString, QString> &names);
    KpiAccountModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return !m_reply.isNull(); }
    QString status() const;

signals:
    void debtorChosen(const QUuid &debtorId);

private:
    void loaded();

    KpiAccountModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
    QPointer<KpiReply> m_reply;
};

} // namespace quita
