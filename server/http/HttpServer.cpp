#include "HttpServer.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <optional>
#include <thread>
#include <vector>

namespace quita::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct Shared
{
    HttpServer::Options options;
    HttpServer::Handler handler;
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

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket &&socket, std::shared_ptr<Shared> shared)
        : m_stream(std::move(socket)), m_shared(std::move(shared))
    {}

    void run()
    {
        asio::dispatch(m_stream.get_executor(),
                       beast::bind_front_handler(&Session::read, shared_from_this()));
    }

private:
    void read()
    {
        m_parser.emplace();
        m_parser->body_limit(m_shared->options.bodyLimit);
        m_stream.expires_after(m_shared->options.readTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         beast::bind_front_handler(&Session::onRead, shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::end_of_stream)
            return close();
        if (ec == http::error::body_limit)
            return write(errorResponse(413, "too_large",
                                       "the request body is larger than the server accepts"),
                         false, 11);
        if (ec)
            return; // timed out, reset or malformed: drop the connection
        http::request<http::string_body> message = m_parser->release();
        HttpRequest request;
        request.method = std::string(message.method_string());
        const std::string target(message.target());
        const auto question = target.find('?');
        request.path = target.substr(0, question);
        request.query = question == std::string::npos ? std::string() : target.substr(question + 1);
        request.authorization = std::string(message[http::field::authorization]);
        request.contentType = std::string(message[http::field::content_type]);
        request.body = std::move(message.body());
        beast::error_code addressError;
        const auto remote = m_stream.socket().remote_endpoint(addressError);
        request.remoteAddress = addressError ? std::string() : remote.address().to_string();
        const bool keepAlive = message.keep_alive();
        const unsigned version = message.version();

        auto self = shared_from_this();
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
        m_stream.expires_after(m_shared->options.readTimeout);
        http::async_write(
            m_stream, *message,
            [self = shared_from_this(), message, keepAlive](beast::error_code ec, std::size_t) {
                if (ec)
                    return;
                if (!keepAlive)
                    return self->close();
                self->read();
            });
    }

    void close()
    {
        beast::error_code ec;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::shared_ptr<Shared> m_shared;
};

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
                                   if (ec == asio::error::operation_aborted)
                                       return;
                                   if (!ec)
                                       std::make_shared<Session>(std::move(socket), shared)->run();
                                   accept();
                               });
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

bool HttpServer::start(std::string *error)
{
    beast::error_code ec;
    const auto address = asio::ip::make_address(d->shared->options.address, ec);
    if (ec) {
        if (error)
            *error = "invalid listen address " + d->shared->options.address;
        return false;
    }
    const tcp::endpoint endpoint(address, d->shared->options.port);
    d->acceptor.emplace(d->io);
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
    d->io.stop();
    for (auto &thread : d->threads)
        thread.join();
    d->threads.clear();
    d->shared->workers.join();
}

} // namespace quita::server
