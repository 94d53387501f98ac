#include "HttpServer.h"

#include "EventRegistry.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <thread>
#include <type_traits>
#include <vector>

namespace quita::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;
template <class Stream>
constexpr bool kIsTls = std::is_same_v<Stream, TlsStream>;
using RequestMessage = http::request<http::string_body>;

// How long stop() waits for the event sockets' clients to answer the close.
constexpr std::chrono::milliseconds kCloseGrace{2000};
// Clients only answer pings and closes; anything bigger is not for us.
constexpr std::size_t kEventReadLimit = 64 * 1024;

struct Shared
{
    HttpServer::Options options;
    HttpServer::Handler handler;
    HttpServer::EventAuthenticator authenticator;
    std::optional<ssl::context> tls; // set: HTTPS and WSS only
    EventRegistry events;
    std::atomic<bool> stopping{false};
    asio::thread_pool workers;

    Shared(HttpServer::Options o, HttpServer::Handler h)
        : options(std::move(o)), handler(std::move(h)),
          workers(std::size_t(std::max(1, options.workerThreads)))
    {}
};

HttpResponse errorResponse(int status, const char *code, const char *message)
{
    HttpResponse r;
    r.status = status;
    r.body = std::string(R"({"error":{"code":")") + code + R"(","message":")" + message + "\"}}";
    return r;
}

// Closes the TCP connection under any stream at once, without a goodbye.
template <class Stream>
void dropConnection(Stream &stream)
{
    beast::error_code ec;
    beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ec);
    beast::get_lowest_layer(stream).close();
}

// An upgraded connection on the events path: sends the published frames in order,
// reads (and discards) what the client sends so pings, pongs and closes are handled.
template <class Stream>
class EventSession : public EventSocket, public std::enable_shared_from_this<EventSession<Stream>>
{
public:
    EventSession(Stream &&stream, std::shared_ptr<Shared> shared, std::string key)
        : m_ws(std::move(stream)), m_shared(std::move(shared)), m_key(std::move(key))
    {}

    ~EventSession() override { m_shared->events.remove(m_id); }

    // On the connection's strand.
    void run(const RequestMessage &request)
    {
        if (m_shared->stopping)
            return dropConnection(m_ws);
        // Registered before the handshake ends, so a frame published once the client
        // has its 101 always reaches it (it waits in the queue until the socket opens).
        m_id = m_shared->events.add(m_key, this->weak_from_this());
        beast::get_lowest_layer(m_ws).expires_never(); // the websocket timeouts take over
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        m_ws.set_option(websocket::stream_base::decorator([](websocket::response_type &response) {
            response.set(http::field::server, "quita-server");
        }));
        m_ws.read_message_max(kEventReadLimit);
        m_ws.async_accept(request, [self = this->shared_from_this()](beast::error_code ec) {
            self->onAccept(ec);
        });
    }

    void send(std::shared_ptr<const std::string> text) override
    {
        asio::post(m_ws.get_executor(),
                   [self = this->shared_from_this(), text = std::move(text)]() mutable {
                       self->enqueue(std::move(text));
                   });
    }

    void close() override
    {
        asio::post(m_ws.get_executor(), [self = this->shared_from_this()] { self->beginClose(); });
    }

private:
    void onAccept(beast::error_code ec)
    {
        if (ec)
            return finish();
        m_open = true;
        read();
        if (m_closing)
            return startClose();
        if (!m_queue.empty())
            writeNext();
    }

    void read()
    {
        m_ws.async_read(m_buffer,
                        [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                            if (ec) // closed by the client, timed out, or dropped
                                return self->finish();
                            self->m_buffer.consume(self->m_buffer.size());
                            self->read();
                        });
    }

    void enqueue(std::shared_ptr<const std::string> text)
    {
        if (m_closing || m_finished)
            return;
        if (m_queue.size() >= m_shared->options.eventQueueLimit)
            return drop(); // it does not read: let it reconnect and catch up
        m_queue.push_back(std::move(text));
        if (m_open && !m_writing)
            writeNext();
    }

    void writeNext()
    {
        auto text = std::move(m_queue.front());
        m_queue.pop_front();
        m_writing = true;
        m_ws.text(true);
        m_ws.async_write(asio::buffer(*text), [self = this->shared_from_this(),
                                               text](beast::error_code ec, std::size_t) {
            self->m_writing = false;
            if (ec)
                return self->finish();
            if (self->m_closing)
                return self->startClose();
            if (!self->m_queue.empty())
                self->writeNext();
        });
    }

    void beginClose()
    {
        if (m_closing || m_finished)
            return;
        m_closing = true;
        m_queue.clear();
        if (!m_open)
            return; // onAccept closes once the handshake is over
        if (!m_writing)
            startClose();
        // else: the write's handler starts it (no close while a frame is on its way)
    }

    void startClose()
    {
        if (m_closeStarted)
            return;
        m_closeStarted = true;
        m_ws.async_close(websocket::close_code::going_away,
                         [self = this->shared_from_this()](beast::error_code) {
                             // the pending read ends too, with "closed"
                             self->finish();
                         });
    }

    void drop()
    {
        m_queue.clear();
        finish();
        dropConnection(m_ws);
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_shared->events.remove(m_id);
    }

    websocket::stream<Stream> m_ws;
    std::shared_ptr<Shared> m_shared;
    std::string m_key;
    std::uint64_t m_id = 0;
    beast::flat_buffer m_buffer;
    std::deque<std::shared_ptr<const std::string>> m_queue; // waiting, not the one on its way
    bool m_open = false;
    bool m_writing = false;
    bool m_closing = false;
    bool m_closeStarted = false;
    bool m_finished = false;
};

template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(Stream &&stream, std::shared_ptr<Shared> shared)
        : m_stream(std::move(stream)), m_shared(std::move(shared))
    {}

    void run()
    {
        asio::dispatch(m_stream.get_executor(),
                       [self = this->shared_from_this()] { self->handshake(); });
    }

private:
    void handshake()
    {
        if constexpr (kIsTls<Stream>) {
            beast::get_lowest_layer(m_stream).expires_after(m_shared->options.readTimeout);
            m_stream.async_handshake(ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code ec) {
                                         if (ec)
                                             return; // not TLS (plain HTTP?) or gone: drop it
                                         self->read();
                                     });
        } else {
            read();
        }
    }

    void read()
    {
        m_parser.emplace();
        m_parser->body_limit(m_shared->options.bodyLimit);
        beast::get_lowest_layer(m_stream).expires_after(m_shared->options.readTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             self->onRead(ec);
                         });
    }

    void onRead(beast::error_code ec)
    {
        if (ec == http::error::end_of_stream)
            return close();
        if (ec == http::error::body_limit)
            return write(errorResponse(413, "too_large",
                                       "the request body is larger than the server accepts"),
                         false, 11);
        if (ec)
            return; // timed out, reset or malformed: drop the connection
        RequestMessage message = m_parser->release();
        const bool upgrade = websocket::is_upgrade(message);
        HttpRequest request;
        request.method = std::string(message.method_string());
        const std::string target(message.target());
        const auto question = target.find('?');
        request.path = target.substr(0, question);
        request.query = question == std::string::npos ? std::string() : target.substr(question + 1);
        request.authorization = std::string(message[http::field::authorization]);
        request.contentType = std::string(message[http::field::content_type]);
        beast::error_code addressError;
        const auto remote =
            beast::get_lowest_layer(m_stream).socket().remote_endpoint(addressError);
        request.remoteAddress = addressError ? std::string() : remote.address().to_string();
        const bool keepAlive = message.keep_alive();
        const unsigned version = message.version();

        if (m_shared->authenticator && request.path == m_shared->options.eventsPath) {
            if (upgrade)
                return authenticate(std::move(message), std::move(request));
            HttpResponse refusal = errorResponse(
                426, "upgrade_required", "open this address as a WebSocket to receive events");
            refusal.headers.emplace("Upgrade", "websocket");
            return write(refusal, keepAlive, version);
        }

        request.body = std::move(message.body());
        auto self = this->shared_from_this();
        asio::post(m_shared->workers, [self, request = std::move(request), keepAlive, version]() {
            HttpResponse response;
            try {
                response = self->m_shared->handler(request);
            } catch (...) {
                response =
                    errorResponse(500, "internal", "the server failed to answer this request");
            }
            asio::post(self->m_stream.get_executor(),
                       [self, response = std::move(response), keepAlive, version]() {
                           self->write(response, keepAlive, version);
                       });
        });
    }

    // The authenticator reads the database: it runs on a worker, like the handler.
    void authenticate(RequestMessage message, HttpRequest request)
    {
        auto self = this->shared_from_this();
        auto upgrade = std::make_shared<RequestMessage>(std::move(message));
        asio::post(m_shared->workers, [self, upgrade, request = std::move(request)]() {
            std::optional<std::string> key;
            bool failed = false;
            try {
                key = self->m_shared->authenticator(request);
            } catch (...) {
                failed = true;
            }
            asio::post(self->m_stream.get_executor(), [self, upgrade, key = std::move(key),
                                                       failed]() mutable {
                if (failed)
                    return self->write(
                        errorResponse(500, "internal", "the server failed to answer this request"),
                        false, upgrade->version());
                if (!key)
                    return self->write(errorResponse(401, "unauthorized", "log in first"), false,
                                       upgrade->version());
                std::make_shared<EventSession<Stream>>(std::move(self->m_stream), self->m_shared,
                                                       std::move(*key))
                    ->run(*upgrade);
            });
        });
    }

    void write(const HttpResponse &response, bool keepAlive, unsigned version)
    {
        auto message = std::make_shared<http::response<http::string_body>>(
            http::status(response.status), version);
        message->set(http::field::server, "quita-server");
        message->set(http::field::content_type, response.contentType);
        for (const auto &[name, value] : response.headers)
            message->set(name, value);
        message->keep_alive(keepAlive);
        message->body() = response.body;
        message->prepare_payload();
        beast::get_lowest_layer(m_stream).expires_after(m_shared->options.readTimeout);
        http::async_write(m_stream, *message,
                          [self = this->shared_from_this(), message,
                           keepAlive](beast::error_code ec, std::size_t) {
                              if (ec)
                                  return;
                              if (!keepAlive)
                                  return self->close();
                              self->read();
                          });
    }

    void close()
    {
        if constexpr (kIsTls<Stream>) {
            beast::get_lowest_layer(m_stream).expires_after(m_shared->options.readTimeout);
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
        } else {
            beast::error_code ec;
            beast::get_lowest_layer(m_stream).socket().shutdown(tcp::socket::shutdown_send, ec);
        }
    }

    Stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::shared_ptr<Shared> m_shared;
};

// Checks a PEM file before OpenSSL does, for a message an admin can act on.
std::string unreadable(const std::string &what, const std::string &path)
{
    std::ifstream file(path);
    if (file)
        return {};
    return "cannot read the " + what + " " + path + ": " + std::strerror(errno);
}

// Empty when the certificate chain and key load and match; otherwise the reason.
std::string loadTls(ssl::context &context, const std::string &certFile, const std::string &keyFile)
{
    if (certFile.empty() || keyFile.empty())
        return "TLS needs both a certificate file and a key file (only the " +
               std::string(certFile.empty() ? "key" : "certificate") + " was given)";
    if (auto problem = unreadable("TLS certificate file", certFile); !problem.empty())
        return problem;
    if (auto problem = unreadable("TLS key file", keyFile); !problem.empty())
        return problem;
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                        ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                        ssl::context::single_dh_use);
    // An encrypted key fails below instead of asking for a pass phrase on the terminal.
    context.set_password_callback(
        [](std::size_t, ssl::context::password_purpose) { return std::string(); });
    beast::error_code ec;
    context.use_certificate_chain_file(certFile, ec);
    if (ec)
        return "the TLS certificate file " + certFile +
               " is not a PEM certificate chain: " + ec.message();
    context.use_private_key_file(keyFile, ssl::context::pem, ec);
    if (ec)
        return "the TLS key file " + keyFile +
               " is not an unencrypted PEM private key for the certificate in " + certFile + ": " +
               ec.message();
    if (SSL_CTX_check_private_key(context.native_handle()) != 1)
        return "the TLS key file " + keyFile + " does not match the certificate in " + certFile;
    return {};
}

} // namespace

struct HttpServer::Impl
{
    std::shared_ptr<Shared> shared;
    asio::io_context io;
    std::optional<tcp::acceptor> acceptor;
    std::vector<std::thread> threads;
    std::uint16_t port = 0;

    void accept()
    {
        acceptor->async_accept(asio::make_strand(io),
                               [this](beast::error_code ec, tcp::socket socket) {
                                   if (ec == asio::error::operation_aborted || shared->stopping)
                                       return;
                                   if (!ec)
                                       serve(std::move(socket));
                                   accept();
                               });
    }

    void serve(tcp::socket socket)
    {
        if (shared->tls)
            std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *shared->tls),
                                                     shared)
                ->run();
        else
            std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)), shared)
                ->run();
    }
};

HttpServer::HttpServer(Options options, Handler handler) : d(std::make_unique<Impl>())
{
    d->shared = std::make_shared<Shared>(std::move(options), std::move(handler));
}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::setEventAuthenticator(EventAuthenticator authenticator)
{
    d->shared->authenticator = std::move(authenticator);
}

bool HttpServer::tls() const
{
    return d->shared->tls.has_value();
}

bool HttpServer::start(std::string *error)
{
    const Options &options = d->shared->options;
    if (!options.tlsCertFile.empty() || !options.tlsKeyFile.empty()) {
        ssl::context context(ssl::context::tls_server);
        if (auto problem = loadTls(context, options.tlsCertFile, options.tlsKeyFile);
            !problem.empty()) {
            if (error)
                *error = problem;
            return false;
        }
        d->shared->tls.emplace(std::move(context));
    }
    beast::error_code ec;
    const auto address = asio::ip::make_address(d->shared->options.address, ec);
    if (ec) {
        if (error)
            *error = "invalid listen address " + d->shared->options.address;
        return false;
    }
    const tcp::endpoint endpoint(address, d->shared->options.port);
    d->acceptor.emplace(asio::make_strand(d->io));
    d->acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor->bind(endpoint, ec);
    if (!ec)
        d->acceptor->listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        if (error)
            *error = "cannot listen on " + d->shared->options.address + ":" +
                     std::to_string(d->shared->options.port) + ": " + ec.message();
        d->acceptor.reset();
        return false;
    }
    d->port = d->acceptor->local_endpoint().port();
    d->accept();
    for (int i = 0; i < std::max(1, d->shared->options.ioThreads); ++i)
        d->threads.emplace_back([this] { d->io.run(); });
    return true;
}

std::uint16_t HttpServer::port() const
{
    return d->port;
}

void HttpServer::stop()
{
    if (d->threads.empty())
        return;
    d->shared->stopping = true;
    asio::post(d->acceptor->get_executor(), [this] {
        beast::error_code ec;
        d->acceptor->close(ec);
    });
    for (const auto &socket : d->shared->events.all())
        socket->close();
    d->shared->events.waitUntilEmpty(kCloseGrace);
    d->io.stop();
    for (auto &thread : d->threads)
        thread.join();
    d->threads.clear();
    d->shared->workers.join();
    d->acceptor.reset();
}

void HttpServer::publish(const std::string &subscriberKey, const std::string &text)
{
    const auto sockets = d->shared->events.socketsOf(subscriberKey);
    if (sockets.empty())
        return;
    const auto frame = std::make_shared<const std::string>(text);
    for (const auto &socket : sockets)
        socket->send(frame);
}

void HttpServer::publishAll(const std::string &text)
{
    const auto sockets = d->shared->events.all();
    if (sockets.empty())
        return;
    const auto frame = std::make_shared<const std::string>(text);
    for (const auto &socket : sockets)
        socket->send(frame);
}

std::size_t HttpServer::subscriberCount() const
{
    return d->shared->events.size();
}

} // namespace quita::server
