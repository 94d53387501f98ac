// GET /kpis, GET /kpis/accounts and PUT /admin/targets: the performance charts' figures
// (DOMAIN.md "KPIs"), aggregated by models/store/KpiQuery over the caller's scope: an
// agent sees their own accounts, a supervisor their agents' (and their own), an admin
// every account.
#include "Routes.h"

#include "domain/ActivityKinds.h"
#include "domain/kpi/KpiDefinitions.h"
#include "kpi/KpiRollup.h"
#include "kpi/KpiTargetStore.h"
#include "store/KpiQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace quita::server::routes {
namespace {

HttpResponse badField(const QString &field, const QString &message)
{
    return errorResponse(400, QStringLiteral("invalid"), message, field);
}

struct Parsed
{
    KpiQueryFilter filter;
    std::optional<HttpResponse> refusal;
};

std::optional<QDate> dateParameter(const QUrlQuery &query, const QString &name, QDate fallback,
                                   bool *bad)
{
    const QString text = query.queryItemValue(name);
    if (text.isEmpty())
        return fallback;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10) {
        *bad = true;
        return std::nullopt;
    }
    return day;
}

// The caller's agents: the rows of by_agent and the scope.
Result<QList<KpiAgent>> agentsOf(QSqlDatabase db, const User &user)
{
    QSqlQuery q(db);
    const QString me = user.id.toString(QUuid::WithoutBraces);
    if (user.role == QLatin1String("agent"))
        return QList<KpiAgent>{{me, user.displayName}};
    if (user.role == QLatin1String("supervisor")) {
        q.prepare(QStringLiteral("SELECT id, display_name FROM app_user WHERE supervisor_id = ? "
                                 "AND role = 'agent' ORDER BY display_name, id"));
        q.addBindValue(me);
    } else {
        q.prepare(QStringLiteral("SELECT id, display_name FROM app_user WHERE role = 'agent' "
                                 "ORDER BY display_name, id"));
    }
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    QList<KpiAgent> agents;
    while (q.next())
        agents.append({q.value(0).toString(), q.value(1).toString()});
    return agents;
}

Parsed parse(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    Parsed p;
    KpiQueryFilter &f = p.filter;
    const QUrlQuery query = queryOf(request);
    bool bad = false;
    const QDate today = kpiDayOf(ctx.nowMs()); // the Brasília day, as every KPI day
    const auto to = dateParameter(query, QStringLiteral("to"), today, &bad);
    if (bad) {
        p.refusal = badField(QStringLiteral("to"), QStringLiteral("to: a date YYYY-MM-DD"));
        return p;
    }
    const auto from = dateParameter(query, QStringLiteral("from"), to->addDays(-29), &bad);
    if (bad) {
        p.refusal = badField(QStringLiteral("from"), QStringLiteral("from: a date YYYY-MM-DD"));
        return p;
    }
    if (*from > *to) {
        p.refusal = badField(QStringLiteral("from"), QStringLiteral("from: after to"));
        return p;
    }
    if (from->daysTo(*to) + 1 > kMaxKpiRangeDays) {
        p.refusal = badField(QStringLiteral("to"),
                             QStringLiteral("to: at most %1 days from from").arg(kMaxKpiRangeDays));
        return p;
    }
    f.from = *from;
    f.to = *to;
    f.today = today;
    const auto days = intParameter(query, QStringLiteral("attribution_days"),
                                   kDefaultAttributionDays, 1, kMaxAttributionDays);
    if (!days) {
        p.refusal = badField(days.error().field, days.error().message);
        return p;
    }
    f.attributionDays = int(days.value());
    f.channel = query.queryItemValue(QStringLiteral("channel"));
    if (!f.channel.isEmpty() && !channelFromName(f.channel)) {
        p.refusal = badField(QStringLiteral("channel"), QStringLiteral("channel: unknown"));
        return p;
    }
    f.portfolioId = query.queryItemValue(QStringLiteral("portfolio"));
    if (!f.portfolioId.isEmpty() && QUuid::fromString(f.portfolioId).isNull()) {
        p.refusal = badField(QStringLiteral("portfolio"), QStringLiteral("portfolio: not an id"));
        return p;
    }
    QSqlDatabase db = ctx.store.connection();
    auto agents = agentsOf(db, user);
    if (!agents) {
        p.refusal = errorResponse(agents.error());
        return p;
    }
    f.agents = agents.value();
    const QString me = user.id.toString(QUuid::WithoutBraces);
    if (user.role != QLatin1String("admin")) {
        QStringList scope{me};
        for (const KpiAgent &a : f.agents)
            if (a.id != me)
                scope.append(a.id);
        f.scopeAgentIds = scope;
    }
    f.agentId = query.queryItemValue(QStringLiteral("agent"));
    if (!f.agentId.isEmpty()) {
        if (QUuid::fromString(f.agentId).isNull()) {
            p.refusal = badField(QStringLiteral("agent"), QStringLiteral("agent: not an id"));
            return p;
        }
        f.agentId = QUuid::fromString(f.agentId).toString(QUuid::WithoutBraces);
        if (f.scopeAgentIds && !f.scopeAgentIds->contains(f.agentId)) {
            p.refusal =
                errorResponse(403, QStringLiteral("forbidden"),
                              QStringLiteral("agent: not in your team"), QStringLiteral("agent"));
            return p;
        }
        f.agents.removeIf([&](const KpiAgent &a) { return a.id != f.agentId; });
    }
    auto targets = KpiTargetStore::load(db);
    if (!targets) {
        p.refusal = errorResponse(targets.error());
        return p;
    }
    f.targets = targets.value();
    f.source = KpiQueryFilter::Source::Rollup;
    return p;
}

HttpResponse answer(const Result<QJsonObject> &result)
{
    if (!result) {
        if (result.error().code == QLatin1String("sql"))
            return errorResponse(result.error());
        return errorResponse(400, result.error().code, result.error().message,
                             result.error().field);
    }
    return jsonResponse(200, result.value());
}

} // namespace

HttpResponse kpis(const ApiContext &ctx, const User &user, const HttpRequest &request,
                  const QStringList &segments)
{
    if (request.method != "GET") {
        HttpResponse r = errorResponse(405, QStringLiteral("method"), QStringLiteral("use GET"));
        r.headers["Allow"] = "GET";
        return r;
    }
    const bool accounts = segments.size() == 2 && segments[1] == QLatin1String("accounts");
    if (segments.size() != 1 && !accounts)
        return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    Parsed p = parse(ctx, user, request);
    if (p.refusal)
        return *p.refusal;
    QSqlDatabase db = ctx.store.connection();
    if (!accounts) {
        if (auto fresh = KpiRollup::refresh(ctx.store, db); !fresh)
            return errorResponse(fresh.error());
        return answer(KpiQuery::report(db, p.filter));
    }
    const QUrlQuery query = queryOf(request);
    KpiCellSelector cell;
    cell.metric = query.queryItemValue(QStringLiteral("metric"));
    if (!KpiCellSelector::metrics().contains(cell.metric))
        return badField(QStringLiteral("metric"),
                        QStringLiteral("metric: one of %1")
                            .arg(KpiCellSelector::metrics().join(QLatin1String(", "))));
    if (const QString day = query.queryItemValue(QStringLiteral("day")); !day.isEmpty()) {
        cell.day = QDate::fromString(day, Qt::ISODate);
        if (!cell.day.isValid())
            return badField(QStringLiteral("day"), QStringLiteral("day: a date YYYY-MM-DD"));
    }
    cell.bucket = query.queryItemValue(QStringLiteral("bucket"));
    cell.fromBucket = query.queryItemValue(QStringLiteral("from_bucket"));
    cell.toBucket = query.queryItemValue(QStringLiteral("to_bucket"));
    cell.placementMonth = query.queryItemValue(QStringLiteral("placement_month"));
    cell.result = query.queryItemValue(QStringLiteral("result"));
    return answer(KpiQuery::accounts(db, p.filter, cell));
}

HttpResponse setTargets(const ApiContext &ctx, const HttpRequest &request)
{
    auto body = parseObject(request, QStringLiteral("{collected_cents_per_day, "
                                                    "agreements_per_day, rpc_per_day}"));
    if (!body)
        return badField(body.error().field, body.error().message);
    QSqlDatabase db = ctx.store.connection();
    auto current = KpiTargetStore::load(db);
    if (!current)
        return errorResponse(current.error());
    KpiTargets t = current.value();
    for (const char *key : {"collected_cents_per_day", "agreements_per_day", "rpc_per_day"}) {
        const QJsonValue v = body->value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e12)
            return badField(QLatin1String(key),
                            QStringLiteral("%1: a number from 0").arg(QLatin1String(key)));
        if (qstrcmp(key, "collected_cents_per_day") == 0 &&
            std::floor(v.toDouble()) != v.toDouble())
            return badField(
                QLatin1String(key),
                QStringLiteral("%1: a whole number of centavos").arg(QLatin1String(key)));
    }
    if (body->contains(QLatin1String("collected_cents_per_day")))
        t.collectedCentsPerDay = body->value(QLatin1String("collected_cents_per_day")).toInteger();
    if (body->contains(QLatin1String("agreements_per_day")))
        t.agreementsPerDay = body->value(QLatin1String("agreements_per_day")).toDouble();
    if (body->contains(QLatin1String("rpc_per_day")))
        t.rpcPerDay = body->value(QLatin1String("rpc_per_day")).toDouble();
    if (auto saved = KpiTargetStore::save(ctx.store, db, t, ctx.nowMs()); !saved)
        return errorResponse(saved.error());
    return jsonResponse(200, {{QStringLiteral("collected_cents_per_day"), t.collectedCentsPerDay},
                              {QStringLiteral("agreements_per_day"), t.agreementsPerDay},
                              {QStringLiteral("rpc_per_day"), t.rpcPerDay}});
}

} // namespace quita::server::routes
