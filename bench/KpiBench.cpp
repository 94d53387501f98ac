// quita-bench kpi: the team report of issue 6 on a generated server store (SQLite, the
// server's migrations): 100 agents under one supervisor, 2M activities in the last 90
// days, with promises, agreements, installments and payments.
//   kpi_rollup_build_ms   building the daily activity rollup from the whole activity table,
//                         once (what the first report after migration 0007 pays)
//   kpi_team_90d_ms       the supervisor's full report over 90 days (rollup refresh, which
//                         finds nothing new, and KpiQuery::report), median of --runs
//   kpi_raw_group_by_ms   baseline: a bare SELECT channel, count(*) ... GROUP BY channel over
//                         the same 90 days of activity rows (no join, no other figure)
//   kpi_team_90d_cpu_ms   the report's CPU time (user + system), median: steadier than the
//                         wall time when other work shares the machine
// The ratio is kpi_team_90d_ms / kpi_raw_group_by_ms.
#include "api/ServerStore.h"
#include "auth/Passwords.h"
#include "demo/DemoSeeder.h"
#include "domain/kpi/KpiDefinitions.h"
#include "kpi/KpiRollup.h"
#include "store/KpiQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace quita;
using namespace quita::server;

namespace quita::bench {
namespace {

struct KpiSpec
{
    int agents = 100;
    qint64 activities = 2000000;
    int days = 90;
    int debtors = 0; // 0: 1,000 per agent
};

const QDate kToday(2026, 11, 30);

QString seqId(int kind, qint64 n)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The median CPU time (user + system) of `runs` calls: steadier than wall time on a
// loaded machine (the report runs on one thread).
double medianCpuMs(int runs, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuMs();
        work();
        samples.push_back(cpuMs() - start);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double medianMs(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

class Generator
{
public:
    Generator(QSqlDatabase db, const KpiSpec &spec) : m_db(std::move(db)), m_spec(spec) {}

    Status run(const QStringList &agents)
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = -400000"));
        if (!m_db.transaction())
            return fail(q);
        exec(QStringLiteral("INSERT INTO creditor (id, name, document, updated_at) VALUES "
                            "('%1', 'Banco Bench', '61472803000199', 0)")
                 .arg(seqId(1, 1)));
        for (int p = 0; p < 4; ++p)
            exec(QStringLiteral("INSERT INTO portfolio (id, creditor_id, name, updated_at) VALUES "
                                "('%1', '%2', 'Carteira %3', 0)")
                     .arg(seqId(2, p), seqId(1, 1))
                     .arg(p));
        const int debtors = m_spec.debtors > 0 ? m_spec.debtors : m_spec.agents * 1000;
        QSqlQuery debtor(m_db), title(m_db);
        debtor.prepare(QStringLiteral(
            "INSERT INTO debtor (id, portfolio_id, name, document, state, placed_on, "
            "total_due_cents, agent_id, updated_at) VALUES (?,?,?,?, 'SP', ?,?,?, 0)"));
        title.prepare(QStringLiteral(
            "INSERT INTO title (id, debtor_id, number, issued_on, due_on, principal_cents, "
            "open_balance_cents, updated_at) VALUES (?,?,?,?,?,?,?, 0)"));
        std::uniform_int_distribution<int> placedDays(0, 540), lateDays(0, 400);
        std::uniform_int_distribution<qint64> amount(5000, 900000);
        for (int i = 0; i < debtors; ++i) {
            const QString id = seqId(3, i);
            const QDate placed = kToday.addDays(-placedDays(m_rng));
            const QDate due = placed.addDays(-lateDays(m_rng) % 200 - 1);
            const qint64 cents = amount(m_rng);
            for (const QVariant &v :
                 {QVariant(id), QVariant(seqId(2, i % 4)),
                  QVariant(QStringLiteral("Devedor %1").arg(i)),
                  QVariant(QStringLiteral("%1").arg(i, 11, 10, QLatin1Char('0'))),
                  QVariant(placed.toString(Qt::ISODate)), QVariant(cents),
                  i % 10 == 9 ? QVariant() : QVariant(agents[i % agents.size()])})
                debtor.addBindValue(v);
            if (!debtor.exec())
                return fail(debtor);
            for (const QVariant &v :
                 {QVariant(seqId(4, i)), QVariant(id), QVariant(QStringLiteral("CTR%1").arg(i)),
                  QVariant(due.addDays(-30).toString(Qt::ISODate)),
                  QVariant(due.toString(Qt::ISODate)), QVariant(cents), QVariant(cents)})
                title.addBindValue(v);
            if (!title.exec())
                return fail(title);
        }
        if (auto s = activities(debtors); !s)
            return s;
        if (auto s = agreements(debtors); !s)
            return s;
        return m_db.commit() ? Status(Done{}) : fail(q);
    }

private:
    Status fail(const QSqlQuery &q)
    {
        m_db.rollback();
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            std::fprintf(stderr, "quita-bench kpi: %s\n", qPrintable(q.lastError().text()));
    }

    // Activities debtor by debtor (the timeline index grows in order), in working hours.
    Status activities(int debtors)
    {
        QSqlQuery a(m_db), p(m_db);
        a.prepare(QStringLiteral("INSERT INTO activity (id, debtor_id, channel, direction, result, "
                                 "occurred_at, agent, summary, updated_at) VALUES "
                                 "(?,?,?,?,?,?,'Agente','',0)"));
        p.prepare(QStringLiteral("INSERT INTO promise (id, debtor_id, activity_id, due_on, "
                                 "amount_cents, status, updated_at) VALUES (?,?,?,?,?,?,0)"));
        const QStringList callResults{"no_answer", "no_answer", "busy",        "left_message",
                                      "no_answer", "rpc",       "rpc",         "ptp",
                                      "refused",   "callback",  "third_party", "wrong_number"};
        const QStringList messageResults{"sent", "delivered", "delivered",
                                         "read", "replied",   "failed"};
        const QStringList channels{"phone", "phone", "phone", "sms", "whatsapp", "email"};
        const qint64 start = kpiDayStartMs(kToday.addDays(1 - m_spec.days));
        std::uniform_int_distribution<int> day(0, m_spec.days - 1), hour(8, 19), minute(0, 3599),
            pick(0, 1 << 20);
        qint64 made = 0;
        for (int i = 0; i < debtors; ++i) {
            const qint64 share = m_spec.activities / debtors + (i < m_spec.activities % debtors);
            std::vector<qint64> times;
            for (qint64 k = 0; k < share; ++k)
                times.push_back(start + day(m_rng) * kMsPerDay + hour(m_rng) * kMsPerHour +
                                minute(m_rng) * 1000);
            std::sort(times.begin(), times.end());
            for (qint64 at : times) {
                const QString &channel = channels[pick(m_rng) % channels.size()];
                const bool phone = channel == QLatin1String("phone");
                const bool inbound = pick(m_rng) % 10 == 0;
                const QString &result = phone ? callResults[pick(m_rng) % callResults.size()]
                                              : messageResults[pick(m_rng) % messageResults.size()];
                const QString id = seqId(5, m_activityCount++);
                for (const QVariant &v :
                     {QVariant(id), QVariant(seqId(3, i)), QVariant(channel),
                      QVariant(inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")),
                      QVariant(result), QVariant(at)})
                    a.addBindValue(v);
                if (!a.exec())
                    return fail(a);
                if (result == QLatin1String("ptp")) {
                    const QDate due = kpiDayOf(at).addDays(1 + pick(m_rng) % 14);
                    const int s = pick(m_rng) % 10;
                    for (const QVariant &v : {QVariant(seqId(6, made++)), QVariant(seqId(3, i)),
                                              QVariant(id), QVariant(due.toString(Qt::ISODate)),
                                              QVariant(10000 + pick(m_rng) % 90000),
                                              QVariant(due > kToday ? QStringLiteral("open")
                                                       : s < 5      ? QStringLiteral("kept")
                                                                    : QStringLiteral("broken"))})
                        p.addBindValue(v);
                    if (!p.exec())
                        return fail(p);
                }
            }
        }
        return Done{};
    }

    // One agreement in twenty debtors: three monthly installments, most of the due ones
    // paid; the unpaid past grace broke the agreement.
    Status agreements(int debtors)
    {
        QSqlQuery ag(m_db), in(m_db), pay(m_db);
        ag.prepare(QStringLiteral(
            "INSERT INTO agreement (id, debtor_id, creditor_id, kind, status, as_of, "
            "principal_cents, fine_cents, interest_cents, correction_cents, fees_cents, "
            "discount_cents, total_cents, monthly_rate_ppm, installment_count, title_ids, "
            "created_by, created_at, updated_at) VALUES (?,?,?, 'flat', ?, ?, ?,0,0,0,0,0,?,0,3, "
            "'[]', 'Agente', ?, 0)"));
        in.prepare(QStringLiteral(
            "INSERT INTO installment (id, agreement_id, debtor_id, creditor_id, number, due_on, "
            "amount_cents, our_number, status, paid_cents, paid_on, updated_at) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,0)"));
        pay.prepare(QStringLiteral(
            "INSERT INTO payment (id, debtor_id, agreement_id, installment_id, amount_cents, "
            "paid_on, source, created_at, updated_at) VALUES (?,?,?,?,?,?, 'import', 0, 0)"));
        std::uniform_int_distribution<int> day(0, 150), pick(0, 99);
        qint64 n = 0;
        for (int i = 0; i < debtors; i += 20, ++n) {
            const QDate created = kToday.addDays(-day(m_rng));
            const qint64 part = 20000 + pick(m_rng) * 500;
            bool broken = false;
            QList<QVariantList> installments, payments;
            for (int k = 0; k < 3; ++k) {
                const QDate due = created.addDays(5 + 30 * k);
                const bool paid = due <= kToday && pick(m_rng) < 75 && !broken;
                if (!paid && due.addDays(5) < kToday)
                    broken = true;
                const QString iid = seqId(8, n * 3 + k);
                installments.append(
                    {iid, seqId(7, n), seqId(3, i), seqId(1, 1), k + 1, due.toString(Qt::ISODate),
                     part, QStringLiteral("%1").arg(n * 3 + k),
                     paid ? QStringLiteral("paid") : QStringLiteral("open"), paid ? part : 0,
                     paid ? QVariant(due.toString(Qt::ISODate)) : QVariant()});
                if (paid)
                    payments.append({seqId(9, n * 3 + k), seqId(3, i), seqId(7, n), iid, part,
                                     due.addDays(-(pick(m_rng) % 4)).toString(Qt::ISODate)});
            }
            for (const QVariant &v :
                 {QVariant(seqId(7, n)), QVariant(seqId(3, i)), QVariant(seqId(1, 1)),
                  QVariant(broken ? QStringLiteral("broken") : QStringLiteral("active")),
                  QVariant(created.toString(Qt::ISODate)), QVariant(part * 3), QVariant(part * 3),
                  QVariant(kpiDayStartMs(created) + 12 * kMsPerHour)})
                ag.addBindValue(v);
            if (!ag.exec())
                return fail(ag);
            for (const QVariantList &row : std::as_const(installments)) {
                for (const QVariant &v : row)
                    in.addBindValue(v);
                if (!in.exec())
                    return fail(in);
            }
            for (const QVariantList &row : std::as_const(payments)) {
                for (const QVariant &v : row)
                    pay.addBindValue(v);
                if (!pay.exec())
                    return fail(pay);
            }
        }
        return Done{};
    }

    QSqlDatabase m_db;
    KpiSpec m_spec;
    std::mt19937_64 m_rng{20261130};
    qint64 m_activityCount = 0;
};

// The store for `spec`, generated once and reused (a .spec file records it); the agents'
// ids, supervisor first.
Result<QStringList> prepare(const QString &path, const KpiSpec &spec, bool verbose)
{
    const QString specText = QStringLiteral("agents=%1 activities=%2 days=%3 debtors=%4 v1\n")
                                 .arg(spec.agents)
                                 .arg(spec.activities)
                                 .arg(spec.days)
                                 .arg(spec.debtors);
    QFile specFile(path + QStringLiteral(".spec"));
    const bool reuse = QFile::exists(path) && specFile.open(QIODevice::ReadOnly) &&
                       QString::fromUtf8(specFile.readAll()) == specText;
    specFile.close();
    if (!reuse) {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".spec")})
            QFile::remove(path + suffix);
    }
    ServerStore store(path);
    if (auto migrated = store.migrate(); !migrated)
        return migrated.error();
    QSqlDatabase db = store.connection();
    QStringList ids;
    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        FixedClock clock(QDateTime(kToday, QTime(15, 0), Qt::UTC));
        if (auto users = DemoSeeder(store, clock).seedUsers(QStringLiteral("quita-demo")); !users)
            return users.error();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO app_user (id, username, display_name, role, supervisor_id, "
            "password_hash, created_at) VALUES (?,?,?,'agent',(SELECT id FROM app_user WHERE "
            "username = 'carla'),'x',0)"));
        for (int i = 1; i <= spec.agents; ++i) {
            insert.addBindValue(seqId(10, i));
            insert.addBindValue(QStringLiteral("kpi%1").arg(i, 3, 10, QLatin1Char('0')));
            insert.addBindValue(QStringLiteral("Agente %1").arg(i, 3, 10, QLatin1Char('0')));
            if (!insert.exec())
                return Error{QStringLiteral("sql"), {}, insert.lastError().text()};
            ids.append(seqId(10, i));
        }
        if (verbose)
            std::fprintf(stderr, "  generating %lld activities for %d agents...\n",
                         static_cast<long long>(spec.activities), spec.agents);
        if (auto done = Generator(db, spec).run(ids); !done)
            return done.error();
        QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
        if (verbose)
            std::fprintf(stderr, "  generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
        if (specFile.open(QIODevice::WriteOnly))
            specFile.write(specText.toUtf8());
    }
    return ids;
}

} // namespace

int runKpiBench(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("quita-bench kpi: the supervisor's team KPI report on a server store."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kpi"), QStringLiteral("This mode."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption agentsOpt(QStringLiteral("agents"), QStringLiteral("Agents (100)."),
                                       QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption activitiesOpt(QStringLiteral("activities"),
                                           QStringLiteral("Activities (2000000)."),
                                           QStringLiteral("n"), QStringLiteral("2000000"));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("Days (90)."),
                                     QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs (9)."),
                                     QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption dirOpt(QStringLiteral("data-dir"),
                                    QStringLiteral("Folder of the generated store."),
                                    QStringLiteral("dir"));
    parser.addOptions({json, agentsOpt, activitiesOpt, daysOpt, runsOpt, dirOpt});
    parser.process(app);
    KpiSpec spec;
    bool ok[4] = {};
    spec.agents = parser.value(agentsOpt).toInt(&ok[0]);
    spec.activities = parser.value(activitiesOpt).toLongLong(&ok[1]);
    spec.days = parser.value(daysOpt).toInt(&ok[2]);
    const int runs = parser.value(runsOpt).toInt(&ok[3]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || spec.agents < 1 ||
        spec.activities < 0 || spec.days < 1 || spec.days > kMaxKpiRangeDays || runs < 1) {
        std::fprintf(stderr, "quita-bench kpi: --agents, --activities, --days (1-400) and --runs "
                             "take whole numbers >= 1\n");
        return 2;
    }
    const bool verbose = !parser.isSet(json);
    const QString directory = parser.isSet(dirOpt)
                                  ? parser.value(dirOpt)
                                  : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(
        QStringLiteral("kpi-%1-%2-%3.sqlite").arg(spec.agents).arg(spec.activities).arg(spec.days));
    auto agents = prepare(path, spec, verbose);
    if (!agents) {
        std::fprintf(stderr, "quita-bench kpi: %s\n", qPrintable(agents.error().message));
        return 1;
    }
    ServerStore store(path);
    QSqlDatabase db = store.connection();
    KpiQueryFilter filter;
    filter.to = kToday;
    filter.today = kToday;
    filter.from = kToday.addDays(1 - spec.days);
    filter.source = KpiQueryFilter::Source::Rollup;
    QStringList scope;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT u.id, u.display_name FROM app_user u JOIN app_user s ON "
                              "s.id = u.supervisor_id WHERE s.username = 'carla' ORDER BY "
                              "u.display_name"));
        while (q.next()) {
            filter.agents.append({q.value(0).toString(), q.value(1).toString()});
            scope.append(q.value(0).toString());
        }
        q.exec(QStringLiteral("SELECT id FROM app_user WHERE username = 'carla'"));
        if (q.next())
            scope.append(q.value(0).toString());
    }
    filter.scopeAgentIds = scope;

    QSqlQuery(db).exec(QStringLiteral("UPDATE kpi_rollup_state SET value = -1"));
    QElapsedTimer build;
    build.start();
    if (auto built = KpiRollup::refresh(store, db); !built) {
        std::fprintf(stderr, "quita-bench kpi: %s\n", qPrintable(built.error().message));
        return 1;
    }
    const double buildMs = double(build.nsecsElapsed()) / 1e6;

    QJsonObject report;
    const double teamMs = medianMs(runs, [&] {
        if (auto fresh = KpiRollup::refresh(store, db); !fresh)
            std::fprintf(stderr, "quita-bench kpi: %s\n", qPrintable(fresh.error().message));
        auto r = KpiQuery::report(db, filter);
        if (!r) {
            std::fprintf(stderr, "quita-bench kpi: %s\n", qPrintable(r.error().message));
            std::exit(1);
        }
        report = r.value();
    });
    const auto teamReport = [&] {
        if (auto fresh = KpiRollup::refresh(store, db); !fresh)
            std::fprintf(stderr, "quita-bench kpi: %s\n", qPrintable(fresh.error().message));
        if (!KpiQuery::report(db, filter))
            std::exit(1);
    };
    const double teamCpuMs = medianCpuMs(runs, teamReport);
    qint64 rawRows = 0;
    const auto raw = [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT channel, count(*) FROM activity WHERE occurred_at >= %1 AND "
                              "occurred_at < %2 GROUP BY channel")
                   .arg(kpiDayStartMs(filter.from))
                   .arg(kpiDayStartMs(filter.to.addDays(1))));
        rawRows = 0;
        while (q.next())
            rawRows += q.value(1).toLongLong();
    };
    const double rawMs = medianMs(runs, raw);
    const double rawCpuMs = medianCpuMs(runs, raw);
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    const double ratio = rawMs > 0 ? teamMs / rawMs : 0;
    if (parser.isSet(json)) {
        std::printf("%s\n",
                    QJsonDocument(QJsonObject{{QStringLiteral("kpi_team_90d_ms"), teamMs},
                                              {QStringLiteral("kpi_raw_group_by_ms"), rawMs},
                                              {QStringLiteral("kpi_ratio_to_raw"), ratio},
                                              {QStringLiteral("kpi_rollup_build_ms"), buildMs},
                                              {QStringLiteral("kpi_team_90d_cpu_ms"), teamCpuMs},
                                              {QStringLiteral("kpi_raw_group_by_cpu_ms"), rawCpuMs},
                                              {QStringLiteral("activities"), rawRows},
                                              {QStringLiteral("agents"), spec.agents}})
                        .toJson(QJsonDocument::Compact)
                        .constData());
        return 0;
    }
    std::printf(
        "store: %d agents, %lld activities in %d days (report counted %lld); median of %d\n",
        spec.agents, static_cast<long long>(rawRows), spec.days,
        static_cast<long long>(totals.value(QStringLiteral("activities")).toInteger()), runs);
    std::printf("%-22s %10s  %s\n", "figure", "value", "target / note");
    std::printf("%-22s %10.1f  <= 300 ms; ratio to raw %.2f\n", "kpi_team_90d_ms", teamMs, ratio);
    std::printf("%-22s %10.1f  baseline: bare SELECT channel, count(*) GROUP BY channel\n",
                "kpi_raw_group_by_ms", rawMs);
    std::printf("%-22s %10.1f  once, from the whole activity table\n", "kpi_rollup_build_ms",
                buildMs);
    std::printf("%-22s %10.1f  CPU time (user + system) of the report; raw %.1f (ratio %.2f)\n",
                "kpi_team_90d_cpu_ms", teamCpuMs, rawCpuMs,
                rawCpuMs > 0 ? teamCpuMs / rawCpuMs : 0);
    return 0;
}

} // namespace quita::bench
