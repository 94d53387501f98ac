#pragma once

// A blocking JSON client for the server tests: real HTTP on loopback through Qt's
// network stack, one call at a time.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace quita::test {

struct ApiReply
{
    int status = 0; // 0: no HTTP answer (connection refused or dropped)
    QJsonObject json;
    QByteArray raw;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorField() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("field"))
            .toString();
    }
};

class ApiClient
{
public:
    explicit ApiClient(QString base = {}) : m_base(std::move(base)) {}
    void setBase(const QString &base) { m_base = base; }
    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }

    ApiReply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &token = QStringLiteral("<default>"))
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QString bearer = token == QLatin1String("<default>") ? m_token : token;
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        ApiReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = reply->error();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw).object();
        reply->abort();
        reply->deleteLater();
        return result;
    }
    ApiReply get(const QString &path) { return call("GET", path); }
    ApiReply post(const QString &path, const QJsonObject &body)
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    ApiReply put(const QString &path, const QJsonObject &body)
    {
        return call("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Logs in and keeps the token; empty when refused.
    QString login(const QString &username, const QString &password)
    {
        const ApiReply r =
            post(QStringLiteral("/api/v1/auth/login"),
                 {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
        m_token = r.json.value(QStringLiteral("token")).toString();
        return m_token;
    }

private:
    QString m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace quita::test
