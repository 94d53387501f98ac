#include "NegotiationPolicyJson.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <limits>
#include <optional>

namespace quita {
namespace {

const QString kRoot = QStringLiteral("negotiation_policy");

Error invalid(const QString &field, const QString &message)
{
    return Error{QStringLiteral("invalid"), field, field + QStringLiteral(": ") + message};
}

std::optional<ApprovalRole> roleNamed(const QString &name)
{
    if (name == QLatin1String("agent"))
        return ApprovalRole::Agent;
    if (name == QLatin1String("supervisor"))
        return ApprovalRole::Supervisor;
    if (name == QLatin1String("admin"))
        return ApprovalRole::Admin;
    return std::nullopt;
}

// A number in [lo, hi]; whole when `whole`.
std::optional<Error> number(const QJsonValue &v, const QString &field, double lo, double hi,
                            bool whole, double &into)
{
    const double x = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || std::isnan(x) || (whole && std::floor(x) != x))
        return invalid(field, whole ? QStringLiteral("a whole number is required")
                                    : QStringLiteral("a number is required"));
    if (x < lo || x > hi)
        return invalid(field, QStringLiteral("must be from %1 to %2").arg(lo).arg(hi));
    into = x;
    return std::nullopt;
}

std::optional<Error> applyLimits(const QJsonObject &json, const QString &path, RoleLimits &limits)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QString field = path + QLatin1Char('.') + key;
        double x = 0;
        struct Percent
        {
            const char *name;
            double RoleLimits::*member;
        };
        static constexpr Percent percents[] = {
            {"max_fees_discount_percent", &RoleLimits::maxFeesDiscountPercent},
            {"max_interest_discount_percent", &RoleLimits::maxInterestDiscountPercent},
            {"max_correction_discount_percent", &RoleLimits::maxCorrectionDiscountPercent},
            {"max_fine_discount_percent", &RoleLimits::maxFineDiscountPercent},
            {"max_principal_discount_percent", &RoleLimits::maxPrincipalDiscountPercent}};
        bool known = false;
        for (const Percent &p : percents) {
            if (key == QLatin1String(p.name)) {
                if (auto bad = number(it.value(), field, 0, 100, false, x))
                    return bad;
                limits.*p.member = x;
                known = true;
            }
        }
        if (known)
            continue;
        if (key == QLatin1String("max_installments")) {
            if (auto bad = number(it.value(), field, 1, 360, true, x))
                return bad;
            limits.maxInstallments = int(x);
        } else if (key == QLatin1String("min_installment_cents")) {
            if (auto bad = number(it.value(), field, 0, 1e13, true, x))
                return bad;
            limits.minInstallment = Money::fromCents(qint64(x));
        } else if (key == QLatin1String("max_days_to_first_due")) {
            if (auto bad = number(it.value(), field, 0, 365, true, x))
                return bad;
            limits.maxDaysToFirstDue = int(x);
        } else {
            return invalid(field, QStringLiteral("unknown limit"));
        }
    }
    return std::nullopt;
}

std::optional<Error> applyBucket(const QJsonValue &value, const QString &path, BucketPolicy &bucket)
{
    if (!value.isObject())
        return invalid(path, QStringLiteral("an object is required"));
    const QJsonObject json = value.toObject();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString field = path + QLatin1Char('.') + it.key();
        if (it.key() == QLatin1String("monthly_rate")) {
            double rate = 0;
            if (auto bad = number(it.value(), field, 0, 0.2, false, rate))
                return bad;
            bucket.monthlyRate = rate;
            continue;
        }
        const std::optional<ApprovalRole> role = roleNamed(it.key());
        if (!role)
            return invalid(field, QStringLiteral("unknown key (monthly_rate, agent, supervisor "
                                                 "or admin)"));
        if (!it.value().isObject())
            return invalid(field, QStringLiteral("an object is required"));
        if (auto bad = applyLimits(it.value().toObject(), field, bucket.limitsFor(*role)))
            return bad;
    }
    return std::nullopt;
}

} // namespace

Result<NegotiationPolicy> negotiationPolicyFromJson(const QJsonObject &json)
{
    NegotiationPolicy policy = NegotiationPolicy::defaults();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("buckets"))
            return invalid(kRoot + QLatin1Char('.') + it.key(), QStringLiteral("unknown key"));
    }
    const QJsonValue bucketsValue = json.value(QLatin1String("buckets"));
    if (bucketsValue.isUndefined())
        return policy;
    const QString bucketsPath = kRoot + QStringLiteral(".buckets");
    if (!bucketsValue.isObject())
        return invalid(bucketsPath, QStringLiteral("an object is required"));
    const QJsonObject buckets = bucketsValue.toObject();
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        const bool known = it.key() == QLatin1String("*") ||
                           std::any_of(policy.buckets.cbegin(), policy.buckets.cend(),
                                       [&](const BucketPolicy &b) { return b.bucket == it.key(); });
        if (!known)
            return invalid(bucketsPath + QLatin1Char('.') + it.key(),
                           QStringLiteral("unknown aging bucket"));
    }
    // "*" first, then each bucket's own keys over it.
    if (const QJsonValue all = buckets.value(QLatin1String("*")); !all.isUndefined()) {
        for (BucketPolicy &bucket : policy.buckets) {
            if (auto bad = applyBucket(all, bucketsPath + QStringLiteral(".*"), bucket))
                return *bad;
        }
    }
    for (BucketPolicy &bucket : policy.buckets) {
        const QJsonValue own = buckets.value(bucket.bucket);
        if (own.isUndefined())
            continue;
        if (auto bad = applyBucket(own, bucketsPath + QLatin1Char('.') + bucket.bucket, bucket))
            return *bad;
    }
    return policy;
}

Result<NegotiationPolicy> negotiationPolicyFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return NegotiationPolicy::defaults();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(kRoot, QStringLiteral("a JSON object is required"));
    return negotiationPolicyFromJson(document.object());
}

} // namespace quita
