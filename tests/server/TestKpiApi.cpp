// GET /kpis, /kpis/accounts and PUT /admin/targets over real HTTP on loopback, on SQLite
// and on PostgreSQL: every figure equals an independent count of the same rows with the
// domain's single-row rules (KpiExpectation.h); the rollup the server reads agrees with
// the activity table the desk reads; roles see their scope only; bad input names its
// field.
#include "KpiExpectation.h"
#include "SyncApiFixture.h"
#include "store/KpiQuery.h"

#include <QJsonArray>
#include <QtTest>

using namespace quita;
using namespace quita::test;

class TestKpiApi : public QObject
{
    Q_OBJECT

    SyncApiFixture fx;
    std::unique_ptr<ApiClient> ana, bruno, carla, sara, admin;
    const QDate from{2026, 9, 1};
    const QDate to{2026, 11, 30};

    QString range() const
    {
        return QStringLiteral("from=%1&to=%2")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }

    static void compareTally(const QJsonObject &json, const KpiTally &expected, const char *who)
    {
        const QJsonObject e = expected.toJson();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QJsonValue got = json.value(it.key());
            const QString what = QStringLiteral("%1.%2: got %3, expected %4")
                                     .arg(QLatin1String(who), it.key(), got.toVariant().toString(),
                                          it.value().toVariant().toString());
            if (it.value().isNull())
                QVERIFY2(got.isNull(), qPrintable(what));
            else
                QVERIFY2(qAbs(got.toDouble() - it.value().toDouble()) < 1e-9, qPrintable(what));
        }
    }

    // The server's Brasília day: promises still within their grace on it are not judged.
    QDate serverToday() const { return kpiDayOf(fx.clock.nowUtc().toMSecsSinceEpoch()); }

    // The report of `client` against the independent count over `scope`.
    void checkReport(ApiClient &client, const std::optional<QStringList> &scope,
                     const QStringList &agents)
    {
        const ApiReply r = client.get(QStringLiteral("/api/v1/kpis?") + range());
        QCOMPARE(r.status, 200);
        const KpiExpectation e =
            KpiExpectation::count(fx.store->connection(), from, to, scope, 30, 5, serverToday());
        QVERIFY(e.totals.activities > 0);
        compareTally(r.json.value("totals").toObject(), e.totals, "totals");
        const QJsonArray byAgent = r.json.value("by_agent").toArray();
        QCOMPARE(byAgent.size(), agents.size());
        for (const QJsonValue &v : byAgent) {
            const QJsonObject row = v.toObject();
            QVERIFY(agents.contains(row.value("agent_id").toString()));
            QVERIFY(!row.value("agent_name").toString().isEmpty());
            const auto it = e.byAgent.find(row.value("agent_id").toString());
            compareTally(row, it == e.byAgent.end() ? KpiTally{} : it->second, "by_agent");
        }
        const QJsonArray days = r.json.value("by_day").toArray();
        QCOMPARE(days.size(), from.daysTo(to) + 1);
        qint64 collected = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QJsonObject d = days.at(i).toObject();
            QCOMPARE(d.value("day").toString(), from.addDays(i).toString(Qt::ISODate));
            QCOMPARE(d.value("activities").toInteger(), e.dayActivities.at(i));
            collected += d.value("collected_cents").toInteger();
        }
        QCOMPARE(collected, e.dayCollected);
        for (const QJsonValue &v : r.json.value("by_channel").toArray()) {
            const QJsonObject c = v.toObject();
            const QString channel = c.value("channel").toString();
            QCOMPARE(c.value("contacts").toInteger(),
                     e.contacts.count(channel) ? e.contacts.at(channel) : 0);
            const auto a = e.attributed.count(channel) ? e.attributed.at(channel)
                                                       : std::pair<qint64, qint64>{};
            QCOMPARE(c.value("payments").toInteger(), a.first);
            QCOMPARE(c.value("attributed_cents").toInteger(), a.second);
            qint64 results = 0;
            const QJsonObject byResult = c.value("by_result").toObject();
            for (auto it = byResult.begin(); it != byResult.end(); ++it)
                results += it.value().toInteger();
            QCOMPARE(results, c.value("activities").toInteger());
        }
        const QJsonArray aging = r.json.value("aging").toArray();
        QCOMPARE(aging.size(), 7);
        for (qsizetype i = 0; i < aging.size(); ++i)
            QCOMPARE(aging.at(i).toObject().value("accounts").toInteger(), e.agingAccounts.at(i));
        const QJsonArray counts = r.json.value("roll_rates").toObject().value("counts").toArray();
        for (int i = 0; i < 7; ++i)
            for (int j = 0; j < 7; ++j)
                QCOMPARE(counts.at(i).toArray().at(j).toInteger(), e.roll[i][j]);
    }

private slots:
    void initTestCase()
    {
        QString error;
        if (!fx.start(&error)) {
            if (!fx.skipReason.isEmpty())
                QSKIP(qPrintable(fx.skipReason));
            QFAIL(qPrintable(error));
        }
        ana = fx.client(QStringLiteral("ana"));
        bruno = fx.client(QStringLiteral("bruno"));
        carla = fx.client(QStringLiteral("carla"));
        sara = fx.client(QStringLiteral("sara"));
        admin = fx.client(QStringLiteral("admin"));
        const QString seeded = seedKpiMoney(fx.store->connection(), from);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    }
    void cleanupTestCase() { fx.stop(); }

    void adminSeesEveryAccount()
    {
        checkReport(*admin, std::nullopt, {fx.ana, fx.bruno});
        // The fixture exercises every figure: none of these is a trivial zero.
        const KpiExpectation e = KpiExpectation::count(fx.store->connection(), from, to,
                                                       std::nullopt, 30, 5, serverToday());
        const KpiTally &t = e.totals;
        for (qint64 n : {t.callAttempts, t.rpc, t.ptp, t.promisesDue, t.promisesKept,
                         t.promisesDue - t.promisesKept, t.agreementsClosed, t.agreementsDue,
                         t.agreementsBroken, t.collectedCents, t.agentHours,
                         t.outstandingStartCents, t.placedCents})
            QVERIFY(n > 0);
        qint64 attributed = 0, rolled = 0;
        for (const auto &[channel, a] : e.attributed)
            attributed += a.first;
        for (int i = 1; i < 7; ++i)
            rolled += e.roll[i][0] + (i < 6 ? e.roll[i][i + 1] : 0);
        QVERIFY(attributed > 0);
        QVERIFY(rolled > 0);
        QVERIFY(e.agingAccounts[0] > 0 && e.agingAccounts[6] + e.agingAccounts[5] > 0);
    }
    void supervisorSeesTheTeam()
    {
        checkReport(*carla, QStringList{fx.ana, fx.bruno, fx.carla}, {fx.ana, fx.bruno});
    }
    void agentSeesThemself() { checkReport(*ana, QStringList{fx.ana}, {fx.ana}); }

    void rollupAgreesWithTheActivityTable()
    {
        // The desk's path (activity table) and the server's (rollup) give the same report.
        const ApiReply r = admin->get(QStringLiteral("/api/v1/kpis?") + range());
        KpiQueryFilter f;
        f.from = from;
        f.to = to;
        f.today = serverToday();
        f.agents = {{fx.ana, QStringLiteral("Ana Souza")},
                    {fx.bruno, QStringLiteral("Bruno Lima")}};
        const auto direct = KpiQuery::report(fx.store->connection(), f);
        QVERIFY(direct);
        QCOMPARE(direct->value("totals"), r.json.value("totals"));
        QCOMPARE(direct->value("by_day"), r.json.value("by_day"));
        QCOMPARE(direct->value("by_channel"), r.json.value("by_channel"));
    }

    void aNewActivityReachesTheReport()
    {
        const qint64 before = ana->get(QStringLiteral("/api/v1/kpis?") + range())
                                  .json.value("totals")
                                  .toObject()
                                  .value("call_attempts")
                                  .toInteger();
        const qint64 at = kpiDayStartMs(QDate(2026, 11, 30)) + 10 * kMsPerHour;
        const ApiReply pushed = ana->post(QStringLiteral("/api/v1/sync/push"),
                                          batch({mutation(QStringLiteral("activity.create"),
                                                          callArgs(fx.anasDebtor, at, "rpc"))}));
        QCOMPARE(pushed.status, 200);
        const QJsonObject totals =
            ana->get(QStringLiteral("/api/v1/kpis?") + range()).json.value("totals").toObject();
        QCOMPARE(totals.value("call_attempts").toInteger(), before + 1);
        checkReport(*ana, QStringList{fx.ana}, {fx.ana});
    }

    void filtersNarrowTheReport()
    {
        const ApiReply one =
            carla->get(QStringLiteral("/api/v1/kpis?%1&agent=%2").arg(range(), fx.ana));
        QCOMPARE(one.status, 200);
        const ApiReply own = ana->get(QStringLiteral("/api/v1/kpis?") + range());
        QCOMPARE(one.json.value("totals"), own.json.value("totals"));
        QCOMPARE(one.json.value("by_agent").toArray().size(), 1);
        const ApiReply phone =
            admin->get(QStringLiteral("/api/v1/kpis?%1&channel=phone").arg(range()));
        QCOMPARE(phone.status, 200);
        const QJsonObject t = phone.json.value("totals").toObject();
        qint64 phoneContacts = -1;
        for (const QJsonValue &c : admin->get(QStringLiteral("/api/v1/kpis?") + range())
                                       .json.value("by_channel")
                                       .toArray())
            if (c.toObject().value("channel").toString() == QLatin1String("phone"))
                phoneContacts = c.toObject().value("contacts").toInteger();
        QCOMPARE(t.value("activities").toInteger(), phoneContacts);
        QCOMPARE(t.value("call_attempts").toInteger() <= phoneContacts, true);
        for (const QJsonValue &c : phone.json.value("by_channel").toArray())
            QCOMPARE(c.toObject().value("channel").toString(), QStringLiteral("phone"));
        const ApiReply window =
            admin->get(QStringLiteral("/api/v1/kpis?%1&attribution_days=1").arg(range()));
        QCOMPARE(window.json.value("attribution_days").toInt(), 1);
    }

    void rolesAreChecked()
    {
        QCOMPARE(ana->get(QStringLiteral("/api/v1/kpis?%1&agent=%2").arg(range(), fx.bruno)).status,
                 403);
        QCOMPARE(ana->get(QStringLiteral("/api/v1/kpis?%1&agent=%2").arg(range(), fx.ana)).status,
                 200);
        QCOMPARE(sara->get(QStringLiteral("/api/v1/kpis?%1&agent=%2").arg(range(), fx.ana)).status,
                 403);
        QCOMPARE(sara->get(QStringLiteral("/api/v1/kpis?") + range())
                     .json.value("by_agent")
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(ana->get(QStringLiteral("/api/v1/kpis/accounts?%1&metric=collected&agent=%2")
                              .arg(range(), fx.bruno))
                     .status,
                 403);
        ApiClient anonymous(fx.base());
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/kpis")).status, 401);
        QCOMPARE(ana->put(QStringLiteral("/api/v1/admin/targets"), {{"rpc_per_day", 5}}).status,
                 403);
    }

    void badInputNamesItsField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("from unparsable") << "from=2026-13-01&to=2026-11-30"
                                         << "from";
        QTest::newRow("to unparsable") << "from=2026-09-01&to=yesterday"
                                       << "to";
        QTest::newRow("from after to") << "from=2026-12-01&to=2026-11-30"
                                       << "from";
        QTest::newRow("over 400 days") << "from=2025-01-01&to=2026-11-30"
                                       << "to";
        QTest::newRow("unknown channel") << "channel=fax"
                                         << "channel";
        QTest::newRow("attribution 0") << "attribution_days=0"
                                       << "attribution_days";
        QTest::newRow("attribution 181") << "attribution_days=181"
                                         << "attribution_days";
        QTest::newRow("attribution text") << "attribution_days=many"
                                          << "attribution_days";
        QTest::newRow("portfolio") << "portfolio=x'--"
                                   << "portfolio";
        QTest::newRow("agent") << "agent=me"
                               << "agent";
    }
    void badInputNamesItsField()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        for (const QString &path : {QStringLiteral("/api/v1/kpis?"),
                                    QStringLiteral("/api/v1/kpis/accounts?metric=rpc&")}) {
            const ApiReply r = carla->get(path + query);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), field);
            QVERIFY(!r.json.value("error").toObject().value("message").toString().isEmpty());
        }
    }

    void drillDownListsTheAccountsBehindAFigure()
    {
        const QJsonObject report = carla->get(QStringLiteral("/api/v1/kpis?") + range()).json;
        const QJsonObject totals = report.value("totals").toObject();
        auto sum = [&](const QString &query, const char *key) {
            const ApiReply r =
                carla->get(QStringLiteral("/api/v1/kpis/accounts?%1&%2").arg(range(), query));
            [&] { QCOMPARE(r.status, 200); }();
            [&] { QVERIFY(!r.json.value("truncated").toBool()); }();
            qint64 total = 0;
            for (const QJsonValue &v : r.json.value("items").toArray())
                total += v.toObject().value(QLatin1String(key)).toInteger();
            return total;
        };
        QCOMPARE(sum("metric=call_attempts", "count"), totals.value("call_attempts").toInteger());
        QCOMPARE(sum("metric=rpc", "count"), totals.value("rpc").toInteger());
        QCOMPARE(sum("metric=collected", "amount_cents"),
                 totals.value("collected_cents").toInteger());
        QCOMPARE(sum("metric=promises_due", "count"), totals.value("promises_due").toInteger());
        QCOMPARE(sum("metric=promises_kept", "count"), totals.value("promises_kept").toInteger());
        QCOMPARE(sum("metric=agreements_broken", "count"),
                 totals.value("agreements_broken").toInteger());
        const QJsonArray aging = report.value("aging").toArray();
        for (const QJsonValue &b : aging)
            QCOMPARE(sum("metric=aging&bucket=" + b.toObject().value("bucket").toString(), "count"),
                     b.toObject().value("accounts").toInteger());
        const QJsonArray days = report.value("by_day").toArray();
        for (const QJsonValue &d : days) {
            const QJsonObject day = d.toObject();
            if (day.value("call_attempts").toInteger() > 0) {
                QCOMPARE(sum("metric=call_attempts&day=" + day.value("day").toString(), "count"),
                         day.value("call_attempts").toInteger());
                break;
            }
        }
        const ApiReply bad = carla->get(
            QStringLiteral("/api/v1/kpis/accounts?%1&metric=aging&bucket=old").arg(range()));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorField(), QStringLiteral("bucket"));
        QCOMPARE(carla->get(QStringLiteral("/api/v1/kpis/accounts?metric=nope")).errorField(),
                 QStringLiteral("metric"));
    }

    void adminSetsTheTargets()
    {
        QCOMPARE(ana->get(QStringLiteral("/api/v1/kpis"))
                     .json.value("targets")
                     .toObject()
                     .value("collected_cents_per_day")
                     .toInteger(),
                 150000);
        const ApiReply set =
            admin->put(QStringLiteral("/api/v1/admin/targets"),
                       {{"collected_cents_per_day", 210000}, {"rpc_per_day", 15.5}});
        QCOMPARE(set.status, 200);
        const QJsonObject t =
            ana->get(QStringLiteral("/api/v1/kpis")).json.value("targets").toObject();
        QCOMPARE(t.value("collected_cents_per_day").toInteger(), 210000);
        QCOMPARE(t.value("rpc_per_day").toDouble(), 15.5);
        QCOMPARE(t.value("agreements_per_day").toDouble(), 2.0);
        const ApiReply bad =
            admin->put(QStringLiteral("/api/v1/admin/targets"), {{"rpc_per_day", "many"}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorField(), QStringLiteral("rpc_per_day"));
        // Money is whole centavos: a fraction is refused, not saved as 0.
        const ApiReply fraction = admin->put(QStringLiteral("/api/v1/admin/targets"),
                                             {{"collected_cents_per_day", 150000.5}});
        QCOMPARE(fraction.status, 400);
        QCOMPARE(fraction.errorField(), QStringLiteral("collected_cents_per_day"));
        QCOMPARE(ana->get(QStringLiteral("/api/v1/kpis"))
                     .json.value("targets")
                     .toObject()
                     .value("collected_cents_per_day")
                     .toInteger(),
                 210000);
    }
};

QTEST_GUILESS_MAIN(TestKpiApi)
#include "TestKpiApi.moc"
