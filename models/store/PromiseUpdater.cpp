#include "PromiseUpdater.h"

#include "Outbox.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace quita {

Status PromiseUpdater::setStatus(const QUuid &promiseId, Promise::Status status,
                                 const QDateTime &nowUtc)
{
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun;
    auto fail = [this](Error error) -> Status {
        m_db.rollback();
        return error;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, version FROM promise WHERE id = ? AND deleted = 0"));
    q.addBindValue(sql::id(promiseId));
    if (!q.exec())
        return fail(Error{QStringLiteral("sql"), {}, q.lastError().text()});
    if (!q.next())
        return fail(Error{QStringLiteral("not_found"), QStringLiteral("promise"),
                          QCoreApplication::translate("PromiseUpdater",
                                                      "This promise is no longer on this desk")});
    const QString name = Promise::statusName(status);
    if (q.value(0).toString() == name)
        return fail(Error{
            QStringLiteral("unchanged"), QStringLiteral("promise"),
            QCoreApplication::translate("PromiseUpdater", "The promise already has this status")});
    // Each earlier change of this promise still in the outbox will raise the server's
    // version by one before this one arrives.
    QSqlQuery pending(m_db);
    pending.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE name = 'promise.update' "
                                   "AND json_extract(args, '$.id') = ?"));
    pending.addBindValue(sql::id(promiseId));
    const qint64 ahead = pending.exec() && pending.next() ? pending.value(0).toLongLong() : 0;
    const qint64 version = std::max<qint64>(1, q.value(1).toLongLong()) + ahead;
    q.finish();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE promise SET status = ? WHERE id = ?"));
    update.addBindValue(name);
    update.addBindValue(sql::id(promiseId));
    if (!update.exec())
        return fail(Error{QStringLiteral("sql"), {}, update.lastError().text()});
    const auto queued = Outbox(m_db).enqueue(
        QStringLiteral("promise.update"),
        QJsonObject{{QStringLiteral("id"), promiseId.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("base_version"), version},
                    {QStringLiteral("status"), name}},
        nowUtc);
    if (!queued)
        return fail(queued.error());
    if (!m_db.commit())
        return fail(Error{QStringLiteral("sql"), {}, m_db.lastError().text()});
    return Done{};
}

} // namespace quita
