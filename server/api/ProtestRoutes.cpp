// /protests: eligible titles, remittance batches and their files, confirmation and return
// imports, withdrawals, cancellations, documents and the list of requests (issue 5;
// server/openapi.yaml, tag protest).
#include "Routes.h"

#include "auth/Scope.h"
#include "protest/Protests.h"

#include <QSqlError>

namespace quita::server::routes {
namespace {

HttpResponse answer(const Outcome &outcome, int okStatus = 200)
{
    if (outcome.status == 200)
        return jsonResponse(okStatus, outcome.result);
    if (outcome.status == 500)
        return errorResponse(outcome.error);
    return errorResponse(outcome.status, outcome.error.code, outcome.error.message,
                         outcome.error.field);
}

HttpResponse wrongMethod(const char *allowed)
{
    HttpResponse r = errorResponse(405, QStringLiteral("method"),
                                   QStringLiteral("use %1").arg(QLatin1String(allowed)));
    r.headers["Allow"] = allowed;
    return r;
}

// One write in its own transaction; whoever may see the debtors touched is poked after it.
template <typename Write>
HttpResponse inTransaction(const ApiContext &ctx, const User &user, Write write, int okStatus)
{
    QSqlDatabase db = ctx.store.connection();
    if (!ctx.store.beginWrite(db))
        return errorResponse(Error{QStringLiteral("sql"), {}, db.lastError().text()});
    Protests protests(db, ctx.clock);
    const Outcome outcome = write(protests, Scope(db, user));
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
        ctx.notify(Scope::audience(db, protests.touchedDebtors()), outcome.lastSeq);
    return answer(outcome, okStatus);
}

template <typename Read>
HttpResponse read(const ApiContext &ctx, const User &user, Read what)
{
    QSqlDatabase db = ctx.store.connection();
    const Protests protests(db, ctx.clock);
    return answer(what(protests, Scope(db, user)));
}

HttpResponse batchFile(const ApiContext &ctx, const User &user, const QString &batchId)
{
    QSqlDatabase db = ctx.store.connection();
    const Outcome outcome = Protests(db, ctx.clock).batchFile(Scope(db, user), batchId);
    if (outcome.status != 200)
        return answer(outcome);
    HttpResponse r;
    r.status = 200;
    r.contentType = "text/plain; charset=ISO-8859-1";
    const QString name = outcome.result.value(QLatin1String("file_name")).toString();
    r.headers["Content-Disposition"] = "attachment; filename=\"" + name.toStdString() + "\"";
    r.body = outcome.result.value(QLatin1String("content")).toString().toLatin1().toStdString();
    return r;
}

} // namespace

HttpResponse protests(const ApiContext &ctx, const User &user, const HttpRequest &request,
                      const QStringList &segments)
{
    const std::string &method = request.method;
    const qsizetype n = segments.size();
    const QString second = segments.value(1);
    const QUrlQuery query = queryOf(request);
    if (n == 1)
        return method == "GET"
                   ? read(ctx, user,
                          [&](const Protests &p, const Scope &s) { return p.requests(s, query); })
                   : wrongMethod("GET");
    if (n == 2 && second == QLatin1String("eligible"))
        return method == "GET"
                   ? read(ctx, user,
                          [&](const Protests &p, const Scope &s) { return p.eligible(s, query); })
                   : wrongMethod("GET");
    if (n == 2 && second == QLatin1String("batches")) {
        if (method == "GET")
            return read(ctx, user,
                        [&](const Protests &p, const Scope &s) { return p.batches(s, query); });
        if (method != "POST")
            return wrongMethod("GET, POST");
    }
    if (n == 4 && second == QLatin1String("batches") && segments[3] == QLatin1String("file"))
        return method == "GET" ? batchFile(ctx, user, segments[2]) : wrongMethod("GET");

    // The writes: a JSON body each.
    const bool write =
        n == 2 &&
        (second == QLatin1String("batches") || second == QLatin1String("returns") ||
         second == QLatin1String("withdrawals") || second == QLatin1String("cancellations"));
    const bool documents = n == 3 && segments[2] == QLatin1String("documents");
    if (!write && !documents)
        return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    if (method != "POST")
        return wrongMethod("POST");
    const auto body =
        parseObject(request, QStringLiteral("(see server/openapi.yaml, tag protest)"));
    if (!body)
        return errorResponse(400, body.error().code, body.error().message);
    if (documents)
        return inTransaction(
            ctx, user, [&](Protests &p, const Scope &s) { return p.attach(s, segments[1], *body); },
            201);
    if (second == QLatin1String("batches"))
        return inTransaction(
            ctx, user, [&](Protests &p, const Scope &s) { return p.createBatch(s, *body); }, 201);
    if (second == QLatin1String("returns"))
        return inTransaction(
            ctx, user, [&](Protests &p, const Scope &s) { return p.importReturn(s, *body); }, 200);
    if (second == QLatin1String("withdrawals"))
        return inTransaction(
            ctx, user, [&](Protests &p, const Scope &s) { return p.withdraw(s, *body); }, 201);
    return inTransaction(
        ctx, user, [&](Protests &p, const Scope &s) { return p.cancel(s, *body); }, 201);
}

} // namespace quita::server::routes
