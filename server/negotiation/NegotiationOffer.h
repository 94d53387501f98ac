#pragma once

#include "Negotiation.h"

#include <QStringList>

#include <optional>

// Shared by the files of class Negotiation (not part of its interface).
namespace quita::server {

struct Negotiation::Offer
{
    NegotiationInputs inputs;
    std::optional<QStringList> titleIds; // as asked; absent: all open titles
    ScenarioRequest request;
    UpdatedBalance balance;
    SimulatedScenario simulated;
    QString debtorId;
};

// "title_ids" of a request: absent or null, or an array of strings.
Result<std::optional<QStringList>> titleIdsFromJson(const QJsonValue &value);
// A domain or loading error as the answer: "type" 400, "not_found" 404, "sql" 500, else 422.
Outcome refusedWith(const Error &error, const QString &fieldPrefix = {});
// The violations in one sentence for an error message.
QString violationSummary(const QList<Violation> &violations);

} // namespace quita::server
