#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace quita::server {

// One open event socket (a WebSocket of HttpServer), as publishers see it. Both calls
// are thread-safe and return at once: the work is posted onto the socket's own strand.
class EventSocket
{
public:
    virtual ~EventSocket() = default;
    // Queues a text frame; a socket whose queue is full is dropped.
    virtual void send(std::shared_ptr<const std::string> text) = 0;
    // Starts a clean close (close code "going away").
    virtual void close() = 0;
};

// The open event sockets by subscriber key (a user id). Holds weak references only: a
// socket that ends removes itself, and a publish never keeps a dead one alive.
class EventRegistry
{
public:
    std::uint64_t add(const std::string &key, std::weak_ptr<EventSocket> socket);
    void remove(std::uint64_t id); // an unknown or removed id is ignored

    std::vector<std::shared_ptr<EventSocket>> socketsOf(const std::string &key) const;
    std::vector<std::shared_ptr<EventSocket>> all() const;
    std::size_t size() const;
    // True when every socket is gone before the timeout.
    bool waitUntilEmpty(std::chrono::milliseconds timeout);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_emptied;
    std::uint64_t m_nextId = 1;
    std::unordered_map<std::string, std::unordered_map<std::uint64_t, std::weak_ptr<EventSocket>>>
        m_byKey;
    std::unordered_map<std::uint64_t, std::string> m_keyOf;
};

} // namespace quita::server
