// HttpServer on loopback with a trivial handler: plain HTTP, the WebSocket events
// (authentication on the worker pool, publish per subscriber, slow clients, stop) and
// TLS with a throwaway self-signed certificate.
#include "http/HttpServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <mutex>
#include <thread>

using namespace quita::server;

namespace {

constexpr int kWait = 20000; // generous: CI machines are slow and shared

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

// "good-a" -> "user-a"; anything else is refused.
std::optional<std::string> subscriberOf(const HttpRequest &request)
{
    std::string token;
    const std::string bearer = "Bearer ";
    if (request.authorization.rfind(bearer, 0) == 0)
        token = request.authorization.substr(bearer.size());
    for (const QString &pair : QString::fromStdString(request.query).split(QLatin1Char('&')))
        if (pair.startsWith(QLatin1String("token=")))
            token = pair.mid(6).toStdString();
    if (token.rfind("good-", 0) != 0)
        return std::nullopt;
    return "user-" + token.substr(5);
}

// A self-signed certificate for 127.0.0.1 (P-256, valid for a day) and its key, as PEM.
bool writeSelfSigned(const QString &certPath, const QString &keyPath)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    // Its own CA, as `openssl req -x509` makes it, so a client can trust it as an anchor.
    for (const auto &[nid, value] : {std::pair{NID_basic_constraints, "critical,CA:TRUE"},
                                     std::pair{NID_subject_key_identifier, "hash"},
                                     std::pair{NID_subject_alt_name, "IP:127.0.0.1"}}) {
        X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
        if (!extension)
            return false;
        X509_add_ext(cert.get(), extension, -1);
        X509_EXTENSION_free(extension);
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return false;
    std::unique_ptr<BIO, decltype(&BIO_free)> keyOut(BIO_new_file(qPrintable(keyPath), "w"),
                                                     BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> certOut(BIO_new_file(qPrintable(certPath), "w"),
                                                      BIO_free);
    return keyOut && certOut &&
           PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                    nullptr) == 1 &&
           PEM_write_bio_X509(certOut.get(), cert.get()) == 1;
}

// A WebSocket client that records what it receives.
struct Client
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    std::unique_ptr<QSignalSpy> messages =
        std::make_unique<QSignalSpy>(socket.get(), &QWebSocket::textMessageReceived);
    std::unique_ptr<QSignalSpy> disconnected =
        std::make_unique<QSignalSpy>(socket.get(), &QWebSocket::disconnected);
    std::unique_ptr<QSignalSpy> errors = std::make_unique<QSignalSpy>(
        socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));

    QStringList received() const
    {
        QStringList texts;
        for (const QList<QVariant> &arguments : *messages)
            texts << arguments.at(0).toString();
        return texts;
    }
};

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HttpServer> server;
    QNetworkAccessManager network;
    QTemporaryDir tlsDir;
    QString certFile;
    QString keyFile;
    std::mutex threadsMutex;
    std::thread::id handlerThread;
    std::thread::id authenticatorThread;

    HttpServer::Handler handler()
    {
        return [this](const HttpRequest &request) {
            {
                std::lock_guard lock(threadsMutex);
                handlerThread = std::this_thread::get_id();
            }
            HttpResponse response;
            response.body =
                QJsonDocument(QJsonObject{
                                  {QStringLiteral("path"), QString::fromStdString(request.path)},
                                  {QStringLiteral("bytes"), qint64(request.body.size())},
                              })
                    .toJson(QJsonDocument::Compact)
                    .toStdString();
            return response;
        };
    }

    std::unique_ptr<HttpServer> makeServer(HttpServer::Options options)
    {
        auto made = std::make_unique<HttpServer>(options, handler());
        made->setEventAuthenticator([this](const HttpRequest &request) {
            {
                std::lock_guard lock(threadsMutex);
                authenticatorThread = std::this_thread::get_id();
            }
            return subscriberOf(request);
        });
        return made;
    }

    static HttpServer::Options loopback()
    {
        HttpServer::Options options;
        options.port = 0;
        options.ioThreads = 2;
        options.workerThreads = 1; // handler and authenticator share the one worker
        options.bodyLimit = 4096;
        return options;
    }

    QUrl eventsUrl(const HttpServer &on, const QString &query) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/api/v1/events?%3")
                        .arg(on.tls() ? QStringLiteral("wss") : QStringLiteral("ws"))
                        .arg(on.port())
                        .arg(query));
    }

    // Trusts the test's self-signed certificate, and nothing else.
    QSslConfiguration trustingTestCertificate() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(certFile));
        return configuration;
    }

    std::unique_ptr<HttpServer> startTlsServer(const QString &cert, const QString &key,
                                               std::string *error)
    {
        HttpServer::Options options = loopback();
        options.tlsCertFile = cert.toStdString();
        options.tlsKeyFile = key.toStdString();
        auto made = makeServer(options);
        if (!made->start(error))
            return nullptr;
        return made;
    }

    Reply call(const QNetworkRequest &request, const QByteArray &method = "GET",
               const QByteArray &body = {}, QNetworkAccessManager *via = nullptr)
    {
        QNetworkReply *reply = (via ? via : &network)->sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    // Opens an event socket and waits for the upgrade.
    std::unique_ptr<Client> connectClient(const HttpServer &on, const QString &token,
                                          bool inHeader = false)
    {
        auto client = std::make_unique<Client>();
        if (on.tls())
            client->socket->setSslConfiguration(trustingTestCertificate());
        QSignalSpy connected(client->socket.get(), &QWebSocket::connected);
        if (inHeader) {
            QNetworkRequest request(eventsUrl(on, QString()));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            client->socket->open(request);
        } else {
            client->socket->open(eventsUrl(on, QStringLiteral("token=") + token));
        }
        if (!connected.wait(kWait))
            return nullptr;
        return client;
    }

    // Sends the upgrade by hand and returns what the server answers, up to the end
    // of the headers (plus the body when the server closes the connection).
    static QByteArray rawUpgrade(QTcpSocket &socket, quint16 port, const QByteArray &token,
                                 bool untilClosed)
    {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(kWait))
            return {};
        socket.write("GET /api/v1/events?token=" + token +
                     " HTTP/1.1\r\n"
                     "Host: 127.0.0.1\r\n"
                     "Upgrade: websocket\r\n"
                     "Connection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(kWait)) {
            answer += socket.readAll();
            if (!untilClosed && answer.contains("\r\n\r\n"))
                break;
        }
        if (untilClosed)
            answer += socket.readAll();
        return answer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tlsDir.isValid());
        certFile = tlsDir.filePath(QStringLiteral("cert.pem"));
        keyFile = tlsDir.filePath(QStringLiteral("key.pem"));
        QVERIFY(writeSelfSigned(certFile, keyFile));
    }

    void init()
    {
        server = makeServer(loopback());
        std::string error;
        QVERIFY2(server->start(&error), error.c_str());
        QVERIFY(server->port() > 0);
    }

    void cleanup() { server.reset(); }

    void plainRequestsStillWork()
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/hello").arg(server->port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const Reply hello = call(request);
        QCOMPARE(hello.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(hello.body).object().value(QStringLiteral("path")).toString(),
            QStringLiteral("/hello"));

        const Reply tooLarge = call(request, "POST", QByteArray(5000, 'x'));
        QCOMPARE(tooLarge.status, 413);

        // The events path is not for plain requests.
        request.setUrl(QUrl(
            QStringLiteral("http://127.0.0.1:%1/api/v1/events?token=good-a").arg(server->port())));
        const Reply notUpgraded = call(request);
        QCOMPARE(notUpgraded.status, 426);
        QCOMPARE(QJsonDocument::fromJson(notUpgraded.body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("upgrade_required"));
        QCOMPARE(server->subscriberCount(), std::size_t(0));
    }

    void goodTokenReceivesPublishedFrames()
    {
        auto byQuery = connectClient(*server, QStringLiteral("good-a"));
        QVERIFY(byQuery);
        auto byHeader = connectClient(*server, QStringLiteral("good-a"), true);
        QVERIFY(byHeader);
        QCOMPARE(server->subscriberCount(), std::size_t(2));

        // Published as soon as the clients have their 101: nothing is lost.
        server->publish("user-a", R"({"type":"poke","seq":1})");
        server->publish("user-a", R"({"type":"poke","seq":2})");
        for (Client *client : {byQuery.get(), byHeader.get()}) {
            QTRY_COMPARE_WITH_TIMEOUT(client->messages->count(), 2, kWait);
            QCOMPARE(client->received(),
                     (QStringList{QStringLiteral(R"({"type":"poke","seq":1})"),
                                  QStringLiteral(R"({"type":"poke","seq":2})")}));
        }

        // A client that leaves is forgotten.
        byQuery->socket->close();
        QTRY_COMPARE_WITH_TIMEOUT(server->subscriberCount(), std::size_t(1), kWait);
    }

    void authenticatorRunsOnTheWorkerPool()
    {
        // With one worker, the handler and the authenticator run on the same thread.
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server->port())));
        QCOMPARE(call(request).status, 200);
        auto client = connectClient(*server, QStringLiteral("good-a"));
        QVERIFY(client);
        std::lock_guard lock(threadsMutex);
        QVERIFY(handlerThread != std::thread::id());
        QVERIFY(handlerThread == authenticatorThread);
        QVERIFY(authenticatorThread != std::this_thread::get_id());
    }

    void badTokenGets401WithoutUpgrade()
    {
        Client refused;
        refused.socket->open(eventsUrl(*server, QStringLiteral("token=stolen")));
        QTRY_VERIFY_WITH_TIMEOUT(refused.errors->count() > 0, kWait);
        QCOMPARE(refused.socket->state(), QAbstractSocket::UnconnectedState);

        // No token at all.
        Client anonymous;
        anonymous.socket->open(eventsUrl(*server, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(anonymous.errors->count() > 0, kWait);

        QTcpSocket raw;
        const QByteArray answer = rawUpgrade(raw, server->port(), "stolen", true);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body, QByteArray(R"({"error":{"code":"unauthorized","message":"log in first"}})"));
        QVERIFY(!answer.contains("101"));
        QCOMPARE(server->subscriberCount(), std::size_t(0));
    }

    void publishReachesOnlyItsSubscriber()
    {
        auto a = connectClient(*server, QStringLiteral("good-a"));
        QVERIFY(a);
        auto b = connectClient(*server, QStringLiteral("good-b"));
        QVERIFY(b);
        server->publish("user-a", "for-a");
        server->publish("user-b", "for-b");
        server->publish("user-nobody", "for-nobody");
        server->publishAll("everyone");
        // Frames arrive in order per socket, so "everyone" last means nothing else came.
        QTRY_COMPARE_WITH_TIMEOUT(a->messages->count(), 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(b->messages->count(), 2, kWait);
        QCOMPARE(a->received(), (QStringList{QStringLiteral("for-a"), QStringLiteral("everyone")}));
        QCOMPARE(b->received(), (QStringList{QStringLiteral("for-b"), QStringLiteral("everyone")}));
    }

    void slowClientIsDroppedWithoutHoldingOthers()
    {
        auto fast = connectClient(*server, QStringLiteral("good-fast"));
        QVERIFY(fast);
        // A client that stops reading: Qt stops taking data once its small buffer is full,
        // so the kernel buffers fill and the server's queue for it grows.
        QTcpSocket slow;
        slow.setReadBufferSize(16 * 1024);
        const QByteArray answer = rawUpgrade(slow, server->port(), "good-slow", false);
        QVERIFY2(answer.startsWith("HTTP/1.1 101"), answer.constData());
        QCOMPARE(server->subscriberCount(), std::size_t(2));

        // 30 MB for the slow one: more than loopback buffers hold, far more than 64 frames.
        const std::string big(100 * 1024, 'x');
        for (int i = 0; i < 300; ++i)
            server->publish("user-slow", big);
        server->publish("user-fast", "still here");
        QTRY_COMPARE_WITH_TIMEOUT(fast->messages->count(), 1, kWait);
        QCOMPARE(fast->received().constFirst(), QStringLiteral("still here"));
        QTRY_COMPARE_WITH_TIMEOUT(server->subscriberCount(), std::size_t(1), kWait);
        server->publish("user-fast", "and still");
        QTRY_COMPARE_WITH_TIMEOUT(fast->messages->count(), 2, kWait);
    }

    void stopClosesTheSockets()
    {
        auto a = connectClient(*server, QStringLiteral("good-a"));
        QVERIFY(a);
        auto b = connectClient(*server, QStringLiteral("good-b"));
        QVERIFY(b);
        // stop() waits for the clients' close replies, which need this thread's event loop.
        std::thread stopper([this] { server->stop(); });
        QTRY_VERIFY_WITH_TIMEOUT(a->disconnected->count() > 0 && b->disconnected->count() > 0,
                                 kWait);
        stopper.join();
        QCOMPARE(a->socket->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(b->socket->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(server->subscriberCount(), std::size_t(0));
        server->publishAll("after stop"); // harmless

        // And nothing listens any more.
        Client late;
        late.socket->open(eventsUrl(*server, QStringLiteral("token=good-a")));
        QTRY_VERIFY_WITH_TIMEOUT(late.errors->count() > 0, kWait);
    }

    void tlsServesHttpsAndWss()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        std::string error;
        auto secure = startTlsServer(certFile, keyFile, &error);
        QVERIFY2(secure, error.c_str());
        QVERIFY(secure->tls());
        const QUrl hello(QStringLiteral("https://127.0.0.1:%1/hello").arg(secure->port()));

        // Not trusted: the client refuses the self-signed certificate. (A manager of its
        // own: Qt keeps a connection per host with the TLS settings of its first request.)
        QNetworkAccessManager untrusting;
        QCOMPARE(call(QNetworkRequest(hello), "GET", {}, &untrusting).error,
                 QNetworkReply::SslHandshakeFailedError);

        QNetworkRequest request(hello);
        request.setSslConfiguration(trustingTestCertificate());
        const Reply reply = call(request);
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("path")).toString(),
            QStringLiteral("/hello"));
        QCOMPARE(call(request, "POST", QByteArray(5000, 'x')).status, 413);

        // WSS: the same events, authenticated the same way.
        Client refused;
        refused.socket->setSslConfiguration(trustingTestCertificate());
        refused.socket->open(eventsUrl(*secure, QStringLiteral("token=stolen")));
        QTRY_VERIFY_WITH_TIMEOUT(refused.errors->count() > 0, kWait);
        auto client = connectClient(*secure, QStringLiteral("good-a"));
        QVERIFY(client);
        secure->publish("user-a", "over tls");
        QTRY_COMPARE_WITH_TIMEOUT(client->messages->count(), 1, kWait);
        QCOMPARE(client->received().constFirst(), QStringLiteral("over tls"));

        std::thread stopper([&secure] { secure->stop(); });
        QTRY_VERIFY_WITH_TIMEOUT(client->disconnected->count() > 0, kWait);
        stopper.join();
        QCOMPARE(client->socket->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }

    void plainHttpToTheTlsPortFails()
    {
        std::string error;
        auto secure = startTlsServer(certFile, keyFile, &error);
        QVERIFY2(secure, error.c_str());
        const Reply reply = call(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/hello").arg(secure->port()))));
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(reply.status, 0);

        Client plain; // ws:// to a wss:// server
        plain.socket->open(QUrl(
            QStringLiteral("ws://127.0.0.1:%1/api/v1/events?token=good-a").arg(secure->port())));
        QTRY_VERIFY_WITH_TIMEOUT(plain.errors->count() > 0, kWait);
        QCOMPARE(secure->subscriberCount(), std::size_t(0));
    }

    void badTlsFilesStopTheStart()
    {
        const QString missing = tlsDir.filePath(QStringLiteral("missing-key.pem"));
        std::string error;
        QVERIFY(!startTlsServer(certFile, missing, &error));
        QVERIFY2(QString::fromStdString(error).contains(missing), error.c_str());
        QVERIFY2(QString::fromStdString(error).contains(QLatin1String("key")), error.c_str());

        const QString missingCert = tlsDir.filePath(QStringLiteral("missing-cert.pem"));
        QVERIFY(!startTlsServer(missingCert, keyFile, &error));
        QVERIFY2(QString::fromStdString(error).contains(missingCert), error.c_str());

        QVERIFY(!startTlsServer(certFile, QString(), &error));
        QVERIFY2(QString::fromStdString(error).contains(QLatin1String("both")), error.c_str());

        const QString garbage = tlsDir.filePath(QStringLiteral("garbage.pem"));
        {
            QFile file(garbage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a certificate\n");
        }
        QVERIFY(!startTlsServer(garbage, keyFile, &error));
        QVERIFY2(QString::fromStdString(error).contains(garbage), error.c_str());
        QVERIFY(!startTlsServer(certFile, garbage, &error));
        QVERIFY2(QString::fromStdString(error).contains(garbage), error.c_str());

        // A key of another certificate.
        const QString otherCert = tlsDir.filePath(QStringLiteral("other-cert.pem"));
        const QString otherKey = tlsDir.filePath(QStringLiteral("other-key.pem"));
        QVERIFY(writeSelfSigned(otherCert, otherKey));
        QVERIFY(!startTlsServer(certFile, otherKey, &error));
        QVERIFY2(QString::fromStdString(error).contains(otherKey), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
