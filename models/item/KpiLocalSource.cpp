#include "KpiLocalSource.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QPointer>

namespace quita {

LocalKpiSource::LocalKpiSource(QString storePath, ReportQuery report, AccountsQuery accounts,
                               QObject *parent)
    : KpiSource(parent), m_storePath(std::move(storePath)), m_report(std::move(report)),
      m_accounts(std::move(accounts))
{
    m_pool.setMaxThreadCount(1);
}

LocalKpiSource::~LocalKpiSource()
{
    m_pool.clear();
    m_pool.waitForDone();
}

KpiReply *LocalKpiSource::report(const KpiFilter &filter)
{
    ReportQuery query = m_report;
    return run([query, filter](QSqlDatabase db) { return query(db, filter); });
}

KpiReply *LocalKpiSource::accounts(const KpiFilter &filter, const KpiSelector &selector)
{
    if (!m_accounts) {
        auto *reply = new KpiReply(this);
        reply->fail(KpiReply::Failure::Refused,
                    QCoreApplication::translate("KpiSource",
                                                "The accounts behind a figure need the server."));
        return reply;
    }
    AccountsQuery query = m_accounts;
    return run([query, filter, selector](QSqlDatabase db) { return query(db, filter, selector); });
}

KpiReply *LocalKpiSource::run(std::function<Result<QJsonObject>(QSqlDatabase)> query)
{
    auto *reply = new KpiReply(this);
    if (!query) {
        reply->fail(
            KpiReply::Failure::Refused,
            QCoreApplication::translate("KpiSource", "This desk cannot compute its figures yet."));
        return reply;
    }
    const QPointer<KpiReply> target(reply);
    const QString path = m_storePath;
    m_pool.start([this, target, path, query] {
        std::optional<Result<QJsonObject>> answer;
        if (path.isEmpty()) {
            answer = query(QSqlDatabase());
        } else {
            Database::Options options;
            options.readOnly = true;
            options.integrityCheckLimitBytes = 0;
            auto database = Database::open(path, options);
            if (!database)
                answer = Result<QJsonObject>(database.error());
            else
                answer = query(database.value()->connection());
        }
        // Back on the UI thread; dropped if this source is gone by then.
        QMetaObject::invokeMethod(
            this,
            [target, result = std::move(*answer)] {
                if (!target)
                    return;
                if (result)
                    target->succeed(result.value());
                else
                    target->fail(KpiReply::Failure::Refused, result.error().message);
            },
            Qt::QueuedConnection);
    });
    return reply;
}

} // namespace quita
