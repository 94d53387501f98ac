#include "ContactRecorder.h"

#include "ActivityRepository.h"
#include "Outbox.h"
#include "PromiseRepository.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace quita {
namespace {

QJsonValue instantJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ContactRecorder::activityCreateArgs(const Activity &a,
                                                const std::optional<Promise> &promise)
{
    QJsonValue promiseJson(QJsonValue::Null);
    if (promise)
        promiseJson =
            QJsonObject{{QStringLiteral("id"), sql::id(promise->id).toString()},
                        {QStringLiteral("due_on"), sql::date(promise->dueDate).toString()},
                        {QStringLiteral("amount_cents"), promise->amount.cents()}};
    return {{QStringLiteral("id"), sql::id(a.id).toString()},
            {QStringLiteral("debtor_id"), sql::id(a.debtorId).toString()},
            {QStringLiteral("channel"), channelName(a.channel)},
            {QStringLiteral("direction"), directionName(a.direction)},
            {QStringLiteral("result"), a.result},
            {QStringLiteral("occurred_at"), instantJson(a.occurredAt)},
            {QStringLiteral("summary"), sql::text(a.summary).toString()},
            {QStringLiteral("body"), sql::text(a.body).toString()},
            {QStringLiteral("callback_at"), instantJson(a.callbackAt)},
            {QStringLiteral("promise"), promiseJson}};
}

Status ContactRecorder::record(const Activity &activity, const std::optional<Promise> &promise,
                               const QDate &today)
{
    if (auto valid = ActivityRepository::validate(activity); !valid)
        return valid;
    if (activity.result == QLatin1String("ptp") && !promise)
        return Error{QStringLiteral("empty"), QStringLiteral("promise_amount"),
                     QCoreApplication::translate("ContactRecorder",
                                                 "Promise to pay: enter the amount and the date")};
    if (promise) {
        if (auto valid = PromiseRepository::validate(*promise, today); !valid)
            return valid;
    }
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun.error();
    Status written = ActivityRepository(m_db).insert(activity);
    if (written && promise)
        written = PromiseRepository(m_db).insert(*promise);
    if (written) {
        const auto queued = Outbox(m_db).enqueue(QStringLiteral("activity.create"),
                                                 activityCreateArgs(activity, promise));
        if (!queued)
            written = queued.error();
    }
    if (!written) {
        m_db.rollback();
        return written;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("sql"), {}, why};
    }
    return Done{};
}

} // namespace quita
