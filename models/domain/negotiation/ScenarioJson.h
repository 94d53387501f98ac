#pragma once

#include "domain/Result.h"
#include "domain/negotiation/NegotiationPolicy.h"
#include "domain/negotiation/Scenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace quita {

// A scenario request as the API and the sync protocol carry it (POST /simulations'
// "scenarios", agreement.create's and approval.request's "scenario"): {kind,
// installments, down_payment_cents?, discount_pct?, first_due}. A value of the wrong
// JSON type is an error with code "type" (a server answers 400); a rule broken, any
// other code. `prefix` names the field in errors ("scenarios[2].", "scenario.").
Result<ScenarioRequest> scenarioRequestFromJson(const QJsonValue &value, const QString &prefix);
QJsonObject scenarioRequestToJson(const ScenarioRequest &request);
// The same offer, field by field (an approval covers exactly one offer).
bool sameOffer(const ScenarioRequest &a, const ScenarioRequest &b);

// A policy assessment's violations as the API, the sync protocol and approval requests
// carry them: [{field, code, message, approver}] (approver null when no role may grant it).
QJsonArray violationsToJson(const QList<Violation> &violations);

} // namespace quita
