#pragma once

#include "api/ServerStore.h"
#include "demo/DemoPortfolioGenerator.h"
#include "domain/Clock.h"

namespace quita::server {

// --demo: the users ana and bruno (agents), carla (their supervisor) and admin, and the
// demo portfolio of the desktop's generator, written with its change log so desktops can
// pull it. Debtors go round the agents (ana and bruno: two disjoint halves) except every
// tenth, which waits in the pool for an admin to assign. Does nothing already done.
class DemoSeeder
{
public:
    DemoSeeder(const ServerStore &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    Status seedUsers(const QString &password);
    // `agentIds` share the debtors (default: ana and bruno).
    Status seedPortfolio(DemoOptions options, QStringList agentIds = {});

    static QString holderOf(int debtorIndex, const QStringList &agentIds);

private:
    const ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace quita::server
