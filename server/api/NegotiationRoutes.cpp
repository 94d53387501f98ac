// POST /simulations, POST /agreements, GET /agreements/{id}, GET and POST /approvals,
// POST /approvals/{id}/decision: the negotiation over HTTP (server/openapi.yaml).
#include "Routes.h"

#include "auth/Scope.h"
#include "negotiation/Negotiation.h"

#include <QSqlError>

namespace quita::server::routes {
namespace {

HttpResponse answer(const Outcome &outcome, int okStatus = 200)
{
    if (outcome.status == 200)
        return jsonResponse(okStatus, outcome.result);
    if (outcome.status == 500)
        return errorResponse(outcome.error);
    if (!outcome.current.isEmpty()) {
        QJsonObject error{{QStringLiteral("code"), outcome.error.code},
                          {QStringLiteral("message"), outcome.error.message}};
        if (!outcome.error.field.isEmpty())
            error.insert(QStringLiteral("field"), outcome.error.field);
        return jsonResponse(outcome.status, {{QStringLiteral("error"), error},
                                             {QStringLiteral("current"), outcome.current}});
    }
    return errorResponse(outcome.status, outcome.error.code, outcome.error.message,
                         outcome.error.field);
}

// One write in its own transaction; the users who may see the debtor are poked after it.
template <typename Write>
HttpResponse inTransaction(const ApiContext &ctx, Write write, int okStatus)
{
    QSqlDatabase db = ctx.store.connection();
    if (!ctx.store.beginWrite(db))
        return errorResponse(Error{QStringLiteral("sql"), {}, db.lastError().text()});
    const Outcome outcome = write(db);
    if (outcome.status != 200) {
        db.rollback();
        return answer(outcome);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return errorResponse(Error{QStringLiteral("sql"), {}, why});
    }
    if (outcome.lastSeq > 0)
        ctx.notify(Scope::audience(db, {outcome.debtorId}), outcome.lastSeq);
    return answer(outcome, okStatus);
}

} // namespace

HttpResponse simulate(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    const auto body =
        parseObject(request, QStringLiteral("{debtor_id, title_ids?, as_of?, scenarios: [...]}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    QSqlDatabase db = ctx.store.connection();
    return answer(Negotiation(db, ctx.clock).simulate(Scope(db, user), *body));
}

HttpResponse createAgreement(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    const auto body = parseObject(
        request, QStringLiteral("{id?, debtor_id, title_ids?, scenario, approval_id?}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    return inTransaction(
        ctx,
        [&](QSqlDatabase db) {
            return Negotiation(db, ctx.clock).createAgreement(Scope(db, user), *body);
        },
        201);
}

HttpResponse agreement(const ApiContext &ctx, const User &user, const QString &agreementId)
{
    QSqlDatabase db = ctx.store.connection();
    return answer(Negotiation(db, ctx.clock).agreement(Scope(db, user), agreementId));
}

HttpResponse listApprovals(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    QSqlDatabase db = ctx.store.connection();
    const QString status = queryOf(request).queryItemValue(QStringLiteral("status"));
    return answer(Negotiation(db, ctx.clock).approvals(Scope(db, user), status));
}

HttpResponse requestApproval(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    const auto body =
        parseObject(request, QStringLiteral("{id, debtor_id, title_ids?, scenario, note?}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    return inTransaction(
        ctx,
        [&](QSqlDatabase db) {
            return Negotiation(db, ctx.clock).requestApproval(Scope(db, user), *body);
        },
        201);
}

HttpResponse decideApproval(const ApiContext &ctx, const User &user, const QString &requestId,
                            const HttpRequest &request)
{
    const auto parsed = parseObject(request, QStringLiteral("{decision, comment?}"));
    if (!parsed)
        return errorResponse(400, parsed.error().code, parsed.error().message);
    QJsonObject body = *parsed;
    body.insert(QStringLiteral("id"), requestId);
    return inTransaction(
        ctx,
        [&](QSqlDatabase db) {
            return Negotiation(db, ctx.clock).decideApproval(Scope(db, user), body);
        },
        200);
}

HttpResponse importPayments(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    if (user.role == QLatin1String("agent"))
        return errorResponse(403, QStringLiteral("forbidden"),
                             QStringLiteral("only supervisors and administrators import payment "
                                            "files"));
    const auto body = parseObject(request, QStringLiteral("{content, creditor_id?}"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    const QJsonValue content = body->value(QLatin1String("content"));
    if (!content.isString())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("content: the file's text is required"),
                             QStringLiteral("content"));
    const QJsonValue creditor = body->value(QLatin1String("creditor_id"));
    if (!creditor.isUndefined() && !creditor.isNull() &&
        (!creditor.isString() || QUuid::fromString(creditor.toString()).isNull()))
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("creditor_id must be a UUID"),
                             QStringLiteral("creditor_id"));
    const QString creditorId =
        creditor.isString() ? QUuid::fromString(creditor.toString()).toString(QUuid::WithoutBraces)
                            : QString();
    QSqlDatabase db = ctx.store.connection();
    if (!ctx.store.beginWrite(db))
        return errorResponse(Error{QStringLiteral("sql"), {}, db.lastError().text()});
    QStringList debtorIds;
    const Outcome outcome =
        Negotiation(db, ctx.clock)
            .importPayments(Scope(db, user), content.toString(), creditorId, debtorIds);
    if (outcome.status != 200) {
        db.rollback(); // all or nothing
        return answer(outcome);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return errorResponse(Error{QStringLiteral("sql"), {}, why});
    }
    debtorIds.removeDuplicates();
    ctx.notify(Scope::audience(db, debtorIds), outcome.lastSeq);
    return answer(outcome, 201);
}

} // namespace quita::server::routes
