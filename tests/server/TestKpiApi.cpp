// GET /kpis, /kpis/accounts and PUT /admin/targets over real HTTP on loopback, on SQLite
// and on PostgreSQL: every figure equals an independent count of the same rows with the
// domain's single-row rules (KpiExpectation.h); the rollup the server reads agrees with
// the activity table the desk reads; roles see their scope only; bad input names its
// field.
#include "KpiExpectation.h"
#include "SyncApiFixture.h"
#include "store/KpiQuery.h"
#include "sync/ChangeLog.h"

#include <QJsonArray>
#include <QScopeGuard>
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

    // A row written the way the server writes: the change and its change-log entry in
    // one transaction (KpiRollup follows the log).
    void writeLogged(const QString &sql, const QString &entity, const QString &id,
                     const QString &debtorId)
    {
        QSqlDatabase db = fx.store->connection();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
        server::ChangeLog log(db);
        const auto seq = log.reserve(1);
        QVERIFY(seq);
        QVERIFY(log.append(*seq, entity, id, debtorId, QStringLiteral("upsert"), {}, 0));
        QVERIFY(db.commit());
    }

    // The figures the server keeps per account (kpi_debtor, kpi_promise) against the
    // independent count: promises, outstanding, placed, aging and roll.
    void checkAccountFigures()
    {
        const ApiReply r = admin->get(QStringLiteral("/api/v1/kpis?") + range());
        QCOMPARE(r.status, 200);
        const KpiExpectation e = KpiExpectation::count(fx.store->connection(), from, to,
                                                       std::nullopt, 30, 5, serverToday());
        const auto compare = [](const QJsonObject &got, const KpiTally &want, const QString &who) {
            const QJsonObject w = want.toJson();
            for (const char *key :
                 {"promises_due", "promises_kept", "outstanding_start_cents", "placed_cents"})
                QVERIFY2(got.value(QLatin1String(key)) == w.value(QLatin1String(key)),
                         qPrintable(QStringLiteral("%1.%2: got %3, expected %4")
                                        .arg(who, QLatin1String(key))
                                        .arg(got.value(QLatin1String(key)).toDouble())
                                        .arg(w.value(QLatin1String(key)).toDouble())));
        };
        compare(r.json.value("totals").toObject(), e.totals, QStringLiteral("totals"));
        for (const QJsonValue &v : r.json.value("by_agent").toArray()) {
            const QJsonObject row = v.toObject();
            const auto it = e.byAgent.find(row.value("agent_id").toString());
            compare(row, it == e.byAgent.end() ? KpiTally{} : it->second,
                    row.value("agent_id").toString());
        }
        const QJsonArray aging = r.json.value("aging").toArray();
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

    // The accounts behind promises made, recovery rate and liquidation rate, row by row
    // against the store's rows: exactly the activities and payments each figure counts.
    void drillDownsListExactlyWhatTheFigureCounts()
    {
        QSqlDatabase db = fx.store->connection();
        // A payment in the period from an account placed in it (liquidation) and from one
        // placed after it (neither rate), besides the seeded ones (recovery).
        QStringList placedIn, placedAfter;
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, placed_on FROM debtor WHERE deleted = 0 AND "
                                      "placed_on IS NOT NULL ORDER BY id")));
        while (q.next()) {
            const QDate placed = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            if (placed >= from && placed <= to)
                placedIn << q.value(0).toString();
            else if (placed > to)
                placedAfter << q.value(0).toString();
        }
        QVERIFY(!placedIn.isEmpty());
        QVERIFY(!placedAfter.isEmpty());
        struct Paid
        {
            QString debtor, creditor, agreement, installment, payment;
            qint64 cents;
        };
        QList<Paid> paid{{placedIn.first(), {}, newId(), newId(), newId(), 32100},
                         {placedAfter.first(), {}, newId(), newId(), newId(), 4500}};
        for (Paid &p : paid) {
            QVERIFY(q.exec(QStringLiteral("SELECT creditor_id FROM portfolio WHERE id = (SELECT "
                                          "portfolio_id FROM debtor WHERE id = '%1')")
                               .arg(p.debtor)));
            QVERIFY(q.next());
            p.creditor = q.value(0).toString();
        }
        q.finish(); // no read left open under the writes below (SQLite snapshot)
        // A cancelled agreement made long ago: it counts for no agreement figure.
        for (const Paid &p : std::as_const(paid)) {
            writeLogged(
                QStringLiteral(
                    "INSERT INTO agreement (id, debtor_id, creditor_id, kind, status, as_of, "
                    "principal_cents, fine_cents, interest_cents, correction_cents, fees_cents, "
                    "discount_cents, total_cents, monthly_rate_ppm, installment_count, "
                    "title_ids, created_by, created_at, updated_at) VALUES ('%1', '%2', '%3', "
                    "'flat', 'cancelled', '2020-01-01', %4, 0, 0, 0, 0, 0, %4, 0, 1, '[]', "
                    "'Ana', 0, 0)")
                    .arg(p.agreement, p.debtor, p.creditor)
                    .arg(p.cents),
                QStringLiteral("agreement"), p.agreement, p.debtor);
            writeLogged(QStringLiteral("INSERT INTO installment (id, agreement_id, debtor_id, "
                                       "creditor_id, number, due_on, amount_cents, our_number, "
                                       "status, updated_at) VALUES ('%1', '%2', '%3', '%4', 1, "
                                       "'2026-11-20', %5, '%6', 'open', 0)")
                            .arg(p.installment, p.agreement, p.debtor, p.creditor)
                            .arg(p.cents)
                            .arg(QStringLiteral("8%1").arg(p.cents)),
                        QStringLiteral("installment"), p.installment, p.debtor);
            writeLogged(QStringLiteral("INSERT INTO payment (id, debtor_id, agreement_id, "
                                       "installment_id, amount_cents, paid_on, source, "
                                       "created_at, updated_at) VALUES ('%1', '%2', '%3', '%4', "
                                       "%5, '2026-11-20', 'manual', 0, 0)")
                            .arg(p.payment, p.debtor, p.agreement, p.installment)
                            .arg(p.cents),
                        QStringLiteral("payment"), p.payment, p.debtor);
        }
        // Undone at the end, newest first (later cases see the fixture as it was).
        const auto undo = qScopeGuard([&] {
            for (const Paid &p : std::as_const(paid)) {
                writeLogged(QStringLiteral("DELETE FROM payment WHERE id = '%1'").arg(p.payment),
                            QStringLiteral("payment"), p.payment, p.debtor);
                writeLogged(
                    QStringLiteral("DELETE FROM installment WHERE id = '%1'").arg(p.installment),
                    QStringLiteral("installment"), p.installment, p.debtor);
                writeLogged(
                    QStringLiteral("DELETE FROM agreement WHERE id = '%1'").arg(p.agreement),
                    QStringLiteral("agreement"), p.agreement, p.debtor);
            }
        });

        // Independent: every account (the admin's scope), one row at a time.
        std::map<QString, QDate> placedOn;
        QVERIFY(q.exec(QStringLiteral("SELECT id, placed_on FROM debtor WHERE deleted = 0")));
        while (q.next())
            placedOn[q.value(0).toString()] = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        using Rows = std::map<QString, std::pair<qint64, qint64>>; // debtor -> count, cents
        Rows promises, recovery, liquidation;
        const qint64 start = kpiDayStartMs(from), end = kpiDayStartMs(to.addDays(1));
        QVERIFY(q.exec(QStringLiteral("SELECT debtor_id, result, occurred_at FROM activity")));
        while (q.next())
            if (placedOn.count(q.value(0).toString()) &&
                q.value(1).toString() == QLatin1String("ptp") && q.value(2).toLongLong() >= start &&
                q.value(2).toLongLong() < end)
                ++promises[q.value(0).toString()].first;
        QVERIFY(q.exec(QStringLiteral("SELECT debtor_id, paid_on, amount_cents FROM payment")));
        while (q.next()) {
            const auto d = placedOn.find(q.value(0).toString());
            const QDate paidOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            if (d == placedOn.end() || paidOn < from || paidOn > to)
                continue;
            const QDate placed = d->second;
            Rows *rows = !placed.isValid() || placed < from ? &recovery
                         : placed <= to                     ? &liquidation
                                                            : nullptr;
            if (rows) {
                ++(*rows)[d->first].first;
                (*rows)[d->first].second += q.value(2).toLongLong();
            }
        }
        q.finish();
        auto listed = [&](const QString &query) {
            Rows rows;
            const ApiReply r =
                admin->get(QStringLiteral("/api/v1/kpis/accounts?%1&%2").arg(range(), query));
            [&] { QCOMPARE(r.status, 200); }();
            [&] { QVERIFY(!r.json.value("truncated").toBool()); }();
            for (const QJsonValue &v : r.json.value("items").toArray()) {
                const QJsonObject item = v.toObject();
                rows[item.value("debtor_id").toString()] = {item.value("count").toInteger(),
                                                            item.value("amount_cents").toInteger()};
            }
            return rows;
        };
        auto total = [](const Rows &rows, bool cents) {
            qint64 n = 0;
            for (const auto &[id, r] : rows)
                n += cents ? r.second : r.first;
            return n;
        };
        const QJsonObject totals =
            admin->get(QStringLiteral("/api/v1/kpis?") + range()).json.value("totals").toObject();

        // Promises made: every channel's ptp results, not only the phone's calls.
        QVERIFY(totals.value("promises_made").toInteger() > totals.value("ptp").toInteger());
        const Rows made = listed(QStringLiteral("metric=promises_made"));
        QCOMPARE(made.size(), promises.size());
        for (auto &[id, r] : promises)
            r.second = 0; // activities carry no amount
        QVERIFY(made == promises);
        QCOMPARE(total(made, false), totals.value("promises_made").toInteger());

        // Recovery: the collections of the accounts outstanding at the period's start.
        const Rows rec = listed(QStringLiteral("metric=recovery"));
        QVERIFY(rec == recovery);
        const qint64 outstanding = totals.value("outstanding_start_cents").toInteger();
        QVERIFY(outstanding > 0 && total(rec, true) > 0);
        QCOMPARE(double(total(rec, true)) / double(outstanding),
                 totals.value("recovery_rate").toDouble());

        // Liquidation: the collections of the accounts placed in the period.
        const Rows liq = listed(QStringLiteral("metric=liquidation"));
        QVERIFY(liq == liquidation);
        QVERIFY(liq.count(placedIn.first()));
        QVERIFY(!liq.count(placedAfter.first()) && !rec.count(placedAfter.first()));
        QCOMPARE(double(total(liq, true)) / double(totals.value("placed_cents").toInteger()),
                 totals.value("liquidation_rate").toDouble());
        // Neither is every collection: the account placed after the period paid too.
        QVERIFY(total(rec, true) + total(liq, true) < totals.value("collected_cents").toInteger());

        const ApiReply bad = admin->get(
            QStringLiteral("/api/v1/kpis/accounts?%1&metric=recovery&day=2026-12-01").arg(range()));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorField(), QStringLiteral("day"));
        const ApiReply unknown =
            admin->get(QStringLiteral("/api/v1/kpis/accounts?%1&metric=recovered").arg(range()));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorField(), QStringLiteral("metric"));
        QVERIFY(unknown.json.value("error").toObject().value("message").toString().contains(
            QStringLiteral("promises_made")));
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
    // The account rows the server keeps follow changes made after they were built: a
    // debtor reassigned, deleted, a title paid, an agreement made, a payment that keeps a
    // promise. Each change is undone at the end (later cases see the fixture as it was).
    void accountFiguresFollowLaterChanges()
    {
        checkAccountFigures(); // builds the rows
        QSqlDatabase db = fx.store->connection();
        QSqlQuery q(db);
        // A debtor with an open title and a promise not marked kept, due in the period.
        QVERIFY(q.exec(
            QStringLiteral(
                "SELECT p.debtor_id, p.due_on, p.due_on, p.amount_cents, t.id, "
                "t.open_balance_cents, "
                "d.total_due_cents, d.agent_id FROM promise p JOIN debtor d ON d.id = p.debtor_id "
                "JOIN title t ON t.debtor_id = d.id WHERE p.deleted = 0 AND p.status NOT IN "
                "('kept', 'cancelled') AND "
                "p.due_on BETWEEN '%1' AND '%2' AND t.deleted = 0 AND t.open_balance_cents > 0 AND "
                "d.agent_id IS NOT NULL ORDER BY p.due_on LIMIT 1")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
        QVERIFY2(q.next(), "the fixture needs an open promise on an account with an open title");
        const QString debtor = q.value(0).toString(), dueOn = q.value(2).toString(),
                      title = q.value(4).toString(), holder = q.value(7).toString();
        const qint64 amount = q.value(3).toLongLong(), open = q.value(5).toLongLong(),
                     due = q.value(6).toLongLong();
        const QString other = holder == fx.ana ? fx.bruno : fx.ana;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM debtor WHERE deleted = 0 AND id <> '%1' "
                                      "AND total_due_cents > 0 ORDER BY id DESC LIMIT 1")
                           .arg(debtor)));
        QVERIFY(q.next());
        const QString gone = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT creditor_id FROM portfolio WHERE id = (SELECT "
                                      "portfolio_id FROM debtor WHERE id = '%1')")
                           .arg(debtor)));
        QVERIFY(q.next());
        const QString creditor = q.value(0).toString();
        q.finish(); // no read left open under the writes below (SQLite snapshot)

        writeLogged(
            QStringLiteral("UPDATE debtor SET agent_id = '%1' WHERE id = '%2'").arg(other, debtor),
            QStringLiteral("debtor"), debtor, debtor);
        checkAccountFigures();
        writeLogged(QStringLiteral("UPDATE debtor SET deleted = 1 WHERE id = '%1'").arg(gone),
                    QStringLiteral("debtor"), gone, gone);
        checkAccountFigures();
        writeLogged(
            QStringLiteral("UPDATE title SET open_balance_cents = 0 WHERE id = '%1'").arg(title),
            QStringLiteral("title"), title, debtor);
        checkAccountFigures();
        const QString agreement = newId(), installment = newId(), payment = newId();
        writeLogged(
            QStringLiteral(
                "INSERT INTO agreement (id, debtor_id, creditor_id, kind, status, as_of, "
                "principal_cents, fine_cents, interest_cents, correction_cents, fees_cents, "
                "discount_cents, total_cents, monthly_rate_ppm, installment_count, title_ids, "
                "created_by, created_at, updated_at) VALUES ('%1', '%2', '%3', 'flat', 'active', "
                "'%4', %5, 0, 0, 0, 0, 0, %5, 0, 1, '[]', 'Ana', %6, 0)")
                .arg(agreement, debtor, creditor, from.addDays(20).toString(Qt::ISODate))
                .arg(amount)
                .arg(kpiDayStartMs(from.addDays(20)) + 13 * kMsPerHour),
            QStringLiteral("agreement"), agreement, debtor);
        writeLogged(
            QStringLiteral("INSERT INTO installment (id, agreement_id, debtor_id, "
                           "creditor_id, number, due_on, amount_cents, our_number, "
                           "status, updated_at) VALUES ('%1', '%2', '%3', '%4', 1, '%5', "
                           "%6, '%7', 'open', 0)")
                .arg(installment, agreement, debtor, creditor, dueOn)
                .arg(amount)
                .arg(QStringLiteral("9%1").arg(QDateTime::currentMSecsSinceEpoch() % 1000000)),
            QStringLiteral("installment"), installment, debtor);
        checkAccountFigures();
        // Paid in full on the due date: the promise is kept.
        writeLogged(QStringLiteral("INSERT INTO payment (id, debtor_id, agreement_id, "
                                   "installment_id, amount_cents, paid_on, source, created_at, "
                                   "updated_at) VALUES ('%1', '%2', '%3', '%4', %5, '%6', "
                                   "'manual', 0, 0)")
                        .arg(payment, debtor, agreement, installment)
                        .arg(amount)
                        .arg(dueOn),
                    QStringLiteral("payment"), payment, debtor);
        checkAccountFigures();

        // Undone, newest first.
        writeLogged(QStringLiteral("DELETE FROM payment WHERE id = '%1'").arg(payment),
                    QStringLiteral("payment"), payment, debtor);
        writeLogged(QStringLiteral("DELETE FROM installment WHERE id = '%1'").arg(installment),
                    QStringLiteral("installment"), installment, debtor);
        writeLogged(QStringLiteral("DELETE FROM agreement WHERE id = '%1'").arg(agreement),
                    QStringLiteral("agreement"), agreement, debtor);
        writeLogged(QStringLiteral("UPDATE title SET open_balance_cents = %1 WHERE id = '%2'")
                        .arg(open)
                        .arg(title),
                    QStringLiteral("title"), title, debtor);
        writeLogged(QStringLiteral("UPDATE debtor SET deleted = 0 WHERE id = '%1'").arg(gone),
                    QStringLiteral("debtor"), gone, gone);
        writeLogged(QStringLiteral("UPDATE debtor SET agent_id = '%1', total_due_cents = %2 "
                                   "WHERE id = '%3'")
                        .arg(holder)
                        .arg(due)
                        .arg(debtor),
                    QStringLiteral("debtor"), debtor, debtor);
        checkAccountFigures();
    }
};

QTEST_GUILESS_MAIN(TestKpiApi)
#include "TestKpiApi.moc"
