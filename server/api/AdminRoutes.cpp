// /admin/*: users, assignments and gateway integrations. Admins only (checked by Api).
#include "Routes.h"

#include "auth/Passwords.h"
#include "store/SqlValues.h"
#include "sync/Assignments.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace quita::server::routes {
namespace {

HttpResponse sqlFailure(const QSqlQuery &q)
{
    return errorResponse(Error{QStringLiteral("sql"), {}, q.lastError().text()});
}

} // namespace

HttpResponse listUsers(const ApiContext &ctx)
{
    QSqlQuery q(ctx.store.connection());
    if (!q.exec(QStringLiteral("SELECT id, username, display_name, role, supervisor_id, active "
                               "FROM app_user ORDER BY username")))
        return sqlFailure(q);
    QJsonArray items;
    while (q.next())
        items.append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("username"), q.value(1).toString()},
                        {QStringLiteral("display_name"), q.value(2).toString()},
                        {QStringLiteral("role"), q.value(3).toString()},
                        {QStringLiteral("supervisor_id"),
                         q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())},
                        {QStringLiteral("active"), q.value(5).toInt() != 0}});
    return jsonResponse(200, {{QStringLiteral("items"), items}});
}

HttpResponse createUser(const ApiContext &ctx, const HttpRequest &request)
{
    const auto body = parseObject(
        request, QStringLiteral("{username, display_name, role, password, supervisor_id?}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    for (const char *field : {"username", "display_name", "role", "password"})
        if (!body->value(QLatin1String(field)).isString())
            return errorResponse(
                400, QStringLiteral("type"),
                QStringLiteral("%1: a string is required").arg(QLatin1String(field)),
                QLatin1String(field));
    const QJsonValue supervisor = body->value(QLatin1String("supervisor_id"));
    if (!supervisor.isUndefined() && !supervisor.isNull() && !supervisor.isString())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("supervisor_id: a string or null"),
                             QStringLiteral("supervisor_id"));
    QSqlDatabase db = ctx.store.connection();
    const QUuid supervisorId = QUuid::fromString(supervisor.toString());
    if (supervisor.isString()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT 1 FROM app_user WHERE id = ? AND role = 'supervisor' AND active = 1"));
        q.addBindValue(supervisorId.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next())
            return errorResponse(422, QStringLiteral("invalid"),
                                 QStringLiteral("supervisor_id: not an active supervisor"),
                                 QStringLiteral("supervisor_id"));
    }
    auto user =
        Accounts(db).createUser(body->value(QLatin1String("username")).toString(),
                                body->value(QLatin1String("display_name")).toString(),
                                body->value(QLatin1String("role")).toString(),
                                body->value(QLatin1String("password")).toString(), supervisorId);
    if (!user && user.error().code == QLatin1String("internal"))
        return errorResponse(Error{QStringLiteral("sql"), {}, user.error().message});
    if (!user)
        return errorResponse(user.error().code == QLatin1String("conflict") ? 409 : 422,
                             user.error().code, user.error().message, user.error().field);
    return jsonResponse(201, {{QStringLiteral("id"), user->id.toString(QUuid::WithoutBraces)},
                              {QStringLiteral("username"), user->username},
                              {QStringLiteral("display_name"), user->displayName},
                              {QStringLiteral("role"), user->role}});
}

HttpResponse assign(const ApiContext &ctx, const HttpRequest &request)
{
    const auto body = parseObject(request, QStringLiteral("{agent_id, debtor_ids: [...]}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    const QJsonValue agent = body->value(QLatin1String("agent_id"));
    if (!agent.isString() && !agent.isNull())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("agent_id: a user id, or null to unassign"),
                             QStringLiteral("agent_id"));
    const QJsonValue ids = body->value(QLatin1String("debtor_ids"));
    if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > 10000)
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("debtor_ids: an array of 1 to 10000 debtor ids"),
                             QStringLiteral("debtor_ids"));
    QStringList debtorIds;
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isString())
            return errorResponse(
                400, QStringLiteral("type"),
                QStringLiteral("debtor_ids[%1]: a string is required").arg(debtorIds.size()),
                QStringLiteral("debtor_ids"));
        debtorIds.append(id.toString());
    }
    QSqlDatabase db = ctx.store.connection();
    if (!ctx.store.beginWrite(db))
        return errorResponse(Error{QStringLiteral("sql"), {}, db.lastError().text()});
    const auto moved = Assignments(db, ctx.clock).assign(debtorIds, agent.toString());
    if (!moved) {
        db.rollback(); // all or nothing
        if (moved.error().code == QLatin1String("not_found"))
            return errorResponse(404, moved.error().code, moved.error().message,
                                 moved.error().field);
        return errorResponse(moved.error());
    }
    if (!db.commit()) {
        db.rollback();
        return errorResponse(Error{QStringLiteral("sql"), {}, db.lastError().text()});
    }
    ctx.notify(moved->audience, moved->lastSeq);
    return jsonResponse(200, {{QStringLiteral("moved"), moved->moved}});
}

HttpResponse listIntegrations(const ApiContext &ctx)
{
    QSqlQuery q(ctx.store.connection());
    if (!q.exec(
            QStringLiteral("SELECT id, name, active, created_at FROM integration ORDER BY name")))
        return sqlFailure(q);
    QJsonArray items;
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                 {QStringLiteral("name"), q.value(1).toString()},
                                 {QStringLiteral("active"), q.value(2).toInt() != 0},
                                 {QStringLiteral("created_at"), q.value(3).toLongLong()}});
    return jsonResponse(200, {{QStringLiteral("items"), items}});
}

HttpResponse createIntegration(const ApiContext &ctx, const HttpRequest &request)
{
    const auto body = parseObject(request, QStringLiteral("{name}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    const QString name = body->value(QLatin1String("name")).toString().trimmed();
    if (!body->value(QLatin1String("name")).isString() || name.isEmpty() || name.size() > 80)
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("name: 1 to 80 characters"), QStringLiteral("name"));
    const QString key = QStringLiteral("qk_") + Passwords::newToken();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(ctx.store.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO integration (id, name, key_hash, active, created_at) VALUES (?,?,?,1,?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(Passwords::tokenHash(key));
    q.addBindValue(ctx.nowMs());
    if (!q.exec()) {
        QSqlQuery taken(ctx.store.connection());
        taken.prepare(QStringLiteral("SELECT 1 FROM integration WHERE name = ?"));
        taken.addBindValue(name);
        if (taken.exec() && taken.next())
            return errorResponse(409, QStringLiteral("conflict"),
                                 QStringLiteral("name: an integration with this name exists"),
                                 QStringLiteral("name"));
        return sqlFailure(q);
    }
    // The key is shown this once; only its hash is kept.
    return jsonResponse(201, {{QStringLiteral("id"), id},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("api_key"), key}});
}

HttpResponse revokeIntegration(const ApiContext &ctx, const QString &integrationId)
{
    QSqlQuery q(ctx.store.connection());
    q.prepare(QStringLiteral("UPDATE integration SET active = 0 WHERE id = ?"));
    q.addBindValue(integrationId);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() == 0)
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("no such integration"));
    return jsonResponse(200, {{QStringLiteral("revoked"), true}});
}

} // namespace quita::server::routes
