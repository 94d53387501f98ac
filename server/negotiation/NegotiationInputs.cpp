#include "NegotiationInputs.h"

#include "store/PortfolioTerms.h"
#include "store/SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace quita::server {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

Status loadTerms(const QSqlDatabase &db, NegotiationInputs &in)
{
    auto terms = loadPortfolioTerms(db, in.portfolioId);
    if (!terms)
        return terms.error();
    in.policy = terms->policy;
    in.terms = terms->terms;
    in.graceDays = terms->graceDays;
    in.series = terms->series;
    return Done{};
}

// Finished agreements of the portfolio: settled ones were kept, broken ones were not.
Status loadHistory(const QSqlDatabase &db, NegotiationInputs &in)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.kind, a.installment_count, a.status, count(*) FROM agreement a JOIN debtor d "
        "ON d.id = a.debtor_id WHERE d.portfolio_id = ? AND a.deleted = 0 AND a.status IN "
        "('settled', 'broken') GROUP BY a.kind, a.installment_count, a.status"));
    q.addBindValue(in.portfolioId);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const auto kind = scenarioKindFromName(q.value(0).toString());
        if (!kind)
            continue;
        const int count = q.value(3).toInt();
        const bool kept = q.value(2).toString() == QLatin1String("settled");
        in.history.add(*kind, installmentBandFor(q.value(1).toInt()), kept ? count : 0,
                       kept ? 0 : count);
    }
    return Done{};
}

Title titleFrom(const QSqlQuery &q)
{
    Title t;
    t.id = QUuid::fromString(q.value(0).toString());
    t.debtorId = QUuid::fromString(q.value(1).toString());
    t.number = q.value(2).toString();
    t.kind = q.value(3).toString();
    t.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    t.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    t.principal = Money::fromCents(q.value(6).toLongLong());
    t.openBalance = Money::fromCents(q.value(7).toLongLong());
    t.disputed = q.value(8).toInt() != 0;
    return t;
}

Status loadTitles(const QSqlDatabase &db, NegotiationInputs &in,
                  const std::optional<QStringList> &titleIds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, debtor_id, number, kind, issued_on, due_on, principal_cents, "
        "open_balance_cents, disputed FROM title WHERE debtor_id = ? AND deleted = 0 "
        "ORDER BY due_on, number"));
    q.addBindValue(in.debtorId);
    if (!q.exec())
        return sqlError(q);
    QList<Title> all;
    while (q.next())
        all.append(titleFrom(q));
    if (!titleIds) {
        for (const Title &t : std::as_const(all))
            if (t.openBalance.cents() > 0)
                in.titles.append(t);
    } else {
        for (qsizetype i = 0; i < titleIds->size(); ++i) {
            const QString field = QStringLiteral("title_ids[%1]").arg(i);
            const QUuid id = QUuid::fromString(titleIds->at(i));
            const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Title &t) {
                return !id.isNull() && t.id == id;
            });
            if (it == all.cend())
                return Error{QStringLiteral("unknown_title"), field,
                             QStringLiteral("%1: no such title of this debtor").arg(field)};
            if (it->openBalance.cents() <= 0)
                return Error{
                    QStringLiteral("title_closed"), field,
                    QStringLiteral("%1: title %2 has nothing left to pay").arg(field, it->number)};
            if (std::any_of(in.titles.cbegin(), in.titles.cend(),
                            [&](const Title &t) { return t.id == id; }))
                return Error{QStringLiteral("duplicate_title"), field,
                             QStringLiteral("%1: title %2 is listed twice").arg(field, it->number)};
            in.titles.append(*it);
        }
    }
    if (in.titles.isEmpty())
        return Error{QStringLiteral("no_titles"), QStringLiteral("title_ids"),
                     QStringLiteral("title_ids: this debtor has no open title to negotiate")};
    return Done{};
}

} // namespace

Result<NegotiationInputs> loadNegotiationInputs(const QSqlDatabase &db, const QString &debtorId,
                                                const std::optional<QStringList> &titleIds)
{
    NegotiationInputs in;
    in.debtorId = debtorId;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT d.portfolio_id, d.capacity_cents, c.id, c.name, c.document FROM debtor d "
            "JOIN portfolio p ON p.id = d.portfolio_id JOIN creditor c ON c.id = p.creditor_id "
            "WHERE d.id = ? AND d.deleted = 0"));
        q.addBindValue(debtorId);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return Error{QStringLiteral("not_found"), QStringLiteral("debtor_id"),
                         QStringLiteral("debtor_id: no such debtor")};
        in.portfolioId = q.value(0).toString();
        if (const qint64 capacity = q.value(1).toLongLong(); capacity > 0)
            in.monthlyCapacity = Money::fromCents(capacity);
        in.creditorId = q.value(2).toString();
        in.creditorName = q.value(3).toString();
        in.creditorDocument = q.value(4).toString();
    }
    for (const auto &step : {loadTerms, loadHistory})
        if (Status done = step(db, in); !done)
            return done.error();
    if (Status done = loadTitles(db, in, titleIds); !done)
        return done.error();
    return in;
}

Result<CollectionAccount> loadCollectionAccount(const QSqlDatabase &db, const QString &creditorId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT bank_code, agency, account, wallet, pix_key, pix_city FROM "
                             "creditor WHERE id = ?"));
    q.addBindValue(creditorId);
    if (!q.exec())
        return sqlError(q);
    CollectionAccount account;
    if (q.next()) {
        account.bankCode = q.value(0).toString();
        account.agency = q.value(1).toString();
        account.account = q.value(2).toString();
        account.wallet = q.value(3).toString();
        account.pixKey = q.value(4).toString();
        account.pixCity = q.value(5).toString();
    }
    if (Status valid = account.validate(); !valid)
        return valid.error();
    return account;
}

} // namespace quita::server
