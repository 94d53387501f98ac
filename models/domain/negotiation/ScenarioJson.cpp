#include "ScenarioJson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace quita {
namespace {

Error typeError(const QString &field, const char *what)
{
    return Error{QStringLiteral("type"), field,
                 QStringLiteral("%1 %2").arg(field, QLatin1String(what))};
}

} // namespace

Result<ScenarioRequest> scenarioRequestFromJson(const QJsonValue &value, const QString &prefix)
{
    if (!value.isObject())
        return typeError(prefix.isEmpty() ? QStringLiteral("scenario") : prefix.chopped(1),
                         "must be an object {kind, installments, first_due, ...}");
    const QJsonObject json = value.toObject();
    const auto field = [&](const char *name) { return prefix + QLatin1String(name); };
    ScenarioRequest request;

    const QJsonValue kind = json.value(QLatin1String("kind"));
    if (!kind.isString())
        return typeError(field("kind"), "is required: \"full\", \"price\", \"sac\" or \"flat\"");
    auto parsedKind = scenarioKindFromName(kind.toString());
    if (!parsedKind)
        return Error{parsedKind.error().code, field("kind"),
                     QStringLiteral("%1: \"%2\" is not full, price, sac or flat")
                         .arg(field("kind"), kind.toString())};
    request.kind = *parsedKind;

    const QJsonValue installments = json.value(QLatin1String("installments"));
    if (installments.isUndefined() || installments.isNull()) {
        if (request.kind != ScenarioKind::Full)
            return typeError(field("installments"), "is required (a whole number)");
        request.installments = 1;
    } else {
        const qint64 n = installments.isDouble() ? installments.toInteger(-1000000) : -1000000;
        if (n == -1000000 || double(n) != installments.toDouble())
            return typeError(field("installments"), "must be a whole number");
        if (n < 1 || n > 1000)
            return Error{QStringLiteral("invalid"), field("installments"),
                         QStringLiteral("%1 must be from 1 to 1000 (got %2)")
                             .arg(field("installments"))
                             .arg(n)};
        request.installments = int(n);
    }

    const QJsonValue down = json.value(QLatin1String("down_payment_cents"));
    if (!down.isUndefined() && !down.isNull()) {
        if (!down.isDouble() || double(down.toInteger()) != down.toDouble())
            return typeError(field("down_payment_cents"), "must be a whole number of centavos");
        request.downPayment = Money::fromCents(down.toInteger());
    }
    const QJsonValue discount = json.value(QLatin1String("discount_pct"));
    if (!discount.isUndefined() && !discount.isNull()) {
        if (!discount.isDouble())
            return typeError(field("discount_pct"), "must be a number (percent)");
        request.discountPercent = discount.toDouble();
    }
    const QJsonValue firstDue = json.value(QLatin1String("first_due"));
    if (!firstDue.isString())
        return typeError(field("first_due"), "is required (a date YYYY-MM-DD)");
    request.firstDue = QDate::fromString(firstDue.toString(), Qt::ISODate);
    if (!request.firstDue.isValid())
        return typeError(field("first_due"), "must be a date YYYY-MM-DD");
    return request;
}

QJsonObject scenarioRequestToJson(const ScenarioRequest &request)
{
    QJsonObject json{{QStringLiteral("kind"), scenarioKindName(request.kind)},
                     {QStringLiteral("installments"), request.installments},
                     {QStringLiteral("discount_pct"), request.discountPercent},
                     {QStringLiteral("first_due"), request.firstDue.toString(Qt::ISODate)}};
    if (request.downPayment)
        json.insert(QStringLiteral("down_payment_cents"), request.downPayment->cents());
    return json;
}

bool sameOffer(const ScenarioRequest &a, const ScenarioRequest &b)
{
    return a.kind == b.kind && a.installments == b.installments &&
           a.downPayment.value_or(Money()) == b.downPayment.value_or(Money()) &&
           std::abs(a.discountPercent - b.discountPercent) < 1e-9 && a.firstDue == b.firstDue;
}

QJsonArray violationsToJson(const QList<Violation> &violations)
{
    QJsonArray out;
    for (const Violation &v : violations) {
        QJsonObject json{{QStringLiteral("field"), v.field},
                         {QStringLiteral("code"), v.code},
                         {QStringLiteral("message"), v.message}};
        json.insert(QStringLiteral("approver"), v.approver
                                                    ? QJsonValue(approvalRoleName(*v.approver))
                                                    : QJsonValue(QJsonValue::Null));
        out.append(json);
    }
    return out;
}

} // namespace quita
