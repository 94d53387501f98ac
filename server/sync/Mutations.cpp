#include "Mutations.h"

#include "ChangeLog.h"
#include "Entities.h"
#include "MutationArgs.h"
#include "negotiation/Negotiation.h"
#include "store/ActivityRepository.h"
#include "store/PromiseRepository.h"
#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace quita::server {
namespace {

const QString kSql = QStringLiteral("sql");

Outcome sqlFailure(const QSqlQuery &q)
{
    Outcome o;
    o.status = 500;
    o.error = Error{kSql, {}, q.lastError().text()};
    return o;
}

} // namespace

Outcome Outcome::refused(int status, const QString &code, const QString &message,
                         const QString &field)
{
    Outcome o;
    o.status = status;
    o.error = Error{code, field, message};
    return o;
}

QJsonObject Outcome::toJson(const QString &mutationId) const
{
    QJsonObject json{{QStringLiteral("mutation_id"), mutationId},
                     {QStringLiteral("status"), status}};
    if (status == 200) {
        json.insert(QStringLiteral("result"), result);
        return json;
    }
    QJsonObject e{{QStringLiteral("code"), error.code},
                  {QStringLiteral("message"),
                   status == 500 ? QStringLiteral("internal error") : error.message}};
    if (!error.field.isEmpty())
        e.insert(QStringLiteral("field"), error.field);
    json.insert(QStringLiteral("error"), e);
    if (!current.isEmpty())
        json.insert(QStringLiteral("current"), current);
    return json;
}

Outcome Mutations::access(const Scope *scope, const QString &debtorId, const QString &field) const
{
    if (!scope) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM debtor WHERE id = ? AND deleted = 0"));
        q.addBindValue(debtorId);
        if (!q.exec())
            return sqlFailure(q);
        return q.next() ? Outcome{}
                        : Outcome::refused(404, QStringLiteral("not_found"),
                                           QStringLiteral("%1: no such debtor").arg(field), field);
    }
    const auto access = scope->debtor(debtorId);
    if (!access) {
        Outcome o;
        o.status = 500;
        o.error = access.error();
        return o;
    }
    switch (*access) {
    case Scope::Access::Allowed:
        return {};
    case Scope::Access::Forbidden:
        return Outcome::refused(
            403, QStringLiteral("forbidden"),
            QStringLiteral("%1: this debtor is not in your portfolio").arg(field), field);
    case Scope::Access::NotFound:
        break;
    }
    return Outcome::refused(404, QStringLiteral("not_found"),
                            QStringLiteral("%1: no such debtor").arg(field), field);
}

std::optional<QJsonObject> Mutations::row(const char *entityName, const QString &id) const
{
    const Entity &entity =
        qstrcmp(entityName, "promise") == 0 ? entities::promise() : entities::activity();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(entity.selectList(), QLatin1String(entity.name)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entity.toJson(q.record());
}

Outcome Mutations::apply(const Scope &scope, const QString &name, const QJsonObject &args)
{
    if (name == QLatin1String("activity.create"))
        return createActivity(&scope, args, scope.caller().displayName);
    if (name == QLatin1String("promise.update"))
        return updatePromise(scope, args);
    if (name == QLatin1String("agreement.create"))
        return Negotiation(m_db, m_clock).createAgreement(scope, args);
    if (name == QLatin1String("approval.request"))
        return Negotiation(m_db, m_clock).requestApproval(scope, args);
    if (name == QLatin1String("approval.decide"))
        return Negotiation(m_db, m_clock).decideApproval(scope, args);
    if (name == QLatin1String("payment.post"))
        return Negotiation(m_db, m_clock).postPayment(scope, args);
    if (name == QLatin1String("agreement.cancel"))
        return Negotiation(m_db, m_clock).cancelAgreement(scope, args);
    return Outcome::refused(400, QStringLiteral("unknown_mutation"),
                            QStringLiteral("name: unknown mutation \"%1\"").arg(name),
                            QStringLiteral("name"));
}

Outcome Mutations::createActivity(const Scope *scope, const QJsonObject &json,
                                  const QString &agentName)
{
    Args args{json, {}};
    Activity activity;
    activity.id = args.uuid("id");
    activity.debtorId = args.uuid("debtor_id");
    const QString channel = args.text("channel");
    const QString direction = args.text("direction");
    activity.result = args.text("result");
    const auto occurredAt = args.integer("occurred_at");
    activity.summary = args.text("summary", false);
    activity.body = args.text("body", false);
    const auto callbackAt = args.integer("callback_at", false);
    const QJsonValue promiseValue = json.value(QLatin1String("promise"));
    if (!promiseValue.isUndefined() && !promiseValue.isNull() && !promiseValue.isObject())
        args.fail("promise", "must be an object or null");
    if (args.problem)
        return *args.problem;
    const auto channelValue = channelFromName(channel);
    if (!channelValue)
        return Outcome::refused(422, QStringLiteral("invalid"),
                                QStringLiteral("channel: unknown channel \"%1\"").arg(channel),
                                QStringLiteral("channel"));
    const auto directionValue = directionFromName(direction);
    if (!directionValue)
        return Outcome::refused(422, QStringLiteral("invalid"),
                                QStringLiteral("direction: outbound or inbound"),
                                QStringLiteral("direction"));
    activity.channel = *channelValue;
    activity.direction = *directionValue;
    activity.occurredAt = QDateTime::fromMSecsSinceEpoch(*occurredAt, Qt::UTC);
    if (callbackAt)
        activity.callbackAt = QDateTime::fromMSecsSinceEpoch(*callbackAt, Qt::UTC);
    activity.agent = agentName;
    if (auto valid = ActivityRepository::validate(activity); !valid)
        return Outcome::refused(422, valid.error().code, valid.error().message,
                                valid.error().field);

    std::optional<Promise> promise;
    if (promiseValue.isObject()) {
        const QJsonObject promiseJson = promiseValue.toObject();
        Args p{promiseJson, {}};
        Promise made;
        made.id = p.uuid("id");
        made.debtorId = activity.debtorId;
        made.activityId = activity.id;
        made.dueDate = QDate::fromString(p.text("due_on"), Qt::ISODate);
        const auto amount = p.integer("amount_cents");
        if (p.problem) {
            p.problem->error.field.prepend(QLatin1String("promise."));
            return *p.problem;
        }
        made.amount = Money::fromCents(*amount);
        // A promise is judged on the day it was made (the desk may have been offline).
        const QDate madeOn = activity.occurredAt.toTimeZone(QTimeZone("America/Sao_Paulo")).date();
        if (auto valid = PromiseRepository::validate(made, madeOn); !valid) {
            // The desk's form fields, named as the protocol names them.
            const QString field = valid.error().field == QLatin1String("promise_amount")
                                      ? QStringLiteral("amount_cents")
                                      : QStringLiteral("due_on");
            return Outcome::refused(422, valid.error().code, valid.error().message,
                                    QStringLiteral("promise.") + field);
        }
        promise = made;
    } else if (activity.result == QLatin1String("ptp")) {
        return Outcome::refused(
            422, QStringLiteral("empty"),
            QStringLiteral("promise: a promise to pay needs its amount and date"),
            QStringLiteral("promise"));
    }

    const QString debtorId = activity.debtorId.toString(QUuid::WithoutBraces);
    if (Outcome allowed = access(scope, debtorId, QStringLiteral("debtor_id"));
        allowed.status != 200)
        return allowed;
    const QString activityId = activity.id.toString(QUuid::WithoutBraces);
    if (const auto existing = row("activity", activityId)) {
        // Append-only and keyed by the client's UUID: the same id again is the same event.
        // The same id with other content is not the same event.
        const bool identical =
            existing->value(QLatin1String("debtor_id")).toString() == debtorId &&
            existing->value(QLatin1String("channel")).toString() == channel &&
            existing->value(QLatin1String("result")).toString() == activity.result &&
            existing->value(QLatin1String("occurred_at")).toInteger() == *occurredAt &&
            existing->value(QLatin1String("summary")).toString() == activity.summary &&
            existing->value(QLatin1String("body")).toString() == activity.body;
        if (!identical)
            return Outcome::refused(
                409, QStringLiteral("conflict"),
                QStringLiteral("id: an activity with this id and other content exists"),
                QStringLiteral("id"));
        Outcome same;
        same.result = {{QStringLiteral("activity"), *existing},
                       {QStringLiteral("promise"), QJsonValue::Null}};
        QSqlQuery made(m_db);
        made.prepare(QStringLiteral("SELECT id FROM promise WHERE activity_id = ?"));
        made.addBindValue(activityId);
        if (made.exec() && made.next())
            if (const auto promiseRow = row("promise", made.value(0).toString()))
                same.result.insert(QStringLiteral("promise"), *promiseRow);
        return same;
    }

    // Checked before writing: after a failed INSERT PostgreSQL refuses every statement of
    // the transaction, so the question could not be asked then.
    if (promise && row("promise", promise->id.toString(QUuid::WithoutBraces)))
        return Outcome::refused(409, QStringLiteral("conflict"),
                                QStringLiteral("promise.id: this promise id is taken"),
                                QStringLiteral("promise.id"));
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    ChangeLog log(m_db);
    const auto first = log.reserve(promise ? 2 : 1);
    if (!first) {
        Outcome o;
        o.status = 500;
        o.error = first.error();
        return o;
    }
    const QVariantList activityValues{activityId,
                                      debtorId,
                                      channelName(activity.channel),
                                      directionName(activity.direction),
                                      activity.result,
                                      *occurredAt,
                                      sql::text(activity.agent),
                                      sql::text(activity.summary),
                                      sql::text(activity.body),
                                      callbackAt ? QVariant(*callbackAt) : QVariant(),
                                      1,
                                      now};
    QSqlQuery insert(m_db);
    insert.prepare(entities::activity().insertSql());
    for (int i = 0; i < activityValues.size(); ++i)
        insert.bindValue(i, activityValues[i]);
    if (!insert.exec())
        return sqlFailure(insert);
    Outcome done;
    const QJsonObject activityRow = entities::activity().toJson(activityValues);
    if (auto logged = log.append(*first, QStringLiteral("activity"), activityId, debtorId,
                                 QStringLiteral("upsert"), activityRow, now);
        !logged) {
        done.status = 500;
        done.error = logged.error();
        return done;
    }
    done.result.insert(QStringLiteral("activity"), activityRow);
    done.result.insert(QStringLiteral("promise"), QJsonValue::Null);
    done.lastSeq = *first;
    if (promise) {
        const QString promiseId = promise->id.toString(QUuid::WithoutBraces);
        const QVariantList values{promiseId,
                                  debtorId,
                                  activityId,
                                  promise->dueDate.toString(Qt::ISODate),
                                  promise->amount.cents(),
                                  QStringLiteral("open"),
                                  1,
                                  now,
                                  0};
        QSqlQuery insertPromise(m_db);
        insertPromise.prepare(entities::promise().insertSql());
        for (int i = 0; i < values.size(); ++i)
            insertPromise.bindValue(i, values[i]);
        if (!insertPromise.exec())
            return sqlFailure(insertPromise);
        const QJsonObject promiseRow = entities::promise().toJson(values);
        if (auto logged = log.append(*first + 1, QStringLiteral("promise"), promiseId, debtorId,
                                     QStringLiteral("upsert"), promiseRow, now);
            !logged) {
            done.status = 500;
            done.error = logged.error();
            return done;
        }
        done.result.insert(QStringLiteral("promise"), promiseRow);
        done.lastSeq = *first + 1;
    }
    done.debtorId = debtorId;
    return done;
}

Outcome Mutations::updatePromise(const Scope &scope, const QJsonObject &json)
{
    Args args{json, {}};
    const QUuid id = args.uuid("id");
    const auto baseVersion = args.integer("base_version");
    const QString status = args.text("status");
    if (args.problem)
        return *args.problem;
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("kept"),
                                      QStringLiteral("broken"), QStringLiteral("cancelled")};
    if (!statuses.contains(status))
        return Outcome::refused(422, QStringLiteral("invalid"),
                                QStringLiteral("status: one of open, kept, broken, cancelled"),
                                QStringLiteral("status"));
    const QString promiseId = id.toString(QUuid::WithoutBraces);
    // The counter row's lock first: no other writer can change the promise between the
    // read below and the update.
    ChangeLog log(m_db);
    const auto seq = log.reserve(1);
    if (!seq) {
        Outcome failed;
        failed.status = 500;
        failed.error = seq.error();
        return failed;
    }
    const auto current = row("promise", promiseId);
    if (!current)
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("id: no such promise"), QStringLiteral("id"));
    const QString debtorId = current->value(QLatin1String("debtor_id")).toString();
    if (Outcome allowed = access(&scope, debtorId, QStringLiteral("id")); allowed.status != 200)
        return allowed;
    const qint64 version = current->value(QLatin1String("version")).toInteger();
    if (version != *baseVersion) {
        Outcome stale = Outcome::refused(
            409, QStringLiteral("stale"),
            QStringLiteral("this promise changed on the server (version %1, yours %2)")
                .arg(version)
                .arg(*baseVersion));
        stale.current = *current;
        return stale;
    }
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE promise SET status = ?, version = version + 1, updated_at = ? WHERE id = ? "
        "AND version = ?"));
    update.addBindValue(status);
    update.addBindValue(now);
    update.addBindValue(promiseId);
    update.addBindValue(version);
    if (!update.exec())
        return sqlFailure(update);
    if (update.numRowsAffected() != 1) { // changed meanwhile after all
        Outcome stale = Outcome::refused(409, QStringLiteral("stale"),
                                         QStringLiteral("this promise changed on the server"));
        if (const auto now2 = row("promise", promiseId))
            stale.current = *now2;
        return stale;
    }
    const auto after = row("promise", promiseId);
    Outcome done;
    if (!after || !log.append(*seq, QStringLiteral("promise"), promiseId, debtorId,
                              QStringLiteral("upsert"), *after, now)) {
        done.status = 500;
        done.error = Error{kSql, {}, QStringLiteral("cannot log the promise change")};
        return done;
    }
    done.result = {{QStringLiteral("promise"), *after}};
    done.lastSeq = *seq;
    done.debtorId = debtorId;
    return done;
}

} // namespace quita::server
