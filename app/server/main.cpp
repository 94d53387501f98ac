// quita-server: the central server (docs/sync-protocol.md, server/openapi.yaml).
#include "api/Api.h"
#include "api/ServerStore.h"
#include "app/ServerRuntime.h"
#include "auth/Passwords.h"
#include "demo/DemoSeeder.h"
#include "http/HttpServer.h"
#include "sync/ChangeLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>

#include <QAtomicInt>

#include <csignal>
#include <cstdio>
#include <memory>
#include <pthread.h>
#include <unistd.h>

using namespace quita;
using namespace quita::server;

namespace {

const QString kDefaultDemoPassword = QStringLiteral("quita-demo");

int fail(const QString &message)
{
    std::fprintf(stderr, "quita-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Block the stop signals before any thread starts, so the main thread alone
    // receives them through sigwait() below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quita-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUITA_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Quita's central server. Without --database it keeps its data in an embedded SQLite file "
        "in --data-dir and needs no set-up."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder of the embedded store (default: ./quita-server-data)."),
        QStringLiteral("dir"), QStringLiteral("quita-server-data"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Use PostgreSQL instead of the embedded store: "
                       "postgresql://user[:password]@host[:port]/db."),
        QStringLiteral("url"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to serve on (default 127.0.0.1:8080)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Create the demo users ana and bruno (agents), carla (their supervisor) and "
                       "admin, and the demo portfolio (when the store has no debtors yet)."));
    const QCommandLineOption demoSize(
        QStringLiteral("demo-size"),
        QStringLiteral("Debtors in the demo portfolio, about ten activities each (default 3000)."),
        QStringLiteral("debtors"), QStringLiteral("3000"));
    const QCommandLineOption demoPassword(
        QStringLiteral("demo-password"),
        QStringLiteral("Password of the demo users (default quita-demo; refused off loopback)."),
        QStringLiteral("password"), kDefaultDemoPassword);
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate (with any intermediates): serve HTTPS and WSS only."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key of --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption keepLogDays(
        QStringLiteral("keep-log-days"),
        QStringLiteral("Compact the change log at start: changes older than <days> that a later "
                       "change of the same row supersedes are dropped (default 30; 0: keep "
                       "all). Desks whose cursor is older than that sync again from the start."),
        QStringLiteral("days"), QStringLiteral("30"));
    parser.addOptions(
        {dataDir, database, listen, demo, demoSize, demoPassword, tlsCert, tlsKey, keepLogDays});
    parser.process(app);

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenText.mid(colon + 1).toUInt(&portOk) : 0;
    const QString host = colon > 0 ? listenText.left(colon) : QString();
    QHostAddress address;
    if (!portOk || port > 65535 || !address.setAddress(host))
        return fail(
            QStringLiteral("--listen: give HOST:PORT with an IP address, e.g. 127.0.0.1:8080"));
    if (parser.isSet(demo) && parser.value(demoPassword) == kDefaultDemoPassword &&
        !address.isLoopback())
        return fail(QStringLiteral("--demo with the default password only listens on loopback; "
                                   "choose --demo-password or a 127.0.0.1 address"));
    bool sizeOk = false;
    const int demoDebtors = parser.value(demoSize).toInt(&sizeOk);
    if (!sizeOk || demoDebtors < 1 || demoDebtors > 1000000)
        return fail(QStringLiteral("--demo-size: a number of debtors from 1 to 1000000"));
    bool daysOk = false;
    const int logDays = parser.value(keepLogDays).toInt(&daysOk);
    if (!daysOk || logDays < 0)
        return fail(QStringLiteral("--keep-log-days: a number of days, 0 to keep everything"));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (!Passwords::initialize())
        return fail(QStringLiteral("libsodium cannot start"));

    QString location;
    if (parser.isSet(database)) {
        location = parser.value(database);
        if (!ServerStore::isPostgresUrl(location))
            return fail(QStringLiteral("--database: give postgresql://user@host:port/database"));
    } else {
        if (!QDir().mkpath(parser.value(dataDir)))
            return fail(
                QStringLiteral("cannot create the data folder %1").arg(parser.value(dataDir)));
        location = QDir(parser.value(dataDir)).filePath(QStringLiteral("quita-server.sqlite"));
    }
    ServerStore store(location);
    if (auto migrated = store.migrate(); !migrated)
        return fail(migrated.error().message);
    SystemClock clock;
    if (parser.isSet(demo)) {
        DemoSeeder seeder(store, clock);
        if (auto seeded = seeder.seedUsers(parser.value(demoPassword)); !seeded)
            return fail(seeded.error().message);
        DemoOptions options;
        options.debtors = demoDebtors;
        options.activities = qint64(demoDebtors) * 10;
        if (auto seeded = seeder.seedPortfolio(options); !seeded)
            return fail(seeded.error().message);
    }

    if (logDays > 0) {
        const qint64 cutoff = clock.nowUtc().addDays(-logDays).toMSecsSinceEpoch();
        const auto removed = ChangeLog(store.connection()).compactOlderThan(cutoff);
        if (!removed)
            return fail(
                QStringLiteral("compacting the change log: %1").arg(removed.error().message));
        if (*removed > 0)
            std::printf("quita-server: compacted %d superseded changes older than %d days\n",
                        *removed, logDays);
    }

    HttpServer::Options options;
    options.address = host.toStdString();
    options.port = static_cast<std::uint16_t>(port);
    options.tlsCertFile = parser.value(tlsCert).toStdString();
    options.tlsKeyFile = parser.value(tlsKey).toStdString();
    ServerRuntime runtime(store, clock, options);
    // QUITA_SERVER_FAULT=kill-after-commits:N (crash tests only): die with SIGKILL right
    // after the Nth mutation commits, before its answer leaves.
    const QString fault = qEnvironmentVariable("QUITA_SERVER_FAULT");
    if (fault.startsWith(QLatin1String("kill-after-commits:"))) {
        const int limit = fault.section(QLatin1Char(':'), 1).toInt();
        runtime.api().setAfterCommitHook(
            [limit, commits = std::make_shared<QAtomicInt>(0)](const QString &) {
                if (commits->fetchAndAddOrdered(1) + 1 >= limit)
                    ::kill(::getpid(), SIGKILL);
            });
    }
    if (QString why; !runtime.start(&why))
        return fail(why);
    std::printf("quita-server %s listening on %s:%u%s (store %s)\n", QUITA_VERSION,
                qPrintable(host), runtime.port(), runtime.tls() ? " with TLS" : "",
                qPrintable(store.displayName()));
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::printf("quita-server: stopping\n");
    runtime.stop();
    return 0;
}
