#pragma once

#include "api/ServerStore.h"
#include "domain/Clock.h"

#include <QStringList>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace quita::server {

// Breaks, on its own thread, the agreements whose installment passed due + grace unpaid:
// once at start, then every `interval`. Each run is one write transaction; the users who
// may see the debtors hear of it through `changed` (the same pokes as a request's).
class AgreementBreaker
{
public:
    using Changed = std::function<void(const QStringList &users, qint64 seq)>;

    AgreementBreaker(const ServerStore &store, const Clock &clock, Changed changed,
                     std::chrono::seconds interval = std::chrono::hours(1));
    ~AgreementBreaker();

    void start();
    void stop();
    // One run now, on the caller's thread: the number of agreements broken, or -1.
    int runOnce();

private:
    void loop();

    const ServerStore &m_store;
    const Clock &m_clock;
    Changed m_changed;
    std::chrono::seconds m_interval;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace quita::server
