#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QString>

namespace quita {

class Database;

struct DemoRequest
{
    int debtors = 3000;
    quint64 seed = 20261123;
};

// Fills an empty store with the demo portfolio (a store that already holds debtors is
// left alone). `progress` is called with (done, total).
Status seedDemoIfEmpty(Database &database, const DemoRequest &request, const Clock &clock,
                       const std::function<void(int, int)> &progress);

} // namespace quita
