#include "EventRegistry.h"

namespace quita::server {

std::uint64_t EventRegistry::add(const std::string &key, std::weak_ptr<EventSocket> socket)
{
    std::lock_guard lock(m_mutex);
    const std::uint64_t id = m_nextId++;
    m_byKey[key].emplace(id, std::move(socket));
    m_keyOf.emplace(id, key);
    return id;
}

void EventRegistry::remove(std::uint64_t id)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_keyOf.find(id);
    if (found == m_keyOf.end())
        return;
    const auto sockets = m_byKey.find(found->second);
    if (sockets != m_byKey.end()) {
        sockets->second.erase(id);
        if (sockets->second.empty())
            m_byKey.erase(sockets);
    }
    m_keyOf.erase(found);
    if (m_keyOf.empty())
        m_emptied.notify_all();
}

std::vector<std::shared_ptr<EventSocket>> EventRegistry::socketsOf(const std::string &key) const
{
    std::vector<std::shared_ptr<EventSocket>> result;
    std::lock_guard lock(m_mutex);
    const auto sockets = m_byKey.find(key);
    if (sockets == m_byKey.end())
        return result;
    result.reserve(sockets->second.size());
    for (const auto &[id, weak] : sockets->second)
        if (auto socket = weak.lock())
            result.push_back(std::move(socket));
    return result;
}

std::vector<std::shared_ptr<EventSocket>> EventRegistry::all() const
{
    std::vector<std::shared_ptr<EventSocket>> result;
    std::lock_guard lock(m_mutex);
    result.reserve(m_keyOf.size());
    for (const auto &[key, sockets] : m_byKey)
        for (const auto &[id, weak] : sockets)
            if (auto socket = weak.lock())
                result.push_back(std::move(socket));
    return result;
}

std::size_t EventRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_keyOf.size();
}

bool EventRegistry::waitUntilEmpty(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_emptied.wait_for(lock, timeout, [this] { return m_keyOf.empty(); });
}

} // namespace quita::server
