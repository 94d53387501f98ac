// GET /debtors, /debtors/{id}, /debtors/{id}/timeline: read access within the caller's scope.
#include "Routes.h"

#include "auth/Scope.h"
#include "sync/Entities.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace quita::server::routes {
namespace {

HttpResponse accessError(const Result<Scope::Access> &access)
{
    if (!access)
        return errorResponse(access.error());
    if (*access == Scope::Access::Forbidden)
        return errorResponse(403, QStringLiteral("forbidden"),
                             QStringLiteral("this debtor is not in your portfolio"));
    return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such debtor"));
}

Result<QJsonArray> rowsOf(const QSqlDatabase &db, const Entity &entity, const QString &debtorId,
                          const QString &order)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE debtor_id = ? AND deleted = 0 ORDER BY %3")
                  .arg(entity.selectList(), QLatin1String(entity.name), order));
    q.addBindValue(debtorId);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    QJsonArray rows;
    while (q.next())
        rows.append(entity.toJson(q.record()));
    return rows;
}

} // namespace

HttpResponse listDebtors(const ApiContext &ctx, const User &user, const HttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    const auto limit = intParameter(query, QStringLiteral("limit"), 50, 1, 500);
    if (!limit)
        return errorResponse(400, limit.error().code, limit.error().message, limit.error().field);
    const QString text =
        query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).trimmed();
    const Scope scope(ctx.store.connection(), user);
    QString sql = QStringLiteral("SELECT %1, d.total_due_cents FROM debtor d WHERE d.deleted = 0 "
                                 "AND %2")
                      .arg(entities::debtor().selectList(QStringLiteral("d")),
                           scope.debtorCondition(QStringLiteral("d")));
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9A-Za-z]")));
    if (!text.isEmpty())
        sql += QStringLiteral(
            " AND (lower(d.name) LIKE :name OR upper(d.document) LIKE :doc OR EXISTS (SELECT 1 "
            "FROM contact_point c WHERE c.debtor_id = d.id AND c.deleted = 0 AND c.value = "
            ":contact))");
    sql += QStringLiteral(" ORDER BY d.name, d.id LIMIT :limit");
    QSqlQuery q(ctx.store.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":me"), scope.me());
    if (!text.isEmpty()) {
        q.bindValue(QStringLiteral(":name"), QLatin1Char('%') + text.toLower() + QLatin1Char('%'));
        q.bindValue(QStringLiteral(":doc"),
                    digits.isEmpty() ? QStringLiteral("-") : digits.toUpper() + QLatin1Char('%'));
        q.bindValue(QStringLiteral(":contact"),
                    text.contains(QLatin1Char('@')) ? text.toLower() : digits);
    }
    q.bindValue(QStringLiteral(":limit"), *limit);
    if (!q.exec())
        return errorResponse(Error{QStringLiteral("sql"), {}, q.lastError().text()});
    const int due = int(entities::debtor().columns.size());
    QJsonArray items;
    while (q.next()) {
        QJsonObject row = entities::debtor().toJson(q.record());
        row.insert(QStringLiteral("total_due_cents"), q.value(due).toLongLong());
        items.append(row);
    }
    return jsonResponse(200, {{QStringLiteral("items"), items}});
}

HttpResponse debtorDetail(const ApiContext &ctx, const User &user, const QString &debtorId)
{
    QSqlDatabase db = ctx.store.connection();
    const auto access = Scope(db, user).debtor(debtorId);
    if (!access || *access != Scope::Access::Allowed)
        return accessError(access);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, total_due_cents FROM debtor WHERE id = ?")
                  .arg(entities::debtor().selectList()));
    q.addBindValue(debtorId);
    if (!q.exec() || !q.next())
        return errorResponse(Error{QStringLiteral("sql"), {}, q.lastError().text()});
    QJsonObject debtor = entities::debtor().toJson(q.record());
    debtor.insert(QStringLiteral("total_due_cents"),
                  q.value(int(entities::debtor().columns.size())).toLongLong());
    const auto contacts = rowsOf(db, entities::contactPoint(), debtorId,
                                 QStringLiteral("is_primary DESC, kind, value"));
    const auto titles = rowsOf(db, entities::title(), debtorId, QStringLiteral("due_on, number"));
    const auto promises = rowsOf(db, entities::promise(), debtorId, QStringLiteral("due_on DESC"));
    for (const auto *rows : {&contacts, &titles, &promises})
        if (!*rows)
            return errorResponse(rows->error());
    debtor.insert(QStringLiteral("contact_points"), *contacts);
    debtor.insert(QStringLiteral("titles"), *titles);
    debtor.insert(QStringLiteral("promises"), *promises);
    return jsonResponse(200, debtor);
}

// Newest first, a page at a time: `before` is the next_before of the previous page.
HttpResponse debtorTimeline(const ApiContext &ctx, const User &user, const QString &debtorId,
                            const HttpRequest &request)
{
    QSqlDatabase db = ctx.store.connection();
    const auto access = Scope(db, user).debtor(debtorId);
    if (!access || *access != Scope::Access::Allowed)
        return accessError(access);
    const QUrlQuery query = queryOf(request);
    const auto limit = intParameter(query, QStringLiteral("limit"), 100, 1, 1000);
    if (!limit)
        return errorResponse(400, limit.error().code, limit.error().message, limit.error().field);
    const QString before = query.queryItemValue(QStringLiteral("before"));
    qint64 beforeAt = 0;
    QString beforeId;
    if (!before.isEmpty()) {
        const qsizetype cut = before.indexOf(QLatin1Char('_'));
        bool ok = cut > 0;
        beforeAt = ok ? before.left(cut).toLongLong(&ok) : 0;
        beforeId = before.mid(cut + 1);
        if (!ok || beforeId.isEmpty())
            return errorResponse(400, QStringLiteral("type"),
                                 QStringLiteral("before: use the next_before of the previous page"),
                                 QStringLiteral("before"));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM activity WHERE debtor_id = :debtor %2 "
                             "ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                  .arg(entities::activity().selectList(),
                       before.isEmpty() ? QString()
                                        : QStringLiteral("AND (occurred_at < :at OR "
                                                         "(occurred_at = :at2 AND id < :id))")));
    q.bindValue(QStringLiteral(":debtor"), debtorId);
    if (!before.isEmpty()) {
        q.bindValue(QStringLiteral(":at"), beforeAt);
        q.bindValue(QStringLiteral(":at2"), beforeAt);
        q.bindValue(QStringLiteral(":id"), beforeId);
    }
    q.bindValue(QStringLiteral(":limit"), *limit);
    if (!q.exec())
        return errorResponse(Error{QStringLiteral("sql"), {}, q.lastError().text()});
    QJsonArray items;
    QJsonObject last;
    while (q.next()) {
        last = entities::activity().toJson(q.record());
        items.append(last);
    }
    QJsonObject body{{QStringLiteral("items"), items}};
    body.insert(QStringLiteral("next_before"),
                items.size() < *limit
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(QStringLiteral("%1_%2")
                                     .arg(last.value(QLatin1String("occurred_at")).toInteger())
                                     .arg(last.value(QLatin1String("id")).toString())));
    return jsonResponse(200, body);
}

} // namespace quita::server::routes
