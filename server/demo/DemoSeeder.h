#pragma once

#include "api/ServerStore.h"
#include "demo/DemoPortfolioGenerator.h"
#include "domain/Clock.h"

namespace quita::server {

// --demo: the users ana and bruno (agents), carla (their supervisor) and admin, and the
// demo portfolio of the desktop's generator, written with its change log so desktops can
// pull it. Debtors alternate between ana and bruno (two disjoint halves) except every
// tenth, which waits in the pool for an admin to assign. Does nothing already done.
class DemoSeeder
{
public:
    DemoSeeder(const ServerStore &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    Status seedUsers(const QString &password);
    Status seedPortfolio(DemoOptions options);

    static QString holderOf(int debtorIndex, const QString &ana, const QString &bruno);

private:
    const ServerStore &m_store;
    const Clock &m_clock;
};

} // namespace quita::server
