#include "NegotiationInputs.h"

#include "store/SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace quita::server {
namespace {

constexpr int kProjectedMonths = 120;

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

Status loadTerms(const QSqlDatabase &db, NegotiationInputs &in)
{
    in.policy = NegotiationPolicy::defaults();
    in.policy.portfolioId = QUuid::fromString(in.portfolioId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT charge_terms, grace_days FROM portfolio_terms WHERE portfolio_id = ?"));
    q.addBindValue(in.portfolioId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Done{};
    const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    auto terms = chargeTermsFromJson(json);
    if (!terms)
        return terms.error();
    in.terms = *terms;
    in.graceDays = q.value(1).toInt();
    return Done{};
}

Status loadIndexes(const QSqlDatabase &db, NegotiationInputs &in)
{
    if (in.terms.correctionIndex == CorrectionIndex::None)
        return Done{};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT month, variation_ppm FROM index_value WHERE index_name = ?"));
    q.addBindValue(correctionIndexName(in.terms.correctionIndex));
    if (!q.exec())
        return sqlError(q);
    QDate last;
    qint32 lastPpm = 0;
    while (q.next()) {
        const QString month = q.value(0).toString(); // YYYY-MM
        const QDate first(month.left(4).toInt(), month.mid(5, 2).toInt(), 1);
        const qint32 ppm = qint32(q.value(1).toLongLong());
        in.series.setVariationPpm(in.terms.correctionIndex, first.year(), first.month(), ppm);
        if (!last.isValid() || first > last) {
            last = first;
            lastPpm = ppm;
        }
    }
    // An index is published weeks after its month ends, so the months after the last
    // published one are projected at that last variation (the figure a later import of
    // the official series replaces).
    for (int ahead = 1; last.isValid() && ahead <= kProjectedMonths; ++ahead) {
        const QDate month = last.addMonths(ahead);
        in.series.setVariationPpm(in.terms.correctionIndex, month.year(), month.month(), lastPpm);
    }
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

Result<ChargeTerms> chargeTermsFromJson(const QJsonObject &json)
{
    ChargeTerms terms;
    const auto field = [](const char *key) {
        return QStringLiteral("charge_terms.") + QLatin1String(key);
    };
    const auto percent = [&](const char *key, double &into) -> std::optional<Error> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 100)
            return Error{
                QStringLiteral("invalid"), field(key),
                QStringLiteral("%1 must be a percentage between 0 and 100").arg(field(key))};
        into = v.toDouble();
        return std::nullopt;
    };
    for (const auto &[key, into] :
         {std::pair{"fine_percent", &terms.finePercent},
          std::pair{"consumer_fine_cap_percent", &terms.consumerFineCapPercent},
          std::pair{"interest_percent_per_month", &terms.interestPercentPerMonth},
          std::pair{"fee_percent", &terms.feePercent}}) {
        if (auto bad = percent(key, *into))
            return *bad;
    }
    if (const QJsonValue v = json.value(QLatin1String("consumer")); !v.isUndefined()) {
        if (!v.isBool())
            return Error{QStringLiteral("invalid"), field("consumer"),
                         QStringLiteral("%1 must be true or false").arg(field("consumer"))};
        terms.consumer = v.toBool();
    }
    if (const QJsonValue v = json.value(QLatin1String("correction_index")); !v.isUndefined()) {
        auto index = correctionIndexFromName(v.toString(), field("correction_index"));
        if (!index)
            return index.error();
        terms.correctionIndex = *index;
    }
    if (const QJsonValue v = json.value(QLatin1String("fixed_fee_cents")); !v.isUndefined()) {
        if (!v.isDouble() || v.toInteger(-1) < 0)
            return Error{QStringLiteral("invalid"), field("fixed_fee_cents"),
                         QStringLiteral("%1 must be a whole number of centavos, 0 or more")
                             .arg(field("fixed_fee_cents"))};
        terms.fixedFeePerTitle = Money::fromCents(v.toInteger());
    }
    return terms;
}

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
    for (const auto &step : {loadTerms, loadIndexes, loadHistory})
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
