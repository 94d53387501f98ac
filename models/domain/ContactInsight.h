#pragma once

#include "ActivityKinds.h"

#include <QList>

#include <optional>

namespace quita {

// Outbound attempts and connects of one debtor, per channel and local hour.
struct ContactHistoryCell
{
    Channel channel;
    int localHour; // 0..23 in the debtor's time zone
    int attempts;
    int connects; // a connect or, for messages, a reply/read
};

// The best channel and hour to reach a debtor, learned from that debtor's own
// response history: the (channel, hour) with the highest smoothed connect rate,
// (connects + 1) / (attempts + 2) (Laplace), among cells that reached the debtor at
// least once (a cell of attempts alone teaches nothing about when they answer).
// Empty when there is no history to learn from.
struct ContactRecommendation
{
    Channel channel;
    int localHour;
    double rate;
};

// Whether an outbound attempt with this result reached someone: a connect (DOMAIN.md)
// or, for messages, a read or a reply.
bool isResponse(const QString &result);

std::optional<ContactRecommendation> recommendContact(const QList<ContactHistoryCell> &history);

} // namespace quita
