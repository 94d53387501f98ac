// The KPI API over real HTTP on loopback, on SQLite and on PostgreSQL, after rows change:
// drill-downs list exactly the rows their figure counts, and the account figures the
// server keeps (kpi_debtor, kpi_promise) follow later changes, each against an
// independent count (KpiExpectation.h). The rest of the API: TestKpiApi.
#include "KpiExpectation.h"
#include "SyncApiFixture.h"
#include "store/KpiQuery.h"
#include "sync/ChangeLog.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QtTest>

using namespace quita;
using namespace quita::test;

class TestKpiApiChanges : public QObject
{
    Q_OBJECT

    SyncApiFixture fx;
    std::unique_ptr<ApiClient> ana, admin;
    const QDate from{2026, 9, 1};
    const QDate to{2026, 11, 30};

    QString range() const
    {
        return QStringLiteral("from=%1&to=%2")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }

    // The server's Brasília day: promises still within their grace on it are not judged.
    QDate serverToday() const { return kpiDayOf(fx.clock.nowUtc().toMSecsSinceEpoch()); }

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
        admin = fx.client(QStringLiteral("admin"));
        const QString seeded = seedKpiMoney(fx.store->connection(), from);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    }
    void cleanupTestCase() { fx.stop(); }

    // The channel x result breakdown the server answers from running totals and the
    // per-day figures it answers from kpi_agent_day_all (no portfolio or channel chosen)
    // equal the ones counted from the activity table, for periods that cut through the
    // totals, after activities dated days back reach a built rollup.
    void channelTotalsFollowBackdatedActivities()
    {
        QCOMPARE(admin->get(QStringLiteral("/api/v1/kpis?") + range()).status, 200); // built
        const QList<std::pair<QDate, const char *>> logged{{QDate(2026, 10, 20), "rpc"},
                                                           {QDate(2026, 10, 20), "rpc"},
                                                           {QDate(2026, 9, 5), "busy"},
                                                           {QDate(2026, 11, 29), "ptp"}};
        QJsonArray mutations;
        for (const auto &[day, result] : logged)
            mutations.append(mutation(QStringLiteral("activity.create"),
                                      callArgs(fx.anasDebtor, kpiDayStartMs(day) + 11 * kMsPerHour,
                                               QLatin1String(result))));
        QCOMPARE(ana->post(QStringLiteral("/api/v1/sync/push"), batch(mutations)).status, 200);
        // A WhatsApp message at the last instant of the day a payment was made becomes its
        // last touch: the payment moves to that channel (the server keeps each payment's
        // last touch).
        QSqlQuery paid(fx.store->connection());
        QVERIFY(paid.exec(QStringLiteral("SELECT debtor_id, paid_on FROM payment WHERE paid_on "
                                         "BETWEEN '2026-09-01' AND '2026-11-30' ORDER BY id "
                                         "LIMIT 1")));
        QVERIFY(paid.next());
        const QString payer = paid.value(0).toString();
        const QDate paidOn = QDate::fromString(paid.value(1).toString(), Qt::ISODate);
        paid.finish(); // no read left open on the store: the reports below read it afresh
        QJsonObject message =
            callArgs(payer, kpiDayStartMs(paidOn.addDays(1)) - 1, QStringLiteral("delivered"));
        message.insert(QStringLiteral("channel"), QStringLiteral("whatsapp"));
        // The payment's last touch as the server keeps it (refreshed by each report).
        const auto touch = [&] {
            [&] { QCOMPARE(admin->get(QStringLiteral("/api/v1/kpis?") + range()).status, 200); }();
            QSqlQuery q(fx.store->connection());
            q.prepare(QStringLiteral("SELECT touch_channel FROM kpi_payment WHERE debtor_id = ? "
                                     "AND paid_on = ?"));
            q.addBindValue(payer);
            q.addBindValue(paidOn.toString(Qt::ISODate));
            const QString channel = q.exec() && q.next() ? q.value(0).toString() : QString();
            q.finish();
            return channel;
        };
        QCOMPARE(admin
                     ->post(QStringLiteral("/api/v1/sync/push"),
                            batch({mutation(QStringLiteral("activity.create"), message)}))
                     .status,
                 200);
        QCOMPARE(touch(), QStringLiteral("whatsapp")); // and exactly: the comparisons below
        const QList<std::pair<QDate, QDate>> periods{{from, to},
                                                     {QDate(2026, 10, 15), QDate(2026, 11, 10)},
                                                     {QDate(2026, 10, 20), QDate(2026, 10, 20)},
                                                     {QDate(2026, 10, 21), QDate(2026, 11, 28)},
                                                     {QDate(2026, 9, 1), QDate(2026, 9, 30)}};
        for (const auto &[first, last] : periods) {
            const ApiReply r =
                admin->get(QStringLiteral("/api/v1/kpis?from=%1&to=%2")
                               .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
            QCOMPARE(r.status, 200);
            KpiQueryFilter f;
            f.from = first;
            f.to = last;
            f.today = serverToday();
            const auto direct = KpiQuery::report(fx.store->connection(), f);
            QVERIFY(direct);
            const QString period =
                first.toString(Qt::ISODate) + QLatin1Char(' ') + last.toString(Qt::ISODate);
            for (const char *key : {"by_channel", "by_day", "totals"})
                QVERIFY2(direct->value(QLatin1String(key)) == r.json.value(QLatin1String(key)),
                         qPrintable(period + QLatin1Char(' ') + QLatin1String(key)));
        }
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

QTEST_GUILESS_MAIN(TestKpiApiChanges)
#include "TestKpiApiChanges.moc"
