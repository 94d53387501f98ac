// POST /sync/push and GET /sync/pull (docs/sync-protocol.md).
#include "Routes.h"

#include "sync/ChangeLog.h"
#include "sync/MutationLog.h"
#include "sync/Mutations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcServerSync, "quita.server.sync", QtInfoMsg)

namespace quita::server::routes {
namespace {

constexpr int kMaxBatch = 500;

QJsonObject badMutation(const QJsonValue &mutationId, const QString &message, const QString &field)
{
    return {{QStringLiteral("mutation_id"), mutationId},
            {QStringLiteral("status"), 400},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("type")},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("field"), field}}}};
}

// One mutation, applied in its own transaction with its id recorded in the same one.
// What a push changed, told once when the batch is done.
struct Changed
{
    QStringList debtorIds;
    qint64 lastSeq = 0;
};

QJsonObject applyOne(const ApiContext &ctx, const Scope &scope, const QString &clientId,
                     const QJsonObject &mutation, Changed &changed)
{
    const QJsonValue idValue = mutation.value(QLatin1String("mutation_id"));
    const QUuid uuid = QUuid::fromString(idValue.toString());
    if (!idValue.isString() || uuid.isNull())
        return badMutation(idValue, QStringLiteral("mutation_id: a UUID is required"),
                           QStringLiteral("mutation_id"));
    const QString mutationId = uuid.toString(QUuid::WithoutBraces);
    QSqlDatabase db = ctx.store.connection();
    const User &user = scope.caller();
    const QString me = user.id.toString(QUuid::WithoutBraces);
    MutationLog answered(db);
    if (const auto stored = answered.find(mutationId)) {
        if (stored->userId != me)
            return QJsonObject{
                {QStringLiteral("mutation_id"), mutationId},
                {QStringLiteral("status"), 409},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("taken")},
                             {QStringLiteral("message"),
                              QStringLiteral("mutation_id: used by another user")},
                             {QStringLiteral("field"), QStringLiteral("mutation_id")}}}};
        return stored->response;
    }
    const QJsonValue name = mutation.value(QLatin1String("name"));
    const QJsonValue args = mutation.value(QLatin1String("args"));
    Outcome outcome;
    if (!name.isString())
        outcome =
            Outcome::refused(400, QStringLiteral("type"),
                             QStringLiteral("name: a string is required"), QStringLiteral("name"));
    else if (!args.isObject())
        outcome =
            Outcome::refused(400, QStringLiteral("type"),
                             QStringLiteral("args: an object is required"), QStringLiteral("args"));
    if (!ctx.store.beginWrite(db))
        return Outcome::refused(500, QStringLiteral("sql"), db.lastError().text())
            .toJson(mutationId);
    if (outcome.status == 200)
        outcome = Mutations(db, ctx.clock).apply(scope, name.toString(), args.toObject());
    if (outcome.status == 500) {
        db.rollback();
        qCWarning(lcServerSync) << "mutation failed:"
                                << outcome.error.message.section(QLatin1Char('\n'), 0, 0);
        return outcome.toJson(mutationId);
    }
    if (outcome.status != 200) {
        // Nothing of a refused mutation stays; only its answer is kept for a replay.
        db.rollback();
        if (!ctx.store.beginWrite(db))
            return outcome.toJson(mutationId);
    }
    const QJsonObject response = outcome.toJson(mutationId);
    if (!answered.record(mutationId, me, clientId, name.toString(), outcome.status, response,
                         ctx.nowMs()) ||
        !db.commit()) {
        db.rollback();
        // Another request with the same id may have committed first: answer as it did.
        if (const auto stored = answered.find(mutationId); stored && stored->userId == me)
            return stored->response;
        qCWarning(lcServerSync) << "cannot record a mutation:"
                                << db.lastError().text().section(QLatin1Char('\n'), 0, 0);
        return Outcome::refused(500, QStringLiteral("sql"), QStringLiteral("internal"))
            .toJson(mutationId);
    }
    if (outcome.status == 200 && outcome.lastSeq > 0) {
        changed.debtorIds.append(outcome.debtorId);
        changed.lastSeq = std::max(changed.lastSeq, outcome.lastSeq);
    }
    if (outcome.status == 200 && ctx.afterCommit)
        ctx.afterCommit(mutationId);
    return response;
}

} // namespace

HttpResponse push(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    const auto body =
        parseObject(request, QStringLiteral("{client_id, mutations: [{mutation_id, name, args}]}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    const QJsonValue clientId = body->value(QLatin1String("client_id"));
    if (!clientId.isString() || clientId.toString().isEmpty())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("client_id: a string is required"),
                             QStringLiteral("client_id"));
    const QJsonValue mutations = body->value(QLatin1String("mutations"));
    if (!mutations.isArray())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("mutations: an array is required"),
                             QStringLiteral("mutations"));
    const QJsonArray list = mutations.toArray();
    if (list.size() > kMaxBatch)
        return errorResponse(400, QStringLiteral("too_many"),
                             QStringLiteral("mutations: at most %1 per batch").arg(kMaxBatch),
                             QStringLiteral("mutations"));
    const Scope scope(ctx.store.connection(), user);
    QJsonArray results;
    Changed changed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            results.append(badMutation(
                QJsonValue::Null, QStringLiteral("mutations[%1]: an object is required").arg(i),
                QStringLiteral("mutations")));
            continue;
        }
        results.append(applyOne(ctx, scope, clientId.toString(), list.at(i).toObject(), changed));
    }
    if (changed.lastSeq > 0) {
        changed.debtorIds.removeDuplicates();
        ctx.notify(Scope::audience(ctx.store.connection(), changed.debtorIds), changed.lastSeq);
    }
    return jsonResponse(200, {{QStringLiteral("results"), results}});
}

HttpResponse pull(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    const auto cursor =
        intParameter(query, QStringLiteral("cursor"), 0, 0, std::numeric_limits<qint64>::max());
    if (!cursor)
        return errorResponse(400, cursor.error().code, cursor.error().message,
                             cursor.error().field);
    const auto limit = intParameter(query, QStringLiteral("limit"), 1000, 1, 5000);
    if (!limit)
        return errorResponse(400, limit.error().code, limit.error().message, limit.error().field);
    ChangeLog log(ctx.store.connection());
    Accounts accounts(ctx.store.connection());
    const QString token = bearerToken(request);
    qint64 scanFloor = 0;
    if (*cursor == 0) {
        scanFloor = log.floor();
        if (scanFloor > 0)
            accounts.setScanFloor(token, scanFloor);
    } else {
        scanFloor = accounts.scanFloor(token);
    }
    const auto page = log.pull(user, *cursor, int(*limit), scanFloor);
    if (!page) {
        if (page.error().code == QLatin1String("cursor_expired"))
            return errorResponse(410, page.error().code, page.error().message, page.error().field);
        return errorResponse(page.error());
    }
    // Spliced by hand: the rows are stored as JSON text already.
    std::string body;
    body.reserve(std::size_t(page->changes.size()) * 400 + 64);
    body += "{\"changes\":[";
    bool first = true;
    for (const PulledChange &c : page->changes) {
        if (!first)
            body += ',';
        first = false;
        body += "{\"seq\":" + std::to_string(c.seq) + ",\"entity\":\"" + c.entity.toStdString() +
                "\",\"id\":\"" + c.id.toStdString() + "\",\"op\":\"" + c.op.toStdString() +
                "\",\"data\":";
        body.append(c.data.constData(), std::size_t(c.data.size()));
        body += '}';
    }
    body += "],\"next_cursor\":" + std::to_string(page->nextCursor) +
            ",\"has_more\":" + (page->hasMore ? "true" : "false") + '}';
    return rawJsonResponse(200, std::move(body));
}

} // namespace quita::server::routes
