#pragma once

#include "domain/negotiation/Scenario.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace quita {

// An offer beyond an agent's authority, waiting for (or answered by) a supervisor or an
// admin. Status: "pending", "approved", "rejected", "used" (an agreement was made on it).
struct ApprovalRequest
{
    QUuid id;
    QUuid debtorId;
    QString debtorName;
    QString requestedBy; // user id on the server
    QString requestedByName;
    QString approverRole; // "supervisor" or "admin"
    ScenarioRequest offer;
    std::optional<QStringList> titleIds; // absent: all the debtor's open titles
    QString note;
    QJsonObject computed;  // the plan as the requester's desk computed it, for the approver
    QJsonArray violations; // [{field, code, message, approver}]
    QString status;
    QString decidedByName;
    QString comment;
    QDateTime createdAt;
    QDateTime decidedAt;
    qint64 version = 0;
};

} // namespace quita
