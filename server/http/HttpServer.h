#pragma once

#include "HttpMessage.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace quita::server {

// HTTP/1.1 over Boost.Beast: asynchronous connections on a few I/O threads, a body
// size limit (413), read and idle timeouts. The handler runs on a pool of worker
// threads (never on an I/O thread), so a slow database call holds one worker and no
// other client's connection.
class HttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    struct Options
    {
        std::string address = "127.0.0.1";
        std::uint16_t port = 8080; // 0: any free port (tests)
        int ioThreads = 2;
        int workerThreads = 4;
        std::size_t bodyLimit = 1024 * 1024;
        std::chrono::seconds readTimeout{30}; // also the idle timeout of a kept-alive connection
    };

    HttpServer(Options options, Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and starts serving; false with a reason when the address cannot be bound.
    bool start(std::string *error = nullptr);
    std::uint16_t port() const;
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace quita::server
