// quita-bench server: an in-process quita-server (the same ServerRuntime as the binary)
// on a generated store, measured over loopback:
//   initial_sync_s             SyncEngine filling an empty desktop store (admin: everything)
//   initial_sync_cpu_s         its CPU time, desk and server threads together (steadier than
//                              the wall time on a loaded machine)
//   initial_sync_raw_insert_s  baseline: the same rows by bare prepared INSERTs, one transaction
//   pull_p50_ms / pull_p99_ms  200 simulated agents pulling (think time 0.5-1.5 s) while
//                              activities are pushed at 20/s
//   poke_to_visible_ms         a gateway event posted -> the desk's store has it (via the
//                              WebSocket poke, pull and apply)
#include "ServerBench.h"

#include "BenchHttp.h"
#include "app/ServerRuntime.h"
#include "auth/Passwords.h"
#include "demo/DemoSeeder.h"
#include "store/Database.h"
#include "sync/Entities.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <future>
#include <mutex>

#include <random>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace quita;
using namespace quita::server;
namespace http = boost::beast::http;

namespace quita::bench {
namespace {

const QString kPassword = QStringLiteral("quita-demo");

struct ServerSpec
{
    int debtors = 50000;
    qint64 activities = 500000;
    int agents = 200;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = std::size_t(p * double(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

// The server store for `spec`, generated once and reused (a .spec file records it).
Result<bool> prepareServerStore(const QString &path, const ServerSpec &spec, bool verbose)
{
    const QString specText = QStringLiteral("debtors=%1 activities=%2 agents=%3\n")
                                 .arg(spec.debtors)
                                 .arg(spec.activities)
                                 .arg(spec.agents);
    QFile specFile(path + QStringLiteral(".spec"));
    if (QFile::exists(path) && specFile.open(QIODevice::ReadOnly) &&
        QString::fromUtf8(specFile.readAll()) == specText)
        return false;
    specFile.close();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".spec")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    ServerStore store(path);
    if (auto migrated = store.migrate(); !migrated)
        return migrated.error();
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    DemoSeeder seeder(store, clock);
    if (auto users = seeder.seedUsers(kPassword); !users)
        return users.error();
    // The agents share one argon2id hash (computing 200 would only slow the set-up).
    QSqlDatabase db = store.connection();
    const QString hash = Passwords::hash(kPassword);
    QString carla;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM app_user WHERE username = 'carla'"));
        if (q.next())
            carla = q.value(0).toString();
    }
    QStringList agents;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO app_user (id, username, display_name, role, "
                                  "supervisor_id, password_hash, created_at) VALUES "
                                  "(?,?,?,'agent',?,?,0)"));
    for (int i = 1; i <= spec.agents; ++i) {
        const QString id = newId();
        insert.bindValue(0, id);
        insert.bindValue(1, QStringLiteral("agent%1").arg(i, 3, 10, QLatin1Char('0')));
        insert.bindValue(2, QStringLiteral("Agente %1").arg(i));
        insert.bindValue(3, carla);
        insert.bindValue(4, hash);
        if (!insert.exec())
            return Error{QStringLiteral("sql"), {}, insert.lastError().text()};
        agents.append(id);
    }
    DemoOptions options;
    options.debtors = spec.debtors;
    options.activities = spec.activities;
    options.today = clock.today();
    if (verbose)
        std::fprintf(stderr, "  seeding the server store: %d debtors, %lld activities...\n",
                     spec.debtors, static_cast<long long>(spec.activities));
    if (auto seeded = seeder.seedPortfolio(options, agents); !seeded)
        return seeded.error();
    if (verbose)
        std::fprintf(stderr, "  seeded in %.1f s\n", double(timer.elapsed()) / 1000.0);
    if (!specFile.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("io"), {}, QStringLiteral("cannot write %1").arg(path)};
    specFile.write(specText.toUtf8());
    return true;
}

// A session for `userId` written straight into the store (the benchmark's agents do not
// spend 200 argon2id logins); returns the token.
QString openSession(QSqlDatabase db, const QString &userId)
{
    const QString token = Passwords::newToken();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO app_session (token_hash, user_id, created_at, "
                             "expires_at) VALUES (?,?,?,?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(Passwords::tokenHash(token));
    q.addBindValue(userId);
    q.addBindValue(now);
    q.addBindValue(now + 12LL * 3600 * 1000);
    return q.exec() ? token : QString();
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The same rows as the sync brought, read from the server and inserted bare into an
// empty desktop store in one transaction; only the INSERTs are timed.
Result<double> rawInsertSeconds(QSqlDatabase server, const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    QSqlDatabase local = opened.value()->connection();
    double seconds = 0;
    local.transaction();
    for (const Entity *entity : {&entities::creditor(), &entities::portfolio(), &entities::debtor(),
                                 &entities::contactPoint(), &entities::title(),
                                 &entities::promise(), &entities::activity()}) {
        QSqlQuery read(server);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2")
                           .arg(entity->selectList(), QLatin1String(entity->name))))
            return Error{QStringLiteral("sql"), {}, read.lastError().text()};
        QSqlQuery write(local);
        write.prepare(entity->insertSql());
        const int columns = int(entity->columns.size());
        while (read.next()) {
            for (int c = 0; c < columns; ++c)
                write.bindValue(c, read.value(c));
            QElapsedTimer t;
            t.start();
            const bool ok = write.exec();
            seconds += double(t.nsecsElapsed()) / 1e9;
            if (!ok)
                return Error{QStringLiteral("sql"), {}, write.lastError().text()};
        }
    }
    QElapsedTimer t;
    t.start();
    local.commit();
    return seconds + double(t.nsecsElapsed()) / 1e9;
}

// CPU time (user + system) of the whole process so far, in seconds.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct SyncFigures
{
    double initialSyncS = 0;
    double cpuS = 0; // client and server together
    qint64 debtors = 0;
    qint64 activities = 0;
};

} // namespace

int runServerBench(int argc, char *argv[])
{
    // argv[1] is "server"
    std::vector<char *> args{argv[0]};
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    int count = int(args.size());
    QCoreApplication app(count, args.data());
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "quita-bench server: initial sync, pull latency under many agents, poke to visible.\n"
        "The server store is generated once per size and reused."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption debtors(QStringLiteral("debtors"),
                                     QStringLiteral("Debtors (default 50000)."),
                                     QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption activities(QStringLiteral("activities"),
                                        QStringLiteral("Activities (default 500000)."),
                                        QStringLiteral("n"), QStringLiteral("500000"));
    const QCommandLineOption agents(QStringLiteral("agents"),
                                    QStringLiteral("Simulated agents pulling (default 200)."),
                                    QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Length of the pull load (default 20)."),
                                     QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption pokes(QStringLiteral("pokes"),
                                   QStringLiteral("Gateway events timed to visible (default 20)."),
                                   QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder of the generated server store."),
                                     QStringLiteral("dir"));
    parser.addOptions({json, debtors, activities, agents, seconds, pokes, dataDir});
    parser.process(app);
    ServerSpec spec;
    bool ok[5] = {};
    spec.debtors = parser.value(debtors).toInt(&ok[0]);
    spec.activities = parser.value(activities).toLongLong(&ok[1]);
    spec.agents = parser.value(agents).toInt(&ok[2]);
    const int loadSeconds = parser.value(seconds).toInt(&ok[3]);
    const int pokeCount = parser.value(pokes).toInt(&ok[4]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || spec.debtors < 10 ||
        spec.activities < 0 || spec.agents < 1 || loadSeconds < 1 || pokeCount < 1) {
        std::fprintf(stderr, "quita-bench server: --debtors (>= 10), --activities, --agents, "
                             "--seconds and --pokes (>= 1) take whole numbers\n");
        return 2;
    }
    const bool verbose = !parser.isSet(json);
    if (!Passwords::initialize())
        return 1;
    const QString directory = parser.isSet(dataDir)
                                  ? parser.value(dataDir)
                                  : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("bench-server-%1-%2-%3.sqlite")
                                                      .arg(spec.debtors)
                                                      .arg(spec.activities)
                                                      .arg(spec.agents));
    if (auto prepared = prepareServerStore(path, spec, verbose); !prepared) {
        std::fprintf(stderr, "quita-bench server: %s\n", qPrintable(prepared.error().message));
        return 1;
    }

    ServerStore store(path);
    if (auto migrated = store.migrate(); !migrated) {
        std::fprintf(stderr, "quita-bench server: %s\n", qPrintable(migrated.error().message));
        return 1;
    }
    SystemClock clock;
    HttpServer::Options options;
    options.port = 0;
    ServerRuntime runtime(store, clock, options);
    if (QString why; !runtime.start(&why)) {
        std::fprintf(stderr, "quita-bench server: %s\n", qPrintable(why));
        return 1;
    }
    const std::uint16_t port = runtime.port();
    QSqlDatabase db = store.connection();

    // 1. Initial sync of everything (admin's scope) into an empty desktop store.
    QTemporaryDir desk;
    const QString deskStore = desk.filePath(QStringLiteral("desk.sqlite"));
    SyncEngine::Options engineOptions;
    engineOptions.pullLimit = 5000;
    auto *engine = new SyncEngine(deskStore, engineOptions);
    QThread engineThread;
    engine->moveToThread(&engineThread);
    engineThread.start();
    QElapsedTimer syncTimer;
    QEventLoop waitSync;
    bool signedIn = false;
    double cpuAtStart = 0;
    QObject::connect(engine, &SyncEngine::signedIn, &waitSync, [&] {
        signedIn = true;
        syncTimer.start();
        cpuAtStart = processCpuSeconds();
    });
    QObject::connect(engine, &SyncEngine::signInFailed, &waitSync, [&](const QString &why) {
        std::fprintf(stderr, "quita-bench server: sign-in failed: %s\n", qPrintable(why));
        waitSync.quit();
    });
    QObject::connect(engine, &SyncEngine::syncFailed, &waitSync, [&](const QString &why) {
        std::fprintf(stderr, "quita-bench server: sync failed: %s\n", qPrintable(why));
        waitSync.quit();
    });
    QObject::connect(engine, &SyncEngine::syncFinished, &waitSync, &QEventLoop::quit);
    QMetaObject::invokeMethod(engine, &SyncEngine::start);
    QMetaObject::invokeMethod(engine, [engine, port] {
        engine->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        engine->login(QStringLiteral("admin"), kPassword);
    });
    if (verbose)
        std::fprintf(stderr, "  initial sync as admin...\n");
    waitSync.exec();
    SyncFigures sync;
    sync.initialSyncS = signedIn ? double(syncTimer.nsecsElapsed()) / 1e9 : -1;
    sync.cpuS = signedIn ? processCpuSeconds() - cpuAtStart : -1;
    {
        auto opened = Database::open(deskStore);
        if (opened) {
            sync.debtors =
                scalar(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM debtor"));
            sync.activities = scalar(opened.value()->connection(),
                                     QStringLiteral("SELECT count(*) FROM activity"));
        }
    }
    const auto raw = rawInsertSeconds(db, desk.filePath(QStringLiteral("raw.sqlite")));
    if (!raw) {
        std::fprintf(stderr, "quita-bench server: raw insert: %s\n",
                     qPrintable(raw.error().message));
        return 1;
    }

    // 2. Pull latency: the agents, each on its own thread and connection, pull their
    // feed after a think time while a writer pushes activities for random debtors.
    struct Agent
    {
        std::string token;
        std::vector<std::string> debtors;
    };
    std::vector<Agent> team;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT id FROM app_user WHERE username LIKE 'agent%' ORDER BY username"));
        QHash<QString, int> index;
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        for (const QString &id : ids) {
            index.insert(id, int(team.size()));
            team.push_back(Agent{openSession(db, id).toStdString(), {}});
        }
        QSqlQuery d(db);
        d.exec(QStringLiteral("SELECT id, agent_id FROM debtor WHERE agent_id IS NOT NULL"));
        while (d.next()) {
            const auto it = index.constFind(d.value(1).toString());
            if (it != index.constEnd())
                team[std::size_t(*it)].debtors.push_back(d.value(0).toString().toStdString());
        }
    }
    const qint64 head =
        scalar(db, QStringLiteral("SELECT value FROM sync_counter WHERE name = 'change_seq'"));
    std::mutex samplesMutex;
    std::vector<double> samples;
    std::atomic<int> failures{0};
    std::atomic<int> writes{0};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(loadSeconds);
    if (verbose)
        std::fprintf(stderr, "  %zu agents pulling for %d s...\n", team.size(), loadSeconds);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < team.size(); ++i) {
        threads.emplace_back([&, i] {
            BenchHttp client("127.0.0.1", port);
            std::mt19937 rng(unsigned(i) * 7919u + 1u);
            std::uniform_int_distribution<int> think(500, 1500);
            qint64 cursor = head;
            std::vector<double> mine;
            std::this_thread::sleep_for(std::chrono::milliseconds(think(rng) - 500));
            while (std::chrono::steady_clock::now() < deadline) {
                const auto t0 = std::chrono::steady_clock::now();
                const auto reply = client.request(
                    http::verb::get,
                    "/api/v1/sync/pull?limit=1000&cursor=" + std::to_string(cursor), team[i].token);
                const auto t1 = std::chrono::steady_clock::now();
                if (!reply || reply->status != 200) {
                    ++failures;
                } else {
                    mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                    const QJsonObject page =
                        QJsonDocument::fromJson(QByteArray::fromStdString(reply->body)).object();
                    cursor = page.value(QStringLiteral("next_cursor")).toInteger();
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(think(rng)));
            }
            std::lock_guard lock(samplesMutex);
            samples.insert(samples.end(), mine.begin(), mine.end());
        });
    }
    std::thread writer([&] {
        BenchHttp client("127.0.0.1", port);
        std::mt19937 rng(42);
        while (std::chrono::steady_clock::now() < deadline) {
            const Agent &agent = team[std::size_t(rng() % team.size())];
            if (!agent.debtors.empty()) {
                const std::string &debtor = agent.debtors[rng() % agent.debtors.size()];
                const QJsonObject m{
                    {QStringLiteral("mutation_id"), newId()},
                    {QStringLiteral("name"), QStringLiteral("activity.create")},
                    {QStringLiteral("args"),
                     QJsonObject{
                         {QStringLiteral("id"), newId()},
                         {QStringLiteral("debtor_id"), QString::fromStdString(debtor)},
                         {QStringLiteral("channel"), QStringLiteral("phone")},
                         {QStringLiteral("direction"), QStringLiteral("outbound")},
                         {QStringLiteral("result"), QStringLiteral("no_answer")},
                         {QStringLiteral("occurred_at"), QDateTime::currentMSecsSinceEpoch()}}}};
                const QJsonObject body{{QStringLiteral("client_id"), QStringLiteral("bench")},
                                       {QStringLiteral("mutations"), QJsonArray{m}}};
                if (client.request(
                        http::verb::post, "/api/v1/sync/push", agent.token,
                        QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString()))
                    ++writes;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    for (std::thread &t : threads)
        t.join();
    writer.join();

    // 3. Poke to visible: a gateway event for a debtor; the admin's desk (still signed in,
    // its WebSocket open) is poked, pulls and applies it.
    QString adminToken;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM app_user WHERE username = 'admin'"));
        if (q.next())
            adminToken = openSession(db, q.value(0).toString());
    }
    BenchHttp adminClient("127.0.0.1", port);
    const auto integration = adminClient.request(
        http::verb::post, "/api/v1/admin/integrations", adminToken.toStdString(),
        QJsonDocument(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("bench-%1").arg(newId())}})
            .toJson(QJsonDocument::Compact)
            .toStdString());
    const std::string key =
        integration ? QJsonDocument::fromJson(QByteArray::fromStdString(integration->body))
                          .object()
                          .value(QStringLiteral("api_key"))
                          .toString()
                          .toStdString()
                    : std::string();
    std::vector<double> pokeSamples;
    std::mutex waitMutex;
    QString awaitedDebtor;
    std::promise<std::chrono::steady_clock::time_point> *seen = nullptr;
    QObject::connect(
        engine, &SyncEngine::dataChanged, engine,
        [&](const QStringList &debtorIds) {
            const auto now = std::chrono::steady_clock::now();
            std::lock_guard lock(waitMutex);
            if (seen && debtorIds.contains(awaitedDebtor)) {
                seen->set_value(now);
                seen = nullptr;
            }
        },
        Qt::DirectConnection);
    std::mt19937 rng(7);
    QThread::msleep(500); // let the load's pokes drain
    for (int i = 0; i < pokeCount && !key.empty(); ++i) {
        const Agent &agent = team[std::size_t(rng() % team.size())];
        if (agent.debtors.empty())
            continue;
        const QString debtor = QString::fromStdString(agent.debtors[rng() % agent.debtors.size()]);
        std::promise<std::chrono::steady_clock::time_point> promise;
        auto future = promise.get_future();
        {
            std::lock_guard lock(waitMutex);
            awaitedDebtor = debtor;
            seen = &promise;
        }
        const QJsonObject event{
            {QStringLiteral("external_id"), newId()},
            {QStringLiteral("debtor_id"), debtor},
            {QStringLiteral("channel"), QStringLiteral("sms")},
            {QStringLiteral("direction"), QStringLiteral("inbound")},
            {QStringLiteral("result"), QStringLiteral("replied")},
            {QStringLiteral("occurred_at"), QDateTime::currentMSecsSinceEpoch()},
            {QStringLiteral("summary"), QStringLiteral("Resposta por SMS")}};
        const auto t0 = std::chrono::steady_clock::now();
        const auto posted =
            adminClient.request(http::verb::post, "/api/v1/activities", key,
                                QJsonDocument(event).toJson(QJsonDocument::Compact).toStdString());
        if (!posted || posted->status != 201 ||
            future.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            std::lock_guard lock(waitMutex);
            seen = nullptr;
            ++failures;
            continue;
        }
        pokeSamples.push_back(std::chrono::duration<double, std::milli>(future.get() - t0).count());
        QThread::msleep(100);
    }
    QMetaObject::invokeMethod(engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    engineThread.quit();
    engineThread.wait();
    runtime.stop();

    const double p50 = percentile(samples, 0.50);
    const double p99 = percentile(samples, 0.99);
    const double poke = percentile(pokeSamples, 0.50);
    const double ratio = *raw > 0 ? sync.initialSyncS / *raw : 0;
    if (parser.isSet(json)) {
        const QJsonObject o{
            {QStringLiteral("initial_sync_s"), sync.initialSyncS},
            {QStringLiteral("initial_sync_raw_insert_s"), *raw},
            {QStringLiteral("initial_sync_ratio"), ratio},
            {QStringLiteral("initial_sync_cpu_s"), sync.cpuS},
            {QStringLiteral("synced_debtors"), sync.debtors},
            {QStringLiteral("synced_activities"), sync.activities},
            {QStringLiteral("pull_p50_ms"), p50},
            {QStringLiteral("pull_p99_ms"), p99},
            {QStringLiteral("pull_requests"), qint64(samples.size())},
            {QStringLiteral("agents"), qint64(team.size())},
            {QStringLiteral("writes"), writes.load()},
            {QStringLiteral("poke_to_visible_ms"), poke},
            {QStringLiteral("poke_to_visible_p95_ms"), percentile(pokeSamples, 0.95)},
            {QStringLiteral("failures"), failures.load()}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return failures.load() == 0 ? 0 : 1;
    }
    std::printf("server store: %d debtors, %lld activities, %zu agents\n", spec.debtors,
                static_cast<long long>(spec.activities), team.size());
    std::printf("%-26s %10s  %s\n", "figure", "value", "target / note");
    std::printf("%-26s %10.2f  <= 30 s and <= 4x raw (ratio %.2f; %lld debtors, %lld activities)\n",
                "initial_sync_s", sync.initialSyncS, ratio, static_cast<long long>(sync.debtors),
                static_cast<long long>(sync.activities));
    std::printf("%-26s %10.2f  CPU time of the sync, desk and server threads together\n",
                "initial_sync_cpu_s", sync.cpuS);
    std::printf("%-26s %10.2f  baseline: the same rows by bare prepared INSERTs\n",
                "initial_sync_raw_insert_s", *raw);
    std::printf("%-26s %10.2f  %zu pulls by %zu agents (think 0.5-1.5 s), %d writes\n",
                "pull_p50_ms", p50, samples.size(), team.size(), writes.load());
    std::printf("%-26s %10.2f  <= 100 ms\n", "pull_p99_ms", p99);
    std::printf("%-26s %10.2f  <= 500 ms (median of %zu; p95 %.2f)\n", "poke_to_visible_ms", poke,
                pokeSamples.size(), percentile(pokeSamples, 0.95));
    if (failures.load() > 0)
        std::printf("failures: %d\n", failures.load());
    return failures.load() == 0 ? 0 : 1;
}

} // namespace quita::bench
