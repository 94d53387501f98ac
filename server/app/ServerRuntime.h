#pragma once

#include "api/Api.h"
#include "api/ServerStore.h"
#include "http/HttpServer.h"
#include "negotiation/AgreementBreaker.h"
#include "sync/ChangeRelay.h"

#include <memory>

namespace quita::server {

// A running quita-server: the API behind the HTTP server, WebSocket subscriptions by
// session token, pokes after every commit and, over PostgreSQL, relayed to the other
// servers. quita-server's main and the server benchmark run exactly this.
class ServerRuntime
{
public:
    ServerRuntime(const ServerStore &store, const Clock &clock, HttpServer::Options options);
    ~ServerRuntime();

    bool start(QString *error);
    void stop();
    std::uint16_t port() const { return m_http->port(); }
    bool tls() const { return m_http->tls(); }
    Api &api() { return m_api; }

private:
    void poke(const QStringList &users, qint64 seq);

    Api m_api;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<ChangeRelay> m_relay;
    std::unique_ptr<AgreementBreaker> m_breaker;
    bool m_running = false;
};

} // namespace quita::server
