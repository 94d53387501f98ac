#include "Negotiation.h"

#include "NegotiationJson.h"
#include "NegotiationOffer.h"
#include "domain/negotiation/BalanceUpdate.h"
#include "store/SqlValues.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace quita::server {

Result<std::optional<QStringList>> titleIdsFromJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return std::optional<QStringList>();
    if (!value.isArray())
        return Error{QStringLiteral("type"), QStringLiteral("title_ids"),
                     QStringLiteral("title_ids must be an array of title ids")};
    QStringList ids;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return Error{QStringLiteral("type"), QStringLiteral("title_ids[%1]").arg(i),
                         QStringLiteral("title_ids[%1] must be a string").arg(i)};
        ids.append(array.at(i).toString());
    }
    return std::optional<QStringList>(ids);
}

Outcome refusedWith(const Error &error, const QString &fieldPrefix)
{
    const QString field = error.field.isEmpty() ? QString() : fieldPrefix + error.field;
    QString message = error.message;
    if (!fieldPrefix.isEmpty() && !error.field.isEmpty() && message.startsWith(error.field))
        message.prepend(fieldPrefix);
    if (error.code == QLatin1String("sql")) {
        Outcome o;
        o.status = 500;
        o.error = error;
        return o;
    }
    const int status = error.code == QLatin1String("type")        ? 400
                       : error.code == QLatin1String("not_found") ? 404
                                                                  : 422;
    return Outcome::refused(status, error.code, message, field);
}

QString violationSummary(const QList<Violation> &violations)
{
    QStringList parts;
    for (const Violation &v : violations)
        parts.append(QStringLiteral("%1: %2").arg(v.field, v.message));
    return parts.join(QLatin1String("; "));
}

QDate Negotiation::today(const Clock &clock)
{
    return clock.nowUtc().toTimeZone(QTimeZone("America/Sao_Paulo")).date();
}

Outcome Negotiation::access(const Scope &scope, const QString &debtorId) const
{
    const auto access = scope.debtor(debtorId);
    if (!access)
        return refusedWith(access.error());
    if (*access == Scope::Access::Forbidden)
        return Outcome::refused(403, QStringLiteral("forbidden"),
                                QStringLiteral("debtor_id: this debtor is not in your portfolio"),
                                QStringLiteral("debtor_id"));
    if (*access == Scope::Access::NotFound)
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("debtor_id: no such debtor"),
                                QStringLiteral("debtor_id"));
    return {};
}

std::optional<QJsonObject> Negotiation::row(const Entity &entity, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(entity.selectList(), QLatin1String(entity.name)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entity.toJson(q.record());
}

// Reads {debtor_id, title_ids?, <scenarioKey>} and computes the offer as of today.
Outcome Negotiation::prepareOffer(const Scope &scope, const QJsonObject &args,
                                  const char *scenarioKey, Offer &offer) const
{
    const QJsonValue debtor = args.value(QLatin1String("debtor_id"));
    const QUuid debtorUuid = QUuid::fromString(debtor.toString());
    if (!debtor.isString() || debtorUuid.isNull())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("debtor_id: a UUID is required"),
                                QStringLiteral("debtor_id"));
    offer.debtorId = debtorUuid.toString(QUuid::WithoutBraces);
    if (Outcome allowed = access(scope, offer.debtorId); allowed.status != 200)
        return allowed;
    auto titleIds = titleIdsFromJson(args.value(QLatin1String("title_ids")));
    if (!titleIds)
        return refusedWith(titleIds.error());
    offer.titleIds = *titleIds;
    const QString prefix = QLatin1String(scenarioKey) + QLatin1Char('.');
    auto request = scenarioRequestFromJson(args.value(QLatin1String(scenarioKey)), prefix);
    if (!request)
        return refusedWith(request.error());
    offer.request = *request;
    auto inputs = loadNegotiationInputs(m_db, offer.debtorId, offer.titleIds);
    if (!inputs)
        return refusedWith(inputs.error());
    offer.inputs = std::move(inputs).value();
    const QDate day = today(m_clock);
    auto balance = updateBalance(offer.inputs.titles, offer.inputs.terms, offer.inputs.series, day);
    if (!balance)
        return refusedWith(balance.error());
    offer.balance = *balance;
    const auto role = approvalRoleFromName(scope.caller().role).value_or(ApprovalRole::Agent);
    const NegotiationSimulator simulator(offer.inputs.policy, offer.inputs.history);
    auto simulation =
        simulator.simulate(offer.balance, {offer.request}, role, day, offer.inputs.monthlyCapacity);
    if (!simulation)
        return refusedWith(simulation.error());
    offer.simulated = simulation->scenarios.first();
    if (offer.simulated.error)
        return refusedWith(*offer.simulated.error, prefix);
    return {};
}

Outcome Negotiation::simulate(const Scope &scope, const QJsonObject &args) const
{
    const QJsonValue debtor = args.value(QLatin1String("debtor_id"));
    const QUuid debtorUuid = QUuid::fromString(debtor.toString());
    if (!debtor.isString() || debtorUuid.isNull())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("debtor_id: a UUID is required"),
                                QStringLiteral("debtor_id"));
    const QString debtorId = debtorUuid.toString(QUuid::WithoutBraces);
    if (Outcome allowed = access(scope, debtorId); allowed.status != 200)
        return allowed;
    auto titleIds = titleIdsFromJson(args.value(QLatin1String("title_ids")));
    if (!titleIds)
        return refusedWith(titleIds.error());
    const QDate day = today(m_clock);
    QDate asOf = day;
    if (const QJsonValue v = args.value(QLatin1String("as_of")); !v.isUndefined() && !v.isNull()) {
        asOf = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !asOf.isValid())
            return Outcome::refused(400, QStringLiteral("type"),
                                    QStringLiteral("as_of must be a date YYYY-MM-DD"),
                                    QStringLiteral("as_of"));
        if (asOf < day)
            return Outcome::refused(422, QStringLiteral("past_date"),
                                    QStringLiteral("as_of: a balance is updated to today or a "
                                                   "later day, not to %1")
                                        .arg(asOf.toString(Qt::ISODate)),
                                    QStringLiteral("as_of"));
    }
    const QJsonValue scenarios = args.value(QLatin1String("scenarios"));
    if (!scenarios.isArray() || scenarios.toArray().isEmpty())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("scenarios: a non-empty array is required"),
                                QStringLiteral("scenarios"));
    QList<ScenarioRequest> requests;
    const QJsonArray list = scenarios.toArray();
    if (list.size() > 12)
        return Outcome::refused(422, QStringLiteral("too_many"),
                                QStringLiteral("scenarios: at most 12 at a time"),
                                QStringLiteral("scenarios"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto request = scenarioRequestFromJson(list.at(i), QStringLiteral("scenarios[%1].").arg(i));
        if (!request)
            return refusedWith(request.error());
        requests.append(*request);
    }
    auto inputs = loadNegotiationInputs(m_db, debtorId, *titleIds);
    if (!inputs)
        return refusedWith(inputs.error());
    auto balance = updateBalance(inputs->titles, inputs->terms, inputs->series, asOf);
    if (!balance)
        return refusedWith(balance.error());
    const auto role = approvalRoleFromName(scope.caller().role).value_or(ApprovalRole::Agent);
    const NegotiationSimulator simulator(inputs->policy, inputs->history);
    auto simulation = simulator.simulate(*balance, requests, role, day, inputs->monthlyCapacity);
    if (!simulation)
        return refusedWith(simulation.error());
    QJsonArray computed;
    for (qsizetype i = 0; i < simulation->scenarios.size(); ++i) {
        const SimulatedScenario &s = simulation->scenarios.at(i);
        if (s.error)
            return refusedWith(*s.error, QStringLiteral("scenarios[%1].").arg(i));
        computed.append(simulatedScenarioToJson(s));
    }
    QJsonArray titles;
    for (const TitleBalance &t : balance->titles) {
        QJsonObject json = balanceToJson(t.amounts);
        json.insert(QStringLiteral("title_id"), t.titleId.toString(QUuid::WithoutBraces));
        json.insert(QStringLiteral("days_past_due"), t.daysPastDue);
        titles.append(json);
    }
    Outcome o;
    o.result = {{QStringLiteral("debtor_id"), debtorId},
                {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                {QStringLiteral("bucket"), simulation->bucket},
                {QStringLiteral("balance"), balanceToJson(balance->totals)},
                {QStringLiteral("titles"), titles},
                {QStringLiteral("scenarios"), computed},
                {QStringLiteral("recovery_method"), methodDescription()}};
    return o;
}

} // namespace quita::server
