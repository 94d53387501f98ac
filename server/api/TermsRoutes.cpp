// PUT /admin/indexes and PUT /admin/portfolios/{id}/terms: the data the negotiation rules
// read (admins only, checked by Api). Both are synced rows, so every desk computes offers
// with them offline.
#include "Routes.h"

#include "domain/negotiation/ChargeTermsJson.h"
#include "domain/negotiation/IndexSeries.h"
#include "domain/negotiation/NegotiationPolicyJson.h"
#include "store/DemoIndexes.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace quita::server::routes {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

// Reference rows reach every desk: every active user is poked.
QStringList everyone(const QSqlDatabase &db)
{
    QStringList users;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id FROM app_user WHERE active = 1")))
        while (q.next())
            users.append(q.value(0).toString());
    return users;
}

// Runs `write` in one transaction and pokes everyone after the commit.
template <typename Write>
HttpResponse committed(const ApiContext &ctx, Write write)
{
    QSqlDatabase db = ctx.store.connection();
    if (!ctx.store.beginWrite(db))
        return errorResponse(Error{QStringLiteral("sql"), {}, db.lastError().text()});
    qint64 lastSeq = 0;
    QJsonObject body;
    const std::optional<HttpResponse> refused = write(db, lastSeq, body);
    if (refused) {
        db.rollback();
        return *refused;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return errorResponse(Error{QStringLiteral("sql"), {}, why});
    }
    if (lastSeq > 0)
        ctx.notify(everyone(db), lastSeq);
    return jsonResponse(200, body);
}

} // namespace

HttpResponse importIndexes(const ApiContext &ctx, const HttpRequest &request)
{
    const auto parsed = parseObject(request, QStringLiteral("{content}"));
    if (!parsed)
        return errorResponse(400, parsed.error().code, parsed.error().message);
    const QJsonValue content = parsed->value(QLatin1String("content"));
    if (!content.isString())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("content: the CSV text is required"),
                             QStringLiteral("content"));
    const auto series = IndexSeries::parseCsv(content.toString());
    if (!series)
        return errorResponse(422, series.error().code, series.error().message,
                             series.error().field);
    return committed(
        ctx,
        [&](QSqlDatabase db, qint64 &lastSeq, QJsonObject &body) -> std::optional<HttpResponse> {
            const qint64 now = ctx.nowMs();
            QSqlQuery upsert(db);
            upsert.prepare(QStringLiteral(
                "INSERT INTO index_value (id, index_name, month, variation_ppm, version, "
                "updated_at) "
                "VALUES (?,?,?,?,1,?) ON CONFLICT (id) DO UPDATE SET variation_ppm = "
                "excluded.variation_ppm, version = index_value.version + 1, updated_at = "
                "excluded.updated_at"));
            QSqlQuery read(db);
            read.prepare(QStringLiteral("SELECT %1 FROM index_value WHERE id = ?")
                             .arg(entities::indexValue().selectList()));
            ChangeLog log(db);
            int count = 0;
            for (CorrectionIndex index : kPublishedIndexes) {
                for (const IndexSeries::Month &m : series->months(index)) {
                    const QString id = indexValueId(index, m.year, m.month);
                    for (const QVariant &v : {QVariant(id), QVariant(correctionIndexName(index)),
                                              QVariant(QStringLiteral("%1-%2").arg(m.year).arg(
                                                  m.month, 2, 10, QLatin1Char('0'))),
                                              QVariant(m.ppm), QVariant(now)})
                        upsert.addBindValue(v);
                    if (!upsert.exec())
                        return errorResponse(sqlError(upsert));
                    read.addBindValue(id);
                    if (!read.exec() || !read.next())
                        return errorResponse(sqlError(read));
                    const QJsonObject row = entities::indexValue().toJson(read.record());
                    read.finish();
                    auto seq = log.reserve();
                    if (!seq)
                        return errorResponse(seq.error());
                    if (Status logged = log.append(*seq, QStringLiteral("index_value"), id, {},
                                                   QStringLiteral("upsert"), row, now);
                        !logged)
                        return errorResponse(logged.error());
                    lastSeq = *seq;
                    ++count;
                }
            }
            body = {{QStringLiteral("count"), count}};
            return std::nullopt;
        });
}

HttpResponse setPortfolioTerms(const ApiContext &ctx, const QString &portfolioId,
                               const HttpRequest &request)
{
    const auto parsed =
        parseObject(request, QStringLiteral("{charge_terms, grace_days, negotiation_policy?}"));
    if (!parsed)
        return errorResponse(400, parsed.error().code, parsed.error().message);
    const QJsonValue termsValue = parsed->value(QLatin1String("charge_terms"));
    if (!termsValue.isObject())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("charge_terms: an object is required"),
                             QStringLiteral("charge_terms"));
    const QJsonValue graceValue = parsed->value(QLatin1String("grace_days"));
    const qint64 grace = graceValue.isDouble() ? graceValue.toInteger(-1) : -1;
    if (!graceValue.isDouble() || double(grace) != graceValue.toDouble())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("grace_days: a whole number of days is required"),
                             QStringLiteral("grace_days"));
    if (grace < 0 || grace > 90)
        return errorResponse(422, QStringLiteral("invalid"),
                             QStringLiteral("grace_days must be from 0 to 90 days"),
                             QStringLiteral("grace_days"));
    const auto terms = chargeTermsFromJson(termsValue.toObject());
    if (!terms)
        return errorResponse(422, terms.error().code, terms.error().message, terms.error().field);
    // Optional: absent keeps the portfolio's policy as it is.
    const QJsonValue policyValue = parsed->value(QLatin1String("negotiation_policy"));
    if (!policyValue.isUndefined() && !policyValue.isObject())
        return errorResponse(400, QStringLiteral("type"),
                             QStringLiteral("negotiation_policy: an object is required"),
                             QStringLiteral("negotiation_policy"));
    if (policyValue.isObject()) {
        const auto policy = negotiationPolicyFromJson(policyValue.toObject());
        if (!policy)
            return errorResponse(422, policy.error().code, policy.error().message,
                                 policy.error().field);
    }
    const QUuid uuid = QUuid::fromString(portfolioId);
    return committed(
        ctx,
        [&](QSqlDatabase db, qint64 &lastSeq, QJsonObject &body) -> std::optional<HttpResponse> {
            if (terms->correctionIndex != CorrectionIndex::None) {
                QSqlQuery any(db);
                any.prepare(
                    QStringLiteral("SELECT 1 FROM index_value WHERE index_name = ? LIMIT 1"));
                any.addBindValue(correctionIndexName(terms->correctionIndex));
                if (!any.exec())
                    return errorResponse(sqlError(any));
                if (!any.next())
                    return errorResponse(
                        422, QStringLiteral("no_index_values"),
                        QStringLiteral(
                            "charge_terms.correction_index: no %1 values yet; import them "
                            "first (PUT /admin/indexes)")
                            .arg(correctionIndexName(terms->correctionIndex)),
                        QStringLiteral("charge_terms.correction_index"));
            }
            const qint64 now = ctx.nowMs();
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE portfolio SET charge_terms = ?, grace_days = ?, "
                                          "negotiation_policy = coalesce(?, negotiation_policy), "
                                          "version = version + 1, updated_at = ? WHERE id = ? AND "
                                          "deleted = 0"));
            update.addBindValue(QString::fromUtf8(
                QJsonDocument(termsValue.toObject()).toJson(QJsonDocument::Compact)));
            update.addBindValue(grace);
            update.addBindValue(
                policyValue.isObject()
                    ? QVariant(QString::fromUtf8(
                          QJsonDocument(policyValue.toObject()).toJson(QJsonDocument::Compact)))
                    : QVariant(QMetaType(QMetaType::QString)));
            update.addBindValue(now);
            update.addBindValue(uuid.toString(QUuid::WithoutBraces));
            if (!update.exec())
                return errorResponse(sqlError(update));
            if (uuid.isNull() || update.numRowsAffected() != 1)
                return errorResponse(404, QStringLiteral("not_found"),
                                     QStringLiteral("no such portfolio"));
            QSqlQuery read(db);
            read.prepare(QStringLiteral("SELECT %1 FROM portfolio WHERE id = ?")
                             .arg(entities::portfolio().selectList()));
            read.addBindValue(uuid.toString(QUuid::WithoutBraces));
            if (!read.exec() || !read.next())
                return errorResponse(sqlError(read));
            const QJsonObject row = entities::portfolio().toJson(read.record());
            ChangeLog log(db);
            auto seq = log.reserve();
            if (!seq)
                return errorResponse(seq.error());
            if (Status logged = log.append(*seq, QStringLiteral("portfolio"),
                                           uuid.toString(QUuid::WithoutBraces), {},
                                           QStringLiteral("upsert"), row, now);
                !logged)
                return errorResponse(logged.error());
            lastSeq = *seq;
            body = {{QStringLiteral("portfolio"), row}};
            return std::nullopt;
        });
}

} // namespace quita::server::routes
