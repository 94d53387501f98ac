#pragma once

#include "domain/Result.h"
#include "domain/negotiation/NegotiationSimulator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace quita::server {

// JSON of POST /api/v1/simulations and /agreements (server/openapi.yaml) to and from
// the negotiation domain types. A value of the wrong JSON type is an error with code
// "type" (the route answers 400); a rule broken, any other code (422).

// One element of "scenarios": {kind, installments, down_payment_cents?, discount_pct?,
// first_due}. `prefix` names the field in errors ("scenarios[2].", "scenario.").
Result<ScenarioRequest> scenarioRequestFromJson(const QJsonValue &value, const QString &prefix);
QJsonObject scenarioRequestToJson(const ScenarioRequest &request);
// The same request, compared field by field (an approval covers exactly one offer).
bool sameOffer(const ScenarioRequest &a, const ScenarioRequest &b);

QJsonObject balanceToJson(const BalanceBreakdown &balance);
QJsonArray violationsToJson(const QList<Violation> &violations);
// A computed scenario with its violations, verdict, affordability and expected recovery.
QJsonObject simulatedScenarioToJson(const SimulatedScenario &scenario);

// Monthly rates are stored as parts per million a month (0.0199 -> 19900).
qint64 rateToPpm(double monthlyRate);

} // namespace quita::server
