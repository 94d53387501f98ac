#pragma once

#include "KpiSource.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QThreadPool>

#include <functional>

namespace quita {

// ADAPTER: the desk's own figures from its local store, for "My performance" offline.
// Plug models/store/KpiQuery in here (see PerformanceActions): give it functions that
// run the query and return the same JSON the server answers.
//
// Contract: each function runs on a worker thread of this source (one at a time, never
// on the UI thread), with a read-only connection to the store at `storePath` opened for
// that request on that thread (an invalid QSqlDatabase when storePath is empty, for
// fixtures); it must not touch the UI thread's connection or any widget. An Error it
// returns becomes the reply's message. The UI thread never waits for it, except
// this source's destructor, which waits for a running query to end.
class LocalKpiSource : public KpiSource
{
    Q_OBJECT
public:
    using ReportQuery = std::function<Result<QJsonObject>(QSqlDatabase db, const KpiFilter &)>;
    using AccountsQuery =
        std::function<Result<QJsonObject>(QSqlDatabase db, const KpiFilter &, const KpiSelector &)>;

    LocalKpiSource(QString storePath, ReportQuery report, AccountsQuery accounts = {},
                   QObject *parent = nullptr);
    ~LocalKpiSource() override;

    KpiReply *report(const KpiFilter &filter) override;
    KpiReply *accounts(const KpiFilter &filter, const KpiSelector &selector) override;

private:
    KpiReply *run(std::function<Result<QJsonObject>(QSqlDatabase)> query);

    QString m_storePath;
    ReportQuery m_report;
    AccountsQuery m_accounts;
    QThreadPool m_pool;
};

} // namespace quita
