// server/openapi.yaml against the server: every documented path and method is routed,
// every route Api.cpp dispatches is documented, and every status the server answers in
// a walk of the documented operations (as an admin, as an agent and without a session)
// is listed under that operation's responses. The WebSocket /events, served by
// HttpServer and not by Api, is checked on a ServerRuntime, as quita-server serves it.
#include "SyncApiFixture.h"
#include "app/ServerRuntime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>

using namespace quita;
using namespace quita::test;

namespace {

const QString kEvents = QStringLiteral("/events");

struct Operation
{
    QString path;   // "/debtors/{id}", relative to /api/v1
    QString method; // "GET"
    QStringList statuses;
};

// The routes Api::handle / authenticated / admin dispatch (server/api/Api.cpp), plus
// the WebSocket path HttpServer serves itself. Update with Api.cpp.
const QList<std::pair<QString, QString>> kDispatched{
    {QStringLiteral("GET"), QStringLiteral("/health")},
    {QStringLiteral("POST"), QStringLiteral("/auth/login")},
    {QStringLiteral("POST"), QStringLiteral("/auth/logout")},
    {QStringLiteral("POST"), QStringLiteral("/activities")},
    {QStringLiteral("GET"), QStringLiteral("/me")},
    {QStringLiteral("GET"), QStringLiteral("/debtors")},
    {QStringLiteral("GET"), QStringLiteral("/debtors/{}")},
    {QStringLiteral("GET"), QStringLiteral("/debtors/{}/timeline")},
    {QStringLiteral("POST"), QStringLiteral("/sync/push")},
    {QStringLiteral("GET"), QStringLiteral("/sync/pull")},
    {QStringLiteral("POST"), QStringLiteral("/simulations")},
    {QStringLiteral("POST"), QStringLiteral("/agreements")},
    {QStringLiteral("GET"), QStringLiteral("/agreements/{}")},
    {QStringLiteral("GET"), QStringLiteral("/approvals")},
    {QStringLiteral("POST"), QStringLiteral("/approvals")},
    {QStringLiteral("POST"), QStringLiteral("/approvals/{}/decision")},
    {QStringLiteral("POST"), QStringLiteral("/payments/import")},
    // routes::protests (server/api/ProtestRoutes.cpp)
    {QStringLiteral("GET"), QStringLiteral("/protests")},
    {QStringLiteral("GET"), QStringLiteral("/protests/eligible")},
    {QStringLiteral("GET"), QStringLiteral("/protests/batches")},
    {QStringLiteral("POST"), QStringLiteral("/protests/batches")},
    {QStringLiteral("GET"), QStringLiteral("/protests/batches/{}/file")},
    {QStringLiteral("POST"), QStringLiteral("/protests/returns")},
    {QStringLiteral("POST"), QStringLiteral("/protests/withdrawals")},
    {QStringLiteral("POST"), QStringLiteral("/protests/cancellations")},
    {QStringLiteral("POST"), QStringLiteral("/protests/{}/documents")},
    {QStringLiteral("GET"), QStringLiteral("/kpis")},
    {QStringLiteral("GET"), QStringLiteral("/kpis/accounts")},
    {QStringLiteral("PUT"), QStringLiteral("/admin/targets")},
    {QStringLiteral("PUT"), QStringLiteral("/admin/indexes")},
    {QStringLiteral("PUT"), QStringLiteral("/admin/portfolios/{}/terms")},
    {QStringLiteral("GET"), QStringLiteral("/admin/users")},
    {QStringLiteral("POST"), QStringLiteral("/admin/users")},
    {QStringLiteral("PUT"), QStringLiteral("/admin/assignments")},
    {QStringLiteral("GET"), QStringLiteral("/admin/integrations")},
    {QStringLiteral("POST"), QStringLiteral("/admin/integrations")},
    {QStringLiteral("DELETE"), QStringLiteral("/admin/integrations/{}")},
    {QStringLiteral("GET"), kEvents},
};

// "/debtors/{id}" -> "/debtors/{}": placeholders compare whatever their names.
QString shape(QString path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}/]*\\}"));
    return path.replace(placeholder, QStringLiteral("{}"));
}

// The YAML file. QUITA_OPENAPI when the build defines it; otherwise found from this
// source file's path (absolute, or relative to the build tree when ccache rewrote it).
QString openApiFile()
{
#ifdef QUITA_OPENAPI
    return QStringLiteral(QUITA_OPENAPI);
#else
    const QString relative =
        QFileInfo(QStringLiteral(__FILE__)).path() + QStringLiteral("/../../server/openapi.yaml");
    if (QFileInfo(relative).isAbsolute())
        return QDir::cleanPath(relative);
    for (QDir dir(QCoreApplication::applicationDirPath());;) {
        const QString candidate = QDir::cleanPath(dir.filePath(relative));
        if (QFileInfo::exists(candidate))
            return candidate;
        if (!dir.cdUp())
            return QDir::cleanPath(relative);
    }
#endif
}

// A line-based reader for the layout of server/openapi.yaml: paths are the 2-space keys
// under `paths:` starting with '/', methods the 4-space get/post/put/delete keys under a
// path, and the status codes the 8-space quoted keys ('200':) under an operation's
// 6-space `responses:`.
QList<Operation> readOperations(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        return {};
    }
    static const QRegularExpression pathKey(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodKey(
        QStringLiteral("^    (get|post|put|delete|patch|head|options):\\s*$"));
    static const QRegularExpression responsesKey(QStringLiteral("^      responses:\\s*$"));
    static const QRegularExpression statusKey(QStringLiteral("^        '(\\d{3})':"));
    static const QRegularExpression sixSpaceKey(QStringLiteral("^ {6}\\S"));
    QList<Operation> operations;
    QString path;
    bool inPaths = false;
    bool inResponses = false;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!line.startsWith(QLatin1Char(' '))) { // a top-level key
            inPaths = line.startsWith(QLatin1String("paths:"));
            path.clear();
            inResponses = false;
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto m = pathKey.match(line); m.hasMatch()) {
            path = m.captured(1);
            inResponses = false;
        } else if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))) {
            path.clear(); // another 2-space key: not a path
            inResponses = false;
        } else if (const auto m2 = methodKey.match(line); m2.hasMatch() && !path.isEmpty()) {
            operations.append(Operation{path, m2.captured(1).toUpper(), {}});
            inResponses = false;
        } else if (line.startsWith(QLatin1String("    ")) &&
                   !line.startsWith(QLatin1String("     "))) {
            inResponses = false; // another 4-space key under the path (parameters, ...)
        } else if (responsesKey.match(line).hasMatch() && !operations.isEmpty()) {
            inResponses = !path.isEmpty() && operations.last().path == path;
        } else if (sixSpaceKey.match(line).hasMatch()) {
            inResponses = false;
        } else if (const auto m3 = statusKey.match(line); m3.hasMatch() && inResponses) {
            operations.last().statuses.append(m3.captured(1));
        }
    }
    if (operations.isEmpty())
        *error = QStringLiteral("no operations under paths: in %1").arg(fileName);
    return operations;
}

// The first line of an HTTP answer to `request`, sent raw (a WebSocket upgrade).
QByteArray statusLine(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(20000))
        return {};
    socket.write(request);
    socket.flush();
    QByteArray received;
    while (!received.contains("\r\n") && socket.waitForReadyRead(20000))
        received += socket.readAll();
    return received.left(received.indexOf("\r\n"));
}

QByteArray upgradeRequest(const QString &query, const QString &bearer = {})
{
    const QByteArray authorization =
        bearer.isEmpty() ? QByteArray() : "Authorization: Bearer " + bearer.toUtf8() + "\r\n";
    return "GET /api/v1/events" + query.toUtf8() +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
           "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
           authorization + "\r\n";
}

int statusOf(const QByteArray &line)
{
    // "HTTP/1.1 101 Switching Protocols"
    return line.split(' ').value(1).toInt();
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT
private:
    SyncApiFixture fx;
    QList<Operation> operations;

    const Operation *documented(const QString &method, const QString &path) const
    {
        for (const Operation &op : operations)
            if (op.method == method && shape(op.path) == shape(path))
                return &op;
        return nullptr;
    }

    // Calls every documented operation (but /events) with `token` (empty: none); logout
    // last, as it ends the session. Appends what is wrong to `failures`.
    void walk(const QString &who, const QString &token, QStringList &failures)
    {
        ApiClient client(fx.base());
        client.setToken(token);
        QList<const Operation *> order;
        for (const Operation &op : operations)
            if (op.path != kEvents)
                order.append(&op);
        std::stable_partition(order.begin(), order.end(), [](const Operation *op) {
            return op->path != QLatin1String("/auth/logout");
        });
        static const QRegularExpression placeholder(QStringLiteral("\\{[^}/]*\\}"));
        for (const Operation *op : order) {
            QString path = op->path;
            while (path.contains(placeholder))
                path.replace(path.indexOf(QLatin1Char('{')),
                             path.indexOf(QLatin1Char('}')) - path.indexOf(QLatin1Char('{')) + 1,
                             newId());
            const QByteArray body =
                op->method == QLatin1String("GET") ? QByteArray("") : QByteArray("{}");
            const ApiReply r =
                client.call(op->method.toLatin1(), QStringLiteral("/api/v1") + path, body);
            const QString where = QStringLiteral("%1 %2 %3 -> %4 %5")
                                      .arg(who, op->method, op->path)
                                      .arg(r.status)
                                      .arg(QString::fromUtf8(r.raw.left(200)));
            if (r.status == 0) {
                failures.append(QStringLiteral("no answer: ") + where);
                continue;
            }
            const QString message = r.json.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("message"))
                                        .toString();
            if (r.status == 404 && r.errorCode() == QLatin1String("not_found") &&
                message == QLatin1String("no such endpoint"))
                failures.append(QStringLiteral("not routed: ") + where);
            else if (r.status == 405)
                failures.append(QStringLiteral("method not allowed: ") + where);
            if (!op->statuses.contains(QString::number(r.status)))
                failures.append(QStringLiteral("status not documented: ") + where);
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        operations = readOperations(openApiFile(), &error);
        QVERIFY2(!operations.isEmpty(), qPrintable(error));
        if (!fx.start(&error)) {
            if (!fx.skipReason.isEmpty())
                QSKIP(qPrintable(fx.skipReason));
            QFAIL(qPrintable(error));
        }
    }

    void cleanupTestCase() { fx.stop(); }

    void everyOperationHasResponses()
    {
        QStringList seen;
        for (const Operation &op : operations) {
            const QString key = op.method + QLatin1Char(' ') + op.path;
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("twice: ") + key));
            seen.append(key);
            QVERIFY2(!op.statuses.isEmpty(), qPrintable(QStringLiteral("no responses: ") + key));
        }
        // The reader saw the file as it is laid out.
        const Operation *health = documented(QStringLiteral("GET"), QStringLiteral("/health"));
        QVERIFY(health);
        QCOMPARE(health->statuses, (QStringList{QStringLiteral("200"), QStringLiteral("503")}));
    }

    void everyDispatchedRouteIsDocumented()
    {
        for (const auto &[method, path] : kDispatched)
            QVERIFY2(documented(method, path),
                     qPrintable(QStringLiteral("not in openapi.yaml: %1 %2").arg(method, path)));
        for (const Operation &op : operations) {
            const bool dispatched =
                std::any_of(kDispatched.begin(), kDispatched.end(), [&](const auto &route) {
                    return route.first == op.method && shape(route.second) == shape(op.path);
                });
            QVERIFY2(dispatched, qPrintable(QStringLiteral("documented but not in Api.cpp's "
                                                           "routes (update kDispatched?): %1 %2")
                                                .arg(op.method, op.path)));
        }
    }

    void everyDocumentedOperationIsRouted()
    {
        QStringList failures;
        walk(QStringLiteral("anonymous"), QString(), failures);
        const auto agent = fx.client(QStringLiteral("ana"));
        QVERIFY(!agent->token().isEmpty());
        walk(QStringLiteral("agent"), agent->token(), failures);
        const auto admin = fx.client(QStringLiteral("admin"));
        QVERIFY(!admin->token().isEmpty());
        walk(QStringLiteral("admin"), admin->token(), failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // /events as quita-server serves it: ServerRuntime, with its event authenticator.
    void eventsAnswerAsDocumented()
    {
        const Operation *events = documented(QStringLiteral("GET"), kEvents);
        QVERIFY(events);
        server::HttpServer::Options options;
        options.port = 0;
        server::ServerRuntime runtime(*fx.store, fx.clock, options);
        QString error;
        QVERIFY2(runtime.start(&error), qPrintable(error));
        const auto agent = fx.client(QStringLiteral("bruno"));
        QVERIFY(!agent->token().isEmpty());

        const QList<std::pair<QByteArray, int>> attempts{
            {upgradeRequest(QStringLiteral("?token=") + agent->token()), 101},
            {upgradeRequest(QString(), agent->token()), 101},
            {upgradeRequest(QStringLiteral("?token=nope")), 401},
            {upgradeRequest(QString()), 401},
            {"GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 426},
        };
        for (const auto &[request, expected] : attempts) {
            const QByteArray line = statusLine(runtime.port(), request);
            QCOMPARE(statusOf(line), expected);
            QVERIFY2(events->statuses.contains(QString::number(expected)), line.constData());
        }
        runtime.stop();
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
