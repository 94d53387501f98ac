#pragma once

#include "domain/Result.h"
#include "domain/negotiation/NegotiationSimulator.h"
#include "domain/negotiation/ScenarioJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace quita::server {

// JSON of POST /api/v1/simulations and /agreements (server/openapi.yaml) to and from
// the negotiation domain types. A value of the wrong JSON type is an error with code
// "type" (the route answers 400); a rule broken, any other code (422).

QJsonObject balanceToJson(const BalanceBreakdown &balance);
// A computed scenario with its violations, verdict, affordability and expected recovery.
QJsonObject simulatedScenarioToJson(const SimulatedScenario &scenario);

// Monthly rates are stored as parts per million a month (0.0199 -> 19900).
qint64 rateToPpm(double monthlyRate);

} // namespace quita::server
