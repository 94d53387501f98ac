#include "ServerRuntime.h"

namespace quita::server {

ServerRuntime::ServerRuntime(const ServerStore &store, const Clock &clock,
                             HttpServer::Options options)
    : m_api(store, clock)
{
    m_http = std::make_unique<HttpServer>(
        std::move(options), [this](const HttpRequest &request) { return m_api.handle(request); });
    // WebSocket /events: a session token (Bearer or ?token=) subscribes its user.
    m_http->setEventAuthenticator([this](const HttpRequest &request) -> std::optional<std::string> {
        const auto user = m_api.authenticate(request, true);
        if (!user)
            return std::nullopt;
        return user->id.toString(QUuid::WithoutBraces).toStdString();
    });
    m_relay = std::make_unique<ChangeRelay>(
        store, [this](const QStringList &users, qint64 seq) { poke(users, seq); });
    m_api.setChangeListener([this](const QStringList &users, qint64 seq) {
        poke(users, seq);
        m_relay->announce(users, seq);
    });
    m_breaker = std::make_unique<AgreementBreaker>(store, clock,
                                                   [this](const QStringList &users, qint64 seq) {
                                                       poke(users, seq);
                                                       m_relay->announce(users, seq);
                                                   });
}

ServerRuntime::~ServerRuntime()
{
    stop();
}

bool ServerRuntime::start(QString *error)
{
    std::string why;
    if (!m_http->start(&why)) {
        *error = QString::fromStdString(why);
        return false;
    }
    if (!m_relay->start(error)) {
        *error = QStringLiteral("cannot LISTEN for other servers' changes: %1").arg(*error);
        m_http->stop();
        return false;
    }
    m_breaker->start();
    m_running = true;
    return true;
}

void ServerRuntime::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_breaker->stop();
    m_relay->stop();
    m_http->stop();
}

void ServerRuntime::poke(const QStringList &users, qint64 seq)
{
    const std::string frame = "{\"type\":\"poke\",\"seq\":" + std::to_string(seq) + "}";
    if (users.isEmpty()) // from another server whose list did not fit its NOTIFY
        return m_http->publishAll(frame);
    for (const QString &user : users)
        m_http->publish(user.toStdString(), frame);
}

} // namespace quita::server
