// Protests: eligibility, the list of requests and the helpers the writers share.
#include "Protests.h"

#include "api/ApiSupport.h"
#include "negotiation/Negotiation.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace quita::server {

using namespace protest;

namespace protest {

Result<QStringList> idList(const QJsonObject &body, const QString &key, int max)
{
    const QJsonValue value = body.value(key);
    if (!value.isArray())
        return Error{QStringLiteral("type"), key,
                     QStringLiteral("%1: an array of ids is required").arg(key)};
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return Error{QStringLiteral("empty"), key,
                     QStringLiteral("%1: at least one id is required").arg(key)};
    if (array.size() > max)
        return Error{QStringLiteral("too_many"), key,
                     QStringLiteral("%1: at most %2 at a time (%3 given)")
                         .arg(key)
                         .arg(max)
                         .arg(array.size())};
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(key).arg(i);
        const QUuid uuid = QUuid::fromString(array.at(i).toString());
        if (!array.at(i).isString() || uuid.isNull())
            return Error{QStringLiteral("type"), field,
                         QStringLiteral("%1: a UUID is required").arg(field)};
        const QString id = uuid.toString(QUuid::WithoutBraces);
        if (ids.contains(id))
            return Error{QStringLiteral("duplicate"), field,
                         QStringLiteral("%1: this id is already in the list").arg(field)};
        ids.append(id);
    }
    return ids;
}

Result<QList<RequestRow>> loadRequests(const QSqlDatabase &db, const QString &column,
                                       const QStringList &keys, const QString &creditorId)
{
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.debtor_id, r.title_id, r.creditor_id, r.status, r.nosso_numero, "
            "r.cra_title_number, r.amount_cents, r.protocol, r.protocol_date, r.notary_office, "
            "r.occurrence, r.occurrence_date, r.irregularity_code, r.notary_fees_cents, "
            "r.distribution_fees_cents, t.number, d.name, d.agent_id, u.supervisor_id, "
            "pr.min_days_past_due, pr.min_balance_cents, pr.agents_may_file "
            "FROM protest_request r JOIN title t ON t.id = r.title_id "
            "JOIN debtor d ON d.id = r.debtor_id LEFT JOIN app_user u ON u.id = d.agent_id "
            "LEFT JOIN protest_rule pr ON pr.portfolio_id = d.portfolio_id "
            "WHERE r.deleted = 0 AND d.deleted = 0 %1AND %2 IN (%3) ORDER BY r.created_at, r.id")
            .arg(creditorId.isEmpty() ? QString() : QStringLiteral("AND r.creditor_id = ? "),
                 column, QStringLiteral("%1"));
    QList<RequestRow> rows;
    const Status read = forChunks(
        db, keys, sql,
        [&](const QSqlQuery &q) {
            RequestRow r;
            r.id = q.value(0).toString();
            r.debtorId = q.value(1).toString();
            r.titleId = q.value(2).toString();
            r.creditorId = q.value(3).toString();
            r.status = q.value(4).toString();
            r.nossoNumero = q.value(5).toString();
            r.craTitleNumber = q.value(6).toString();
            r.amountCents = q.value(7).toLongLong();
            r.protocol = q.value(8).toString();
            r.protocolDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
            r.notaryOffice = q.value(10).toInt();
            r.occurrence = q.value(11).toString();
            r.occurrenceDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
            r.irregularityCode = q.value(13).toString();
            r.notaryFeesCents = q.value(14).toLongLong();
            r.distributionFeesCents = q.value(15).toLongLong();
            r.titleNumber = q.value(16).toString();
            r.debtorName = q.value(17).toString();
            r.agentId = q.value(18).toString();
            r.supervisorId = q.value(19).toString();
            if (!q.value(20).isNull()) {
                r.rules.minDaysPastDue = q.value(20).toInt();
                r.rules.minBalanceCents = q.value(21).toLongLong();
                r.rules.agentsMayFile = q.value(22).toLongLong() != 0;
            }
            rows.append(r);
        },
        creditorId.isEmpty() ? QVariantList() : QVariantList{creditorId});
    if (!read)
        return read.error();
    return rows;
}

} // namespace protest

QDate Protests::today() const
{
    return Negotiation::today(m_clock);
}

void Protests::touched(const RowWriter &writer)
{
    for (const QString &debtor : writer.debtors())
        if (!m_touched.contains(debtor))
            m_touched.append(debtor);
}

Outcome Protests::mayFile(const Scope &scope, const QString &agentId, const QString &supervisorId,
                          const ProtestRules &rules, const QString &field) const
{
    const Scope::Access access = accessFor(scope.caller(), agentId, supervisorId);
    if (access != Scope::Access::Allowed)
        return denied(access, field, QStringLiteral("debtor"));
    if (isAgent(scope.caller()) && !rules.agentsMayFile)
        return Outcome::refused(403, QStringLiteral("forbidden"),
                                QStringLiteral("%1: agents may not file protests in this "
                                               "portfolio; ask your supervisor")
                                    .arg(field),
                                field);
    return {};
}

Outcome Protests::eligible(const Scope &scope, const QUrlQuery &query) const
{
    const auto limit = intParameter(query, QStringLiteral("limit"), 100, 1, 1000);
    if (!limit)
        return failure(limit.error());
    const QString include = query.queryItemValue(QStringLiteral("include_ineligible"));
    if (!include.isEmpty() && include != QLatin1String("true") &&
        include != QLatin1String("false") && include != QLatin1String("1") &&
        include != QLatin1String("0"))
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("include_ineligible: true or false"),
                                QStringLiteral("include_ineligible"));
    const bool withIneligible = include == QLatin1String("true") || include == QLatin1String("1");
    QString portfolioId;
    const ProtestEligibility rules(m_db, today());
    if (const QString p = query.queryItemValue(QStringLiteral("portfolio")); !p.isEmpty()) {
        const QUuid uuid = QUuid::fromString(p);
        if (uuid.isNull())
            return Outcome::refused(400, QStringLiteral("type"),
                                    QStringLiteral("portfolio: a UUID is required"),
                                    QStringLiteral("portfolio"));
        portfolioId = uuid.toString(QUuid::WithoutBraces);
        const auto portfolioRules = rules.rulesOf(portfolioId);
        if (!portfolioRules)
            return failure(portfolioRules.error());
        if (!*portfolioRules)
            return Outcome::refused(404, QStringLiteral("not_found"),
                                    QStringLiteral("portfolio: no such portfolio"),
                                    QStringLiteral("portfolio"));
        if (isAgent(scope.caller()) && !(*portfolioRules)->agentsMayFile)
            return Outcome::refused(403, QStringLiteral("forbidden"),
                                    QStringLiteral("portfolio: agents may not file protests in "
                                                   "this portfolio"),
                                    QStringLiteral("portfolio"));
    } else if (isAgent(scope.caller())) {
        const auto any = rules.anyAgentPortfolio();
        if (!any)
            return failure(any.error());
        if (!*any)
            return Outcome::refused(403, QStringLiteral("forbidden"),
                                    QStringLiteral("agents may not file protests in any "
                                                   "portfolio; ask your supervisor"));
    }

    QJsonArray items;
    const int pageSize = std::max(200, int(*limit) * 2);
    for (int offset = 0; items.size() < *limit; offset += pageSize) {
        auto page = rules.page(scope, portfolioId, isAgent(scope.caller()), offset, pageSize);
        if (!page)
            return failure(page.error());
        QList<Candidate *> judged;
        for (Candidate &c : page.value())
            judged.append(&c);
        if (Status done = rules.judge(judged); !done)
            return failure(done.error());
        for (const Candidate &c : std::as_const(page.value())) {
            if (items.size() >= *limit)
                break;
            if (c.eligible() || withIneligible)
                items.append(c.toJson());
        }
        if (page->size() < pageSize)
            break;
    }
    Outcome o;
    o.result = {{QStringLiteral("as_of"), today().toString(Qt::ISODate)},
                {QStringLiteral("items"), items}};
    return o;
}

Outcome Protests::requests(const Scope &scope, const QUrlQuery &query) const
{
    const auto limit = intParameter(query, QStringLiteral("limit"), 500, 1, 5000);
    if (!limit)
        return failure(limit.error());
    QString where =
        QStringLiteral("r.deleted = 0 AND ") + scope.debtorCondition(QStringLiteral("d"));
    QList<std::pair<QString, QString>> binds{{QStringLiteral(":me"), scope.me()}};
    const QString status = query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (!allStatuses().contains(status))
            return Outcome::refused(
                400, QStringLiteral("type"),
                QStringLiteral("status: one of %1").arg(allStatuses().join(QLatin1String(", "))),
                QStringLiteral("status"));
        where += QStringLiteral(" AND r.status = :status");
        binds.append({QStringLiteral(":status"), status});
    }
    if (const QString p = query.queryItemValue(QStringLiteral("portfolio")); !p.isEmpty()) {
        const QUuid uuid = QUuid::fromString(p);
        if (uuid.isNull())
            return Outcome::refused(400, QStringLiteral("type"),
                                    QStringLiteral("portfolio: a UUID is required"),
                                    QStringLiteral("portfolio"));
        where += QStringLiteral(" AND d.portfolio_id = :portfolio");
        binds.append({QStringLiteral(":portfolio"), uuid.toString(QUuid::WithoutBraces)});
    }
    for (const char *key : {"from", "to"}) {
        const QString value = query.queryItemValue(QLatin1String(key));
        if (value.isEmpty())
            continue;
        if (!QDate::fromString(value, Qt::ISODate).isValid() || value.size() != 10)
            return Outcome::refused(
                400, QStringLiteral("type"),
                QStringLiteral("%1: a date YYYY-MM-DD is required").arg(QLatin1String(key)),
                QLatin1String(key));
        where += qstrcmp(key, "from") == 0 ? QStringLiteral(" AND r.sent_on >= :from")
                                           : QStringLiteral(" AND r.sent_on <= :to");
        binds.append({QLatin1Char(':') + QLatin1String(key), value});
    }
    const Entity &entity = entities::protestRequest();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, t.number, t.due_on, d.name, d.document, d.portfolio_id "
                             "FROM protest_request r JOIN title t ON t.id = r.title_id "
                             "JOIN debtor d ON d.id = r.debtor_id WHERE %2 "
                             "ORDER BY r.sent_on DESC, r.created_at DESC, r.id LIMIT :limit")
                  .arg(entity.selectList(QStringLiteral("r")), where));
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    q.bindValue(QStringLiteral(":limit"), *limit);
    if (!q.exec())
        return sqlFailure(q.lastError().text());
    const int extra = int(entity.columns.size());
    QList<QJsonObject> rows;
    QStringList ids;
    while (q.next()) {
        QJsonObject row = entity.toJson(q.record());
        row.insert(QStringLiteral("title"),
                   QJsonObject{{QStringLiteral("id"), row.value(QLatin1String("title_id"))},
                               {QStringLiteral("number"), q.value(extra).toString()},
                               {QStringLiteral("due_on"), q.value(extra + 1).toString()}});
        row.insert(
            QStringLiteral("debtor"),
            QJsonObject{{QStringLiteral("id"), row.value(QLatin1String("debtor_id"))},
                        {QStringLiteral("name"), q.value(extra + 2).toString()},
                        {QStringLiteral("document"), maskedDocument(q.value(extra + 3).toString())},
                        {QStringLiteral("portfolio_id"), q.value(extra + 4).toString()}});
        ids.append(row.value(QLatin1String("id")).toString());
        rows.append(row);
    }
    QHash<QString, QJsonArray> documents;
    const Status read = forChunks(
        m_db, ids,
        QStringLiteral("SELECT id, request_id, file_name, mime_type, size_bytes, created_by, "
                       "created_at FROM protest_document WHERE deleted = 0 AND request_id IN "
                       "(%1) ORDER BY created_at, id"),
        [&](const QSqlQuery &d) {
            documents[d.value(1).toString()].append(
                QJsonObject{{QStringLiteral("id"), d.value(0).toString()},
                            {QStringLiteral("file_name"), d.value(2).toString()},
                            {QStringLiteral("mime_type"), d.value(3).toString()},
                            {QStringLiteral("size_bytes"), d.value(4).toLongLong()},
                            {QStringLiteral("created_by"), d.value(5).toString()},
                            {QStringLiteral("created_at"), d.value(6).toLongLong()}});
        });
    if (!read)
        return failure(read.error());
    QJsonArray items;
    for (QJsonObject &row : rows) {
        row.insert(QStringLiteral("documents"),
                   documents.value(row.value(QLatin1String("id")).toString()));
        items.append(row);
    }
    Outcome o;
    o.result = {{QStringLiteral("items"), items}};
    return o;
}

} // namespace quita::server
