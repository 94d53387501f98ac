#include "KpiSource.h"

#include "SyncController.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace quita {

void KpiReply::succeed(const QJsonObject &json)
{
    m_failure = Failure::None;
    m_json = json;
    finish();
}

void KpiReply::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
    finish();
}

void KpiReply::finish()
{
    // Queued: the caller connects after asking.
    QTimer::singleShot(0, this, [this] {
        emit finished();
        deleteLater();
    });
}

ServerKpiSource::ServerKpiSource(SyncController &sync, QObject *parent)
    : KpiSource(parent), m_sync(sync)
{}

KpiReply *ServerKpiSource::report(const KpiFilter &filter)
{
    return get(QStringLiteral("/api/v1/kpis?") + filter.query().query(QUrl::FullyEncoded), true);
}

KpiReply *ServerKpiSource::accounts(const KpiFilter &filter, const KpiSelector &selector)
{
    return get(QStringLiteral("/api/v1/kpis/accounts?") +
                   selector.query(filter).query(QUrl::FullyEncoded),
               false);
}

KpiReply *ServerKpiSource::refreshTargets(const QString &agentId, const QDate &day)
{
    KpiFilter filter;
    filter.from = day;
    filter.to = day;
    filter.agent = agentId;
    return report(filter);
}

KpiReply *ServerKpiSource::get(const QString &path, bool isReport)
{
    auto *reply = new KpiReply(this);
    ServerCall *call = m_sync.call(QStringLiteral("GET"), path);
    connect(call, &ServerCall::finished, reply, [this, reply, call, isReport] {
        if (call->status() == 0) {
            reply->fail(
                KpiReply::Failure::Offline,
                call->errorMessage().isEmpty()
                    ? QCoreApplication::translate("KpiSource", "The server cannot be reached.")
                    : call->errorMessage());
            return;
        }
        const QJsonObject json = call->json().object();
        if (!call->ok()) {
            const QString message = json.value(QLatin1String("error"))
                                        .toObject()
                                        .value(QLatin1String("message"))
                                        .toString();
            reply->fail(KpiReply::Failure::Refused,
                        !message.isEmpty() ? message
                        : !call->errorMessage().isEmpty()
                            ? call->errorMessage()
                            : QCoreApplication::translate(
                                  "KpiSource", "The server refused the request (HTTP %1).")
                                  .arg(call->status()));
            return;
        }
        if (isReport && json.value(QLatin1String("targets")).isObject())
            emit targetsReceived(json.value(QLatin1String("targets")).toObject());
        reply->succeed(json);
    });
    return reply;
}

} // namespace quita
