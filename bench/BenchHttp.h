#pragma once

// A blocking HTTP/1.1 client with a kept-alive connection, for the simulated agents of
// the server benchmark (Boost.Beast, one per thread).
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <optional>
#include <string>

namespace quita::bench {

class BenchHttp
{
public:
    BenchHttp(std::string host, std::uint16_t port) : m_host(std::move(host)), m_port(port) {}

    struct Reply
    {
        int status = 0;
        std::string body;
    };

    // One request; reconnects once when the kept-alive connection was closed.
    std::optional<Reply> request(boost::beast::http::verb verb, const std::string &target,
                                 const std::string &token, const std::string &body = {})
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            boost::beast::error_code ec;
            if (!m_stream.socket().is_open()) {
                boost::asio::ip::tcp::resolver resolver(m_io);
                auto endpoints = resolver.resolve(m_host, std::to_string(m_port), ec);
                if (ec)
                    return std::nullopt;
                m_stream.connect(endpoints, ec);
                if (ec)
                    return std::nullopt;
            }
            namespace http = boost::beast::http;
            http::request<http::string_body> req{verb, target, 11};
            req.set(http::field::host, m_host);
            req.keep_alive(true);
            if (!token.empty())
                req.set(http::field::authorization, "Bearer " + token);
            if (!body.empty()) {
                req.set(http::field::content_type, "application/json");
                req.body() = body;
                req.prepare_payload();
            }
            http::write(m_stream, req, ec);
            if (!ec) {
                boost::beast::flat_buffer buffer;
                http::response<http::string_body> res;
                http::read(m_stream, buffer, res, ec);
                if (!ec) {
                    if (!res.keep_alive())
                        m_stream.socket().close(ec);
                    return Reply{int(res.result_int()), std::move(res.body())};
                }
            }
            m_stream.socket().close(ec); // stale kept-alive connection: try once more
        }
        return std::nullopt;
    }

private:
    std::string m_host;
    std::uint16_t m_port;
    boost::asio::io_context m_io;
    boost::beast::tcp_stream m_stream{m_io};
};

} // namespace quita::bench
