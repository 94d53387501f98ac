#include "ChargeTermsJson.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace quita {

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

Result<ChargeTerms> chargeTermsFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return ChargeTerms{};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{QStringLiteral("invalid"), QStringLiteral("charge_terms"),
                     QStringLiteral("charge_terms must be a JSON object")};
    return chargeTermsFromJson(document.object());
}

} // namespace quita
