// POST /activities: channel gateways (SMS, WhatsApp, e-mail, IVR) post inbound events
// with their integration's API key. The event lands in the debtor's timeline and the
// desks holding the debtor are poked at once.
#include "Routes.h"

#include "auth/Passwords.h"
#include "auth/Scope.h"
#include "domain/ContactPoint.h"
#include "sync/MutationLog.h"
#include "sync/Mutations.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace quita::server::routes {
namespace {

struct Integration
{
    QString id;
    QString name;
};

std::optional<Integration> integrationForKey(const QSqlDatabase &db, const QString &key)
{
    if (!key.startsWith(QLatin1String("qk_")))
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name FROM integration WHERE key_hash = ? AND active = 1"));
    q.addBindValue(Passwords::tokenHash(key));
    if (q.exec() && q.next())
        return Integration{q.value(0).toString(), q.value(1).toString()};
    return std::nullopt;
}

// The debtor whose contact point is `from` (a phone number or an e-mail address).
Result<QString> debtorFrom(const QSqlDatabase &db, const QString &from)
{
    const auto value = from.contains(QLatin1Char('@'))
                           ? ContactPoint::normalizeEmail(from, QStringLiteral("from"))
                           : ContactPoint::normalizePhone(from, QStringLiteral("from"));
    if (!value)
        return value.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT c.debtor_id FROM contact_point c JOIN debtor d ON "
                             "d.id = c.debtor_id WHERE c.value = ? AND c.deleted = 0 AND "
                             "d.deleted = 0 LIMIT 2"));
    q.addBindValue(*value);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    QStringList debtors;
    while (q.next())
        debtors.append(q.value(0).toString());
    if (debtors.isEmpty())
        return Error{QStringLiteral("not_found"), QStringLiteral("from"),
                     QStringLiteral("from: no debtor has this contact")};
    if (debtors.size() > 1)
        return Error{QStringLiteral("ambiguous"), QStringLiteral("from"),
                     QStringLiteral("from: several debtors share this contact; send debtor_id")};
    return debtors.first();
}

} // namespace

HttpResponse gatewayActivity(const ApiContext &ctx, const HttpRequest &request)
{
    QSqlDatabase db = ctx.store.connection();
    const auto integration = integrationForKey(db, bearerToken(request));
    if (!integration)
        return errorResponse(401, QStringLiteral("unauthorized"),
                             QStringLiteral("send the integration's API key as Bearer"));
    const auto parsed =
        parseObject(request, QStringLiteral("{external_id, channel, direction, result, "
                                            "occurred_at, summary, body, debtor_id | from}"));
    if (!parsed)
        return errorResponse(400, parsed.error().code, parsed.error().message);
    QJsonObject args = *parsed;
    const QJsonObject *body = &args;
    const QJsonValue externalId = body->value(QLatin1String("external_id"));
    if (!externalId.isString() || externalId.toString().isEmpty() ||
        externalId.toString().size() > 200)
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("external_id: the provider's event id (a string)"),
                             QStringLiteral("external_id"));
    const QString mutationId =
        QStringLiteral("gw:%1:%2").arg(integration->id, externalId.toString());
    MutationLog delivered(db);
    if (const auto seen = delivered.find(mutationId)) // a retried delivery
        return jsonResponse(200, seen->response);
    if (body->value(QLatin1String("debtor_id")).isNull()) // absent or null: use `from`
        args.remove(QStringLiteral("debtor_id"));
    if (!body->contains(QLatin1String("debtor_id"))) {
        if (!body->value(QLatin1String("from")).isString())
            return errorResponse(400, QStringLiteral("type"),
                                 QStringLiteral("debtor_id or from: one of them is required"),
                                 QStringLiteral("from"));
        const auto debtor = debtorFrom(db, body->value(QLatin1String("from")).toString());
        if (!debtor) {
            if (debtor.error().code == QLatin1String("sql"))
                return errorResponse(debtor.error());
            return errorResponse(debtor.error().code == QLatin1String("not_found") ? 404 : 422,
                                 debtor.error().code, debtor.error().message, debtor.error().field);
        }
        args.insert(QStringLiteral("debtor_id"), *debtor);
    }
    args.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    args.remove(QStringLiteral("promise"));

    if (!ctx.store.beginWrite(db))
        return errorResponse(Error{QStringLiteral("sql"), {}, db.lastError().text()});
    const Outcome outcome = Mutations(db, ctx.clock).createActivity(nullptr, args, QString());
    if (outcome.status != 200) {
        db.rollback();
        if (outcome.status == 500)
            return errorResponse(outcome.error);
        return errorResponse(outcome.status, outcome.error.code, outcome.error.message,
                             outcome.error.field);
    }
    const QJsonObject response{
        {QStringLiteral("activity"), outcome.result.value(QLatin1String("activity"))}};
    if (!delivered.record(mutationId, integration->id, integration->name,
                          QStringLiteral("gateway.activity"), 201, response, ctx.nowMs()) ||
        !db.commit()) {
        const QString why = db.lastError().text() + delivered.lastError();
        db.rollback();
        if (delivered.find(mutationId))
            return errorResponse(409, QStringLiteral("conflict"),
                                 QStringLiteral("external_id: delivered twice at once; retry"),
                                 QStringLiteral("external_id"));
        return errorResponse(Error{QStringLiteral("sql"), {}, why});
    }
    ctx.notify(Scope::audience(db, {outcome.debtorId}), outcome.lastSeq);
    return jsonResponse(201, response);
}

} // namespace quita::server::routes
