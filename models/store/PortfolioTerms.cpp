#include "PortfolioTerms.h"

#include "domain/negotiation/ChargeTermsJson.h"
#include "domain/negotiation/NegotiationPolicyJson.h"

#include <QSqlError>
#include <QSqlQuery>

namespace quita {

Result<PortfolioTerms> loadPortfolioTerms(const QSqlDatabase &db, const QString &portfolioId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT charge_terms, grace_days, negotiation_policy FROM portfolio "
                             "WHERE id = ?"));
    q.addBindValue(portfolioId);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    if (!q.next())
        return Error{QStringLiteral("not_found"), QStringLiteral("portfolio_id"),
                     QStringLiteral("portfolio_id: no such portfolio")};
    PortfolioTerms loaded;
    auto terms = chargeTermsFromText(q.value(0).toString());
    if (!terms)
        return terms.error();
    loaded.terms = *terms;
    loaded.graceDays = q.value(1).toInt();
    auto policy = negotiationPolicyFromText(q.value(2).toString());
    if (!policy)
        return policy.error();
    loaded.policy = std::move(policy).value();
    loaded.policy.portfolioId = QUuid::fromString(portfolioId);
    const CorrectionIndex index = loaded.terms.correctionIndex;
    if (index == CorrectionIndex::None)
        return loaded;
    QSqlQuery values(db);
    values.setForwardOnly(true);
    values.prepare(
        QStringLiteral("SELECT month, variation_ppm FROM index_value WHERE index_name = ?"));
    values.addBindValue(correctionIndexName(index));
    if (!values.exec())
        return Error{QStringLiteral("sql"), {}, values.lastError().text()};
    while (values.next()) {
        const QString month = values.value(0).toString(); // YYYY-MM
        loaded.series.setVariationPpm(index, month.left(4).toInt(), month.mid(5, 2).toInt(),
                                      qint32(values.value(1).toLongLong()));
    }
    loaded.series.projectForward(index, kProjectedIndexMonths);
    return loaded;
}

} // namespace quita
