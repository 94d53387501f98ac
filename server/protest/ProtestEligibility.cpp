#include "ProtestEligibility.h"

#include "ProtestRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace quita::server::protest {
namespace {

const QString kCandidateSelect = QStringLiteral(
    "SELECT t.id, t.number, t.kind, t.issued_on, t.due_on, t.principal_cents, "
    "t.open_balance_cents, t.disputed, d.id, d.name, d.document, d.street, d.neighborhood, "
    "d.city, d.state, d.postal_code, d.portfolio_id, p.creditor_id, d.agent_id, u.supervisor_id, "
    "r.min_days_past_due, r.min_balance_cents, r.agents_may_file "
    "FROM title t JOIN debtor d ON d.id = t.debtor_id JOIN portfolio p ON p.id = d.portfolio_id "
    "LEFT JOIN app_user u ON u.id = d.agent_id "
    "LEFT JOIN protest_rule r ON r.portfolio_id = d.portfolio_id "
    "WHERE t.deleted = 0 AND d.deleted = 0 ");

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

Candidate readCandidate(const QSqlQuery &q)
{
    Candidate c;
    c.titleId = q.value(0).toString();
    c.titleNumber = q.value(1).toString();
    c.titleKind = q.value(2).toString();
    c.issuedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.dueOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.principalCents = q.value(5).toLongLong();
    c.balanceCents = q.value(6).toLongLong();
    c.disputed = q.value(7).toLongLong() != 0;
    c.debtorId = q.value(8).toString();
    c.debtorName = q.value(9).toString();
    c.document = q.value(10).toString();
    c.address.street = q.value(11).toString().trimmed();
    c.address.neighborhood = q.value(12).toString().trimmed();
    c.address.city = q.value(13).toString().trimmed();
    c.address.state = q.value(14).toString().trimmed();
    c.address.postalCode = q.value(15).toString().trimmed();
    c.portfolioId = q.value(16).toString();
    c.creditorId = q.value(17).toString();
    c.agentId = q.value(18).toString();
    c.supervisorId = q.value(19).toString();
    if (!q.value(20).isNull()) {
        c.rules.minDaysPastDue = q.value(20).toInt();
        c.rules.minBalanceCents = q.value(21).toLongLong();
        c.rules.agentsMayFile = q.value(22).toLongLong() != 0;
    }
    return c;
}

} // namespace

QString moneyText(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("%1.%2").arg(abs / 100).arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString maskedDocument(const QString &document)
{
    const auto parsed = Document::parse(document);
    return parsed.ok() ? parsed->masked() : QString(document.size(), u'*');
}

QJsonObject Candidate::toJson() const
{
    QJsonArray why;
    for (const Reason &r : reasons)
        why.append(
            QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("message"), r.message}});
    return {{QStringLiteral("title_id"), titleId},
            {QStringLiteral("title_number"), titleNumber},
            {QStringLiteral("debtor_id"), debtorId},
            {QStringLiteral("debtor_name"), debtorName},
            {QStringLiteral("document"), maskedDocument(document)},
            {QStringLiteral("portfolio_id"), portfolioId},
            {QStringLiteral("creditor_id"), creditorId},
            {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
            {QStringLiteral("principal_cents"), principalCents},
            {QStringLiteral("balance_cents"), balanceCents},
            {QStringLiteral("days_past_due"), daysPastDue},
            {QStringLiteral("eligible"), eligible()},
            {QStringLiteral("reasons"), why}};
}

QStringList ProtestEligibility::reasonCodes()
{
    return {QStringLiteral("too_recent"),
            QStringLiteral("agreement"),
            QStringLiteral("promise"),
            QStringLiteral("invalid_document"),
            QStringLiteral("disputed"),
            QStringLiteral("below_minimum"),
            QStringLiteral("incomplete_address"),
            QStringLiteral("in_protest")};
}

Result<QHash<QString, Candidate>> ProtestEligibility::byIds(const QStringList &ids) const
{
    QHash<QString, Candidate> found;
    const Status read = forChunks(m_db, ids, kCandidateSelect + QStringLiteral("AND t.id IN (%1)"),
                                  [&](const QSqlQuery &q) {
                                      Candidate c = readCandidate(q);
                                      found.insert(c.titleId, c);
                                  });
    if (!read)
        return read.error();
    return found;
}

Result<QList<Candidate>> ProtestEligibility::page(const Scope &scope, const QString &portfolioId,
                                                  bool agentPortfolios, int offset, int count) const
{
    QString sql = kCandidateSelect + QStringLiteral("AND t.open_balance_cents > 0 AND ") +
                  scope.debtorCondition(QStringLiteral("d"));
    if (!portfolioId.isEmpty())
        sql += QStringLiteral(" AND d.portfolio_id = :portfolio");
    if (agentPortfolios)
        sql += QStringLiteral(" AND r.agents_may_file = 1");
    sql += QStringLiteral(" ORDER BY t.due_on, t.id LIMIT :limit OFFSET :offset");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":me"), scope.me());
    if (!portfolioId.isEmpty())
        q.bindValue(QStringLiteral(":portfolio"), portfolioId);
    q.bindValue(QStringLiteral(":limit"), count);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return sqlError(q);
    QList<Candidate> candidates;
    while (q.next())
        candidates.append(readCandidate(q));
    return candidates;
}

Status ProtestEligibility::judge(QList<Candidate *> candidates) const
{
    QStringList debtorIds, titleIds;
    for (const Candidate *c : std::as_const(candidates)) {
        if (!debtorIds.contains(c->debtorId))
            debtorIds.append(c->debtorId);
        titleIds.append(c->titleId);
    }
    // Pending or active agreements: the titles they cover (an empty list: all of them).
    QHash<QString, QList<std::pair<QString, QStringList>>> agreements; // debtor -> (status, ids)
    Status read = forChunks(
        m_db, debtorIds,
        QStringLiteral("SELECT debtor_id, status, title_ids FROM agreement WHERE deleted = 0 AND "
                       "status IN ('pending', 'active') AND debtor_id IN (%1)"),
        [&](const QSqlQuery &q) {
            QStringList ids;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
                ids.append(v.toString());
            agreements[q.value(0).toString()].append({q.value(1).toString(), ids});
        });
    if (!read)
        return read;
    QHash<QString, QString> promises; // debtor -> due date of the earliest open promise
    read = forChunks(
        m_db, debtorIds,
        QStringLiteral("SELECT debtor_id, min(due_on) FROM promise WHERE deleted = 0 "
                       "AND status = 'open' AND debtor_id IN (%1) GROUP BY debtor_id"),
        [&](const QSqlQuery &q) { promises.insert(q.value(0).toString(), q.value(1).toString()); });
    if (!read)
        return read;
    QHash<QString, QString> inProtest; // title -> status of its open request
    read = forChunks(m_db, titleIds,
                     QStringLiteral("SELECT title_id, status FROM protest_request WHERE deleted = "
                                    "0 AND status IN (%2) AND title_id IN (%1)")
                         .arg(QStringLiteral("%1"), sqlList(openStatuses())),
                     [&](const QSqlQuery &q) {
                         inProtest.insert(q.value(0).toString(), q.value(1).toString());
                     });
    if (!read)
        return read;

    for (Candidate *c : std::as_const(candidates)) {
        c->reasons.clear();
        c->daysPastDue =
            c->dueOn.isValid() && m_today > c->dueOn ? int(c->dueOn.daysTo(m_today)) : 0;
        const auto add = [c](const char *code, const QString &message) {
            c->reasons.append(Reason{QString::fromLatin1(code), message});
        };
        if (c->daysPastDue < c->rules.minDaysPastDue)
            add("too_recent", QStringLiteral("%1 days past due; this portfolio protests from %2 "
                                             "days past due")
                                  .arg(c->daysPastDue)
                                  .arg(c->rules.minDaysPastDue));
        for (const auto &[status, ids] : agreements.value(c->debtorId)) {
            if (ids.isEmpty() || ids.contains(c->titleId)) {
                add("agreement",
                    QStringLiteral("the title is under an agreement (%1)").arg(status));
                break;
            }
        }
        if (promises.contains(c->debtorId))
            add("promise", QStringLiteral("the debtor has an open promise to pay (due %1)")
                               .arg(promises.value(c->debtorId)));
        if (const auto document = Document::parse(c->document); !document.ok())
            add("invalid_document", QStringLiteral("the debtor's CPF/CNPJ is not valid (%1)")
                                        .arg(document.error().code));
        if (c->disputed)
            add("disputed", QStringLiteral("the debtor disputes this title"));
        if (c->balanceCents < c->rules.minBalanceCents || c->balanceCents <= 0)
            add("below_minimum",
                QStringLiteral("the balance %1 is below this portfolio's minimum "
                               "of %2")
                    .arg(moneyText(c->balanceCents), moneyText(c->rules.minBalanceCents)));
        if (!c->address.isComplete())
            add("incomplete_address",
                QStringLiteral("the debtor's address is incomplete (street, city, state and an "
                               "8-digit CEP are required)"));
        if (inProtest.contains(c->titleId))
            add("in_protest", QStringLiteral("the title is already in a protest request (%1)")
                                  .arg(inProtest.value(c->titleId)));
    }
    return Done{};
}

Result<std::optional<ProtestRules>> ProtestEligibility::rulesOf(const QString &portfolioId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.min_days_past_due, r.min_balance_cents, r.agents_may_file "
                             "FROM portfolio p LEFT JOIN protest_rule r ON r.portfolio_id = p.id "
                             "WHERE p.id = ? AND p.deleted = 0"));
    q.addBindValue(portfolioId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<ProtestRules>();
    ProtestRules rules;
    if (!q.value(0).isNull()) {
        rules.minDaysPastDue = q.value(0).toInt();
        rules.minBalanceCents = q.value(1).toLongLong();
        rules.agentsMayFile = q.value(2).toLongLong() != 0;
    }
    return std::optional<ProtestRules>(rules);
}

Result<bool> ProtestEligibility::anyAgentPortfolio() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM protest_rule WHERE agents_may_file = 1")) ||
        !q.next())
        return sqlError(q);
    return q.value(0).toLongLong() > 0;
}

} // namespace quita::server::protest
