#pragma once

#include "HttpMessage.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace quita::server {

// HTTP/1.1 over Boost.Beast: asynchronous connections on a few I/O threads, a body
// size limit (413), read and idle timeouts, and TLS (HTTPS and WSS only) when given a
// certificate and key. The handler runs on a pool of worker
// threads (never on an I/O thread), so a slow database call holds one worker and no
// other client's connection.
//
// Events: a WebSocket upgrade on Options::eventsPath is checked by the event
// authenticator (on the worker pool too, as it reads the database). It answers the
// subscriber key of the caller (a user id), or nullopt for a 401 without upgrading.
// publish() then sends text frames to every open socket of a key. The server answers
// pings, sends its own when a client is idle and drops one that stays silent
// (Beast's suggested server timeouts); a client that does not read its frames is
// dropped once Options::eventQueueLimit frames wait for it, so it never holds up the
// others. stop() closes the event sockets with "going away".
class HttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // The request of the upgrade: path, query ("token=..."), Authorization header.
    using EventAuthenticator = std::function<std::optional<std::string>(const HttpRequest &)>;

    struct Options
    {
        std::string address = "127.0.0.1";
        std::uint16_t port = 8080; // 0: any free port (tests)
        int ioThreads = 2;
        int workerThreads = 4;
        std::size_t bodyLimit = 8 * 1024 * 1024; // a CRA file of 9,997 titles is ~6 MB
        std::chrono::seconds readTimeout{30};    // also the idle timeout of a kept-alive connection
        std::string eventsPath = "/api/v1/events";
        std::size_t eventQueueLimit = 64; // frames waiting for one socket before it is dropped
        // PEM files; both set: TLS 1.2+ only, plain HTTP is refused. The certificate file
        // holds the server's certificate followed by any intermediates.
        std::string tlsCertFile;
        std::string tlsKeyFile;
    };

    HttpServer(Options options, Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Call before start(). Without one, the events path is an ordinary path for the handler.
    void setEventAuthenticator(EventAuthenticator authenticator);

    // Binds and starts serving; false with a reason when the address cannot be bound or
    // a TLS file is missing, unreadable, invalid or the key does not match (named).
    // A server starts once: after stop() make a new one.
    bool start(std::string *error = nullptr);
    std::uint16_t port() const;
    bool tls() const; // after a successful start(): serving HTTPS and WSS
    // Stops accepting, closes the event sockets cleanly (waiting a moment for their
    // clients to answer), then stops the I/O threads and the workers.
    void stop();

    // Thread-safe and non-blocking: the frame is queued on each socket's own strand.
    void publish(const std::string &subscriberKey, const std::string &text);
    void publishAll(const std::string &text);
    // Event sockets currently open (or being opened).
    std::size_t subscriberCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace quita::server
