#include "NegotiationJson.h"

#include <QJsonValue>

#include <cmath>

namespace quita::server {
namespace {} // namespace

qint64 rateToPpm(double monthlyRate)
{
    return qint64(std::llround(monthlyRate * 1e6));
}

QJsonObject balanceToJson(const BalanceBreakdown &b)
{
    return {{QStringLiteral("principal_cents"), b.principal.cents()},
            {QStringLiteral("fine_cents"), b.fine.cents()},
            {QStringLiteral("interest_cents"), b.interest.cents()},
            {QStringLiteral("correction_cents"), b.correction.cents()},
            {QStringLiteral("fees_cents"), b.fees.cents()},
            {QStringLiteral("total_cents"), b.total().cents()}};
}

QJsonObject simulatedScenarioToJson(const SimulatedScenario &s)
{
    const ScenarioResult &r = s.scenario;
    QJsonArray installments;
    for (const Installment &i : r.installments)
        installments.append(
            QJsonObject{{QStringLiteral("number"), i.number},
                        {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                        {QStringLiteral("amount_cents"), i.amount.cents()},
                        {QStringLiteral("principal_cents"), i.principalPart.cents()},
                        {QStringLiteral("interest_cents"), i.interestPart.cents()},
                        {QStringLiteral("down_payment"), i.downPayment}});
    QJsonObject affordability{
        {QStringLiteral("level"), affordabilityLevelName(s.affordability.level)},
        {QStringLiteral("installment_cents"), s.affordability.installment.cents()}};
    affordability.insert(QStringLiteral("ratio"), s.affordability.ratio
                                                      ? QJsonValue(*s.affordability.ratio)
                                                      : QJsonValue(QJsonValue::Null));
    return {{QStringLiteral("kind"), scenarioKindName(r.kind)},
            {QStringLiteral("monthly_rate"), r.monthlyRate},
            {QStringLiteral("discount_cents"), r.discount.cents()},
            {QStringLiteral("effective_discount_pct"), r.effectiveDiscountPercent},
            {QStringLiteral("down_payment_cents"), r.downPayment.cents()},
            {QStringLiteral("financed_cents"), r.financed.cents()},
            {QStringLiteral("total_cents"), r.total.cents()},
            {QStringLiteral("installments"), installments},
            {QStringLiteral("violations"), violationsToJson(s.assessment.violations)},
            {QStringLiteral("verdict"), verdictName(s.assessment.verdict)},
            {QStringLiteral("affordability"), affordability},
            {QStringLiteral("expected_recovery"),
             QJsonObject{{QStringLiteral("cents"), s.recovery.expected.cents()},
                         {QStringLiteral("probability"), s.recovery.keep.probability},
                         {QStringLiteral("sample_size"), s.recovery.keep.sampleSize}}}};
}

} // namespace quita::server
