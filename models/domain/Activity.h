#pragma once

#include "ActivityKinds.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace quita {

// Acionamento: any outbound or inbound touch on any channel. Append-only.
struct Activity
{
    QUuid id;
    QUuid debtorId;
    Channel channel = Channel::Phone;
    Direction direction = Direction::Outbound;
    QString result;       // machine name from the ResultCatalog
    QDateTime occurredAt; // UTC
    QString agent;        // user name of the agent, empty for automatic events
    QString summary;      // one line
    QString body;         // message text or call notes
    QDateTime callbackAt; // UTC, when result is "callback"
};

} // namespace quita
