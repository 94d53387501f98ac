#pragma once

#include <map>
#include <string>

namespace quita::server {

// A request as the API sees it, decoupled from Beast's types.
struct HttpRequest
{
    std::string method; // "GET", "POST", ...
    std::string path;   // "/api/v1/me"
    std::string query;  // "a=1&b=2", without the '?'
    std::string authorization;
    std::string contentType;
    std::string body;
    std::string remoteAddress;
};

struct HttpResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::map<std::string, std::string> headers;
};

} // namespace quita::server
