// quita-bench: the performance figures of the foundation issue, measured on a generated
// store (200k debtors / 2M activities by default). Prints each figure with its target
// and, for the timeline, the ratio to its raw baseline (a bare prepared query).
#include "BenchStore.h"
#include "NegotiationBench.h"
#include "ServerBench.h"

#include "item/TimelineModel.h"
#include "item/WorkQueueModel.h"
#include "store/Database.h"
#include "store/DebtorSearchIndex.h"
#include "store/WorkQueueRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace quita;

namespace quita::bench {
int runProtestBench(int argc, char *argv[]); // ProtestBench.cpp: `quita-bench protest`
int runKpiBench(int argc, char *argv[]);     // KpiBench.cpp: `quita-bench kpi`
} // namespace quita::bench

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Median of `runs` timed calls (after one warm-up call).
double medianMs(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        samples.push_back(elapsedMs(t));
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QString scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "server") == 0)
        return bench::runServerBench(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "protest") == 0)
        return bench::runProtestBench(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "kpi") == 0)
        return bench::runKpiBench(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "negotiation") == 0)
        return bench::runNegotiationBench(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quita-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Quita's timeline, search, work queue and start-up on a generated store.\n"
        "`quita-bench server --help`: the central server's figures (sync, pull, pokes).\n"
        "`quita-bench negotiation --help`: simulate_us and agreement_create_ms.\n"
        "The store is generated once per size and reused (a .spec file beside it records the "
        "size)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object instead of a table."));
    const QCommandLineOption debtors(QStringLiteral("debtors"),
                                     QStringLiteral("Debtors in the store (default 200000)."),
                                     QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption activities(
        QStringLiteral("activities"), QStringLiteral("Activities in the store (default 2000000)."),
        QStringLiteral("n"), QStringLiteral("2000000"));
    const QCommandLineOption heavy(
        QStringLiteral("heavy"),
        QStringLiteral("Activities of the debtor whose timeline is opened (default 10000)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the generated store (default: the cache folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs per figure (median; default 15)."),
                                  QStringLiteral("n"), QStringLiteral("15"));
    parser.addOptions({json, debtors, activities, heavy, dataDir, runs});
    parser.process(app);

    bench::StoreSpec spec;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    spec.debtors = parser.value(debtors).toInt(&ok1);
    spec.activities = parser.value(activities).toLongLong(&ok2);
    spec.heavyDebtorActivities = parser.value(heavy).toInt(&ok3);
    const int timedRuns = parser.value(runs).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || spec.debtors < 10 || spec.activities < 0 ||
        spec.heavyDebtorActivities < 100 || timedRuns < 1) {
        std::fprintf(stderr, "quita-bench: --debtors (>= 10), --activities (>= 0), --heavy (>= "
                             "100) and --runs (>= 1) "
                             "take whole numbers\n");
        return 2;
    }
    const QString directory = parser.isSet(dataDir)
                                  ? parser.value(dataDir)
                                  : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("bench-%1-%2-%3.sqlite")
                                                      .arg(spec.debtors)
                                                      .arg(spec.activities)
                                                      .arg(spec.heavyDebtorActivities));

    const auto prepared = bench::prepareStore(path, spec, !parser.isSet(json));
    if (!prepared) {
        std::fprintf(stderr, "quita-bench: %s\n", qPrintable(prepared.error().message));
        return 1;
    }
    if (prepared.value()) {
        // Measure in a fresh process so that generation does not count in the peak RSS.
        execv("/proc/self/exe", argv);
        std::perror("quita-bench: re-exec");
        return 1;
    }

    // Start-up: what the desktop does before its window can show: open (and check) the
    // store, build today's queue, open the first debtor's timeline.
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    QElapsedTimer startup;
    startup.start();
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "quita-bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    QSqlDatabase db = database->connection();
    WorkQueueModel queue(db, clock);
    queue.reload();
    TimelineModel startupTimeline(db);
    startupTimeline.setDebtor(queue.debtorAt(0));
    const double startupMs = elapsedMs(startup);

    const QUuid heavyDebtor = QUuid::fromString(
        scalar(db, QStringLiteral("SELECT id FROM debtor ORDER BY rowid LIMIT 1")));
    const int heavyCount =
        scalar(db, QStringLiteral("SELECT count(*) FROM activity WHERE debtor_id = '%1'")
                       .arg(heavyDebtor.toString(QUuid::WithoutBraces)))
            .toInt();

    // Timeline: the model from setDebtor() to 100 rows in it, against a bare prepared query.
    TimelineModel timeline(db);
    const double timelineMs = medianMs(timedRuns, [&] {
        timeline.setDebtor(heavyDebtor);
        if (timeline.rowCount() != 100)
            std::fprintf(stderr, "quita-bench: timeline returned %d rows\n", timeline.rowCount());
    });
    QSqlQuery raw(db);
    raw.setForwardOnly(true);
    raw.prepare(QStringLiteral(
        "SELECT id, debtor_id, channel, direction, result, occurred_at, agent, summary, body, "
        "callback_at FROM activity WHERE debtor_id = ? ORDER BY occurred_at DESC, id DESC LIMIT "
        "100"));
    const QString heavyId = heavyDebtor.toString(QUuid::WithoutBraces);
    const double rawMs = medianMs(timedRuns, [&] {
        raw.addBindValue(heavyId);
        raw.exec();
        int rows = 0;
        while (raw.next()) {
            for (int c = 0; c < 10; ++c)
                (void)raw.value(c);
            ++rows;
        }
        raw.finish();
    });

    // Search: the worst of a name prefix, a CPF prefix and a phone number.
    DebtorSearchIndex search(db);
    const QString name = scalar(db, QStringLiteral("SELECT name FROM debtor WHERE rowid = 1000"));
    const QString nameQuery = name.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') +
                              name.section(QLatin1Char(' '), 1, 1).left(3);
    const QString cpf =
        scalar(db, QStringLiteral("SELECT document FROM debtor WHERE rowid = 2000"));
    const QString cpfQuery =
        cpf.left(3) + QLatin1Char('.') + cpf.mid(3, 3) + QLatin1Char('.') + cpf.mid(6, 1);
    const QString phone = scalar(
        db,
        QStringLiteral("SELECT value FROM contact_point WHERE kind = 'phone' LIMIT 1 OFFSET 3000"));
    const QString phoneQuery = QStringLiteral("(%1) %2").arg(phone.left(2), phone.mid(2, 5));
    int hits[3] = {0, 0, 0};
    const double byName =
        medianMs(timedRuns, [&] { hits[0] = int(search.search(nameQuery, 50).size()); });
    const double byCpf =
        medianMs(timedRuns, [&] { hits[1] = int(search.search(cpfQuery, 50).size()); });
    const double byPhone =
        medianMs(timedRuns, [&] { hits[2] = int(search.search(phoneQuery, 50).size()); });
    const double searchMs = std::max({byName, byCpf, byPhone});

    int queueSize = 0;
    const double queueMs = medianMs(std::max(3, timedRuns / 5), [&] {
        queueSize = int(WorkQueueRepository(db).build(clock.nowUtc(), clock.today()).size());
    });
    const double rssMb = peakRssMb();
    const int debtorCount = scalar(db, QStringLiteral("SELECT count(*) FROM debtor")).toInt();
    const qint64 activityCount =
        scalar(db, QStringLiteral("SELECT count(*) FROM activity")).toLongLong();

    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("timeline_first_page_ms"), timelineMs},
                      {QStringLiteral("timeline_raw_query_ms"), rawMs},
                      {QStringLiteral("timeline_ratio"), timelineMs / rawMs},
                      {QStringLiteral("debtor_search_ms"), searchMs},
                      {QStringLiteral("work_queue_build_ms"), queueMs},
                      {QStringLiteral("startup_ms"), startupMs},
                      {QStringLiteral("peak_rss_mb"), rssMb},
                      {QStringLiteral("debtors"), debtorCount},
                      {QStringLiteral("activities"), activityCount},
                      {QStringLiteral("heavy_debtor_activities"), heavyCount},
                      {QStringLiteral("queue_size"), queueSize}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("store: %d debtors, %lld activities; timeline debtor has %d activities; median of "
                "%d runs\n",
                debtorCount, static_cast<long long>(activityCount), heavyCount, timedRuns);
    std::printf("%-24s %10s  %s\n", "figure", "value", "target / note");
    std::printf("%-24s %10.3f  <= 20 ms and <= 3x raw (ratio %.2f)\n", "timeline_first_page_ms",
                timelineMs, timelineMs / rawMs);
    std::printf("%-24s %10.3f  baseline: bare prepared query, same 100 rows\n",
                "timeline_raw_query_ms", rawMs);
    std::printf("%-24s %10.3f  <= 20 ms (name %.3f [%d hits], CPF %.3f [%d], phone %.3f [%d])\n",
                "debtor_search_ms", searchMs, byName, hits[0], byCpf, hits[1], byPhone, hits[2]);
    std::printf("%-24s %10.3f  <= 500 ms (%d debtors in the queue)\n", "work_queue_build_ms",
                queueMs, queueSize);
    std::printf("%-24s %10.3f  open + check store, build queue, first timeline page\n",
                "startup_ms", startupMs);
    std::printf("%-24s %10.1f  <= 300 MB\n", "peak_rss_mb", rssMb);
    return 0;
}
