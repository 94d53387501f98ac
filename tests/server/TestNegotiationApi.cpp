// POST /simulations, /agreements and /approvals over real HTTP on loopback, on SQLite and
// on PostgreSQL: the figures come from the domain code, payment codes are valid, bad
// input names its field and writes nothing, and an offer beyond the agent's authority
// goes through a supervisor's approval.
#include "SyncApiFixture.h"
#include "domain/payment/Boleto.h"
#include "domain/payment/PixBrCode.h"
#include "negotiation/AgreementBreaker.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QtTest>

using namespace quita;
using namespace quita::test;

class TestNegotiationApi : public QObject
{
    Q_OBJECT

    SyncApiFixture fx;
    std::unique_ptr<ApiClient> ana, bruno, carla, sara, admin;
    QString debtor; // ana's debtor with the largest balance

    static QJsonObject scenario(const QString &kind, int installments, const QString &firstDue,
                                double discount = 0)
    {
        return {{QStringLiteral("kind"), kind},
                {QStringLiteral("installments"), installments},
                {QStringLiteral("discount_pct"), discount},
                {QStringLiteral("first_due"), firstDue}};
    }
    QJsonObject simulation(const QJsonArray &scenarios) const
    {
        return {{QStringLiteral("debtor_id"), debtor}, {QStringLiteral("scenarios"), scenarios}};
    }
    QJsonObject agreementArgs(const QJsonObject &offer, const QString &approvalId = {}) const
    {
        QJsonObject args{{QStringLiteral("debtor_id"), debtor},
                         {QStringLiteral("scenario"), offer}};
        if (!approvalId.isEmpty())
            args.insert(QStringLiteral("approval_id"), approvalId);
        return args;
    }
    // A new agreement of ana's debtor; its installments, in order.
    QJsonArray newAgreement(const QString &kind, int installments, QString *id = nullptr)
    {
        const ApiReply r = ana->post(QStringLiteral("/api/v1/agreements"),
                                     agreementArgs(scenario(kind, installments, "2026-12-05")));
        if (id)
            *id = r.json.value("agreement").toObject().value("id").toString();
        return r.json.value("agreement").toObject().value("installments").toArray();
    }
    QString agreementStatus(const QString &id) const
    {
        QSqlQuery q(fx.store->connection());
        q.exec(QStringLiteral("SELECT status FROM agreement WHERE id = '%1'").arg(id));
        return q.next() ? q.value(0).toString() : QString();
    }
    qint64 events(const QString &id, const QString &kind) const
    {
        return fx.count(QStringLiteral("SELECT count(*) FROM agreement_event WHERE agreement_id "
                                       "= '%1' AND kind = '%2'")
                            .arg(id, kind));
    }
    qint64 writes() const
    {
        return fx.count(QStringLiteral("SELECT (SELECT count(*) FROM agreement) + (SELECT count(*) "
                                       "FROM installment) + (SELECT count(*) FROM "
                                       "approval_request) + (SELECT coalesce(max(next_value), 0) "
                                       "FROM our_number_counter) + (SELECT count(*) FROM "
                                       "change_log)"));
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
        debtor = fx.debtorOf(QStringLiteral("total_due_cents = (SELECT max(total_due_cents) FROM "
                                            "debtor WHERE agent_id = '%1') AND agent_id = '%1'")
                                 .arg(fx.ana));
        QVERIFY(!debtor.isEmpty());
        QVERIFY(fx.count(QStringLiteral("SELECT total_due_cents FROM debtor WHERE id = '%1'")
                             .arg(debtor)) > 200000);
    }

    void cleanupTestCase() { fx.stop(); }

    void simulationAnswersEveryScenario()
    {
        const ApiReply r = ana->post(
            QStringLiteral("/api/v1/simulations"),
            simulation({scenario("full", 1, "2026-12-04", 10), scenario("price", 6, "2026-12-05"),
                        scenario("sac", 6, "2026-12-05"), scenario("flat", 4, "2026-12-05")}));
        QCOMPARE(r.status, 200);
        const QJsonObject balance = r.json.value(QStringLiteral("balance")).toObject();
        qint64 parts = 0;
        for (const char *key :
             {"principal_cents", "fine_cents", "interest_cents", "correction_cents", "fees_cents"})
            parts += balance.value(QLatin1String(key)).toInteger();
        QCOMPARE(balance.value(QStringLiteral("total_cents")).toInteger(), parts);
        // The principal is the sum of the debtor's open titles.
        QCOMPARE(balance.value(QStringLiteral("principal_cents")).toInteger(),
                 fx.count(QStringLiteral("SELECT sum(open_balance_cents) FROM title WHERE "
                                         "debtor_id = '%1' AND open_balance_cents > 0")
                              .arg(debtor)));
        QVERIFY(balance.value(QStringLiteral("interest_cents")).toInteger() > 0);
        const QJsonArray scenarios = r.json.value(QStringLiteral("scenarios")).toArray();
        QCOMPARE(scenarios.size(), 4);
        const QStringList kinds{"full", "price", "sac", "flat"};
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            const QJsonObject s = scenarios.at(i).toObject();
            QCOMPARE(s.value(QStringLiteral("kind")).toString(), kinds.at(i));
            qint64 sum = 0;
            for (const QJsonValue &inst : s.value(QStringLiteral("installments")).toArray())
                sum += inst.toObject().value(QStringLiteral("amount_cents")).toInteger();
            QCOMPARE(sum, s.value(QStringLiteral("total_cents")).toInteger());
            QVERIFY(s.contains(QStringLiteral("violations")));
            QVERIFY(s.contains(QStringLiteral("expected_recovery")));
        }
        const QJsonObject full = scenarios.at(0).toObject();
        QCOMPARE(full.value(QStringLiteral("total_cents")).toInteger(),
                 balance.value(QStringLiteral("total_cents")).toInteger() -
                     full.value(QStringLiteral("discount_cents")).toInteger());
        // Price and SAC charge the policy's financing rate; flat does not.
        QVERIFY(scenarios.at(1).toObject().value(QStringLiteral("monthly_rate")).toDouble() > 0);
        QCOMPARE(scenarios.at(3).toObject().value(QStringLiteral("total_cents")).toInteger(),
                 balance.value(QStringLiteral("total_cents")).toInteger());
    }

    void badInputNamesItsField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero installments") << simulation({scenario("price", 0, "2026-12-05")})
                                           << 422 << "scenarios[0].installments";
        QTest::newRow("discount over 100") << simulation({scenario("full", 1, "2026-12-05", 150)})
                                           << 422 << "scenarios[0].discount_pct";
        QTest::newRow("first due in the past")
            << simulation({scenario("price", 3, "2026-11-01")}) << 422 << "scenarios[0].first_due";
        QTest::newRow("unknown kind")
            << simulation({scenario("balloon", 3, "2026-12-05")}) << 422 << "scenarios[0].kind";
        QJsonObject text = scenario("price", 3, "2026-12-05");
        text.insert(QStringLiteral("installments"), QStringLiteral("3"));
        QTest::newRow("installments as text")
            << simulation({text}) << 400 << "scenarios[0].installments";
        QJsonObject negative = scenario("price", 3, "2026-12-05");
        negative.insert(QStringLiteral("down_payment_cents"), -100);
        QTest::newRow("negative down payment")
            << simulation({negative}) << 422 << "scenarios[1].down_payment_cents";
        QJsonObject unknownTitle = simulation({scenario("price", 3, "2026-12-05")});
        unknownTitle.insert(QStringLiteral("title_ids"), QJsonArray{newId()});
        QTest::newRow("unknown title") << unknownTitle << 422 << "title_ids[0]";
        QTest::newRow("no scenarios") << simulation({}) << 400 << "scenarios";
    }
    void badInputNamesItsField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        if (QTest::currentDataTag() == QLatin1String("negative down payment"))
            body.insert(QStringLiteral("scenarios"),
                        QJsonArray{scenario("flat", 2, "2026-12-05"),
                                   body.value(QStringLiteral("scenarios")).toArray().at(0)});
        const ApiReply r = ana->post(QStringLiteral("/api/v1/simulations"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorField(), field);
    }

    void otherAgentsDebtorIsForbidden()
    {
        QCOMPARE(bruno
                     ->post(QStringLiteral("/api/v1/simulations"),
                            simulation({scenario("full", 1, "2026-12-04")}))
                     .status,
                 403);
        QCOMPARE(bruno
                     ->post(QStringLiteral("/api/v1/agreements"),
                            agreementArgs(scenario("full", 1, "2026-12-04")))
                     .status,
                 403);
    }

    void agreementCarriesValidBoletosAndPix()
    {
        const qint64 before = fx.count(QStringLiteral("SELECT count(*) FROM agreement"));
        const ApiReply r = ana->post(QStringLiteral("/api/v1/agreements"),
                                     agreementArgs(scenario("price", 6, "2026-12-05")));
        QCOMPARE(r.status, 201);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM agreement")), before + 1);
        const QJsonObject agreement = r.json.value(QStringLiteral("agreement")).toObject();
        QCOMPARE(agreement.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(agreement.value(QStringLiteral("created_by")).toString(),
                 QStringLiteral("Ana Souza"));
        const QJsonArray installments = agreement.value(QStringLiteral("installments")).toArray();
        QCOMPARE(installments.size(), 6);
        qint64 sum = 0;
        QSet<QString> ourNumbers;
        for (const QJsonValue &v : installments) {
            const QJsonObject inst = v.toObject();
            const qint64 amount = inst.value(QStringLiteral("amount_cents")).toInteger();
            sum += amount;
            ourNumbers.insert(inst.value(QStringLiteral("our_number")).toString());
            const QJsonObject boleto = inst.value(QStringLiteral("boleto")).toObject();
            const QString barcode = boleto.value(QStringLiteral("barcode")).toString();
            QCOMPARE(barcode.size(), 44);
            QCOMPARE(boleto.value(QStringLiteral("line")).toString().size(), 47);
            // The line reads back to the same barcode, due date and amount.
            const auto parsed =
                Boleto::parse(boleto.value(QStringLiteral("line")).toString(), QDate(2026, 11, 30));
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            QCOMPARE(parsed->barcode(), barcode);
            QCOMPARE(parsed->amount().cents(), amount);
            QCOMPARE(parsed->dueDate().toString(Qt::ISODate),
                     inst.value(QStringLiteral("due")).toString());
            const auto pix = PixBrCode::parse(inst.value(QStringLiteral("pix"))
                                                  .toObject()
                                                  .value(QStringLiteral("payload"))
                                                  .toString());
            QVERIFY2(pix.ok(), qPrintable(pix.ok() ? QString() : pix.error().message));
            QCOMPARE(pix->amount()->cents(), amount);
        }
        QCOMPARE(ourNumbers.size(), 6);
        QCOMPARE(sum, agreement.value(QStringLiteral("total_cents")).toInteger());

        const QString id = agreement.value(QStringLiteral("id")).toString();
        const ApiReply read = ana->get(QStringLiteral("/api/v1/agreements/%1").arg(id));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("installments")), agreement.value("installments"));
        QCOMPARE(bruno->get(QStringLiteral("/api/v1/agreements/%1").arg(id)).status, 403);
        QCOMPARE(carla->get(QStringLiteral("/api/v1/agreements/%1").arg(id)).status, 200);
        QCOMPARE(ana->get(QStringLiteral("/api/v1/agreements/%1").arg(newId())).status, 404);
    }

    void retriedAgreementIsTheSameAgreement()
    {
        QJsonObject args = agreementArgs(scenario("flat", 2, "2026-12-06"));
        args.insert(QStringLiteral("id"), newId());
        const ApiReply first = ana->post(QStringLiteral("/api/v1/agreements"), args);
        QCOMPARE(first.status, 201);
        const qint64 before = writes();
        const ApiReply again = ana->post(QStringLiteral("/api/v1/agreements"), args);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json, first.json);
        QCOMPARE(writes(), before);
    }

    void creditorWithoutBankSettingsWritesNothing()
    {
        QSqlQuery q(fx.store->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE creditor SET pix_key = ''")));
        const qint64 before = writes();
        const ApiReply r = ana->post(QStringLiteral("/api/v1/agreements"),
                                     agreementArgs(scenario("full", 1, "2026-12-04")));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("pix_key"));
        QCOMPARE(writes(), before);
        QVERIFY(q.exec(QStringLiteral("UPDATE creditor SET pix_key = document")));
    }

    void offerBeyondAuthorityGoesThroughApproval()
    {
        const QJsonObject offer = scenario("price", 18, "2026-12-07"); // agent: at most 12
        const ApiReply simulated =
            ana->post(QStringLiteral("/api/v1/simulations"), simulation({offer}));
        QCOMPARE(simulated.status, 200);
        const QJsonObject computed =
            simulated.json.value(QStringLiteral("scenarios")).toArray().at(0).toObject();
        QCOMPARE(computed.value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("needs_supervisor"));
        QCOMPARE(computed.value(QStringLiteral("violations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("installments"));

        const ApiReply refused =
            ana->post(QStringLiteral("/api/v1/agreements"), agreementArgs(offer));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("approval_required"));
        QCOMPARE(refused.errorField(), QStringLiteral("scenario.installments"));

        const QString requestId = newId();
        QJsonObject ask = agreementArgs(offer);
        ask.insert(QStringLiteral("id"), requestId);
        ask.insert(QStringLiteral("note"), QStringLiteral("Desempregado, pede prazo maior"));
        const ApiReply asked = ana->post(QStringLiteral("/api/v1/approvals"), ask);
        QCOMPARE(asked.status, 201);
        QCOMPARE(asked.json.value("approval_request").toObject().value("status").toString(),
                 QStringLiteral("pending"));

        // Carla supervises ana: the request is in her queue, not in sara's.
        const ApiReply queue = carla->get(QStringLiteral("/api/v1/approvals?status=pending"));
        QCOMPARE(queue.status, 200);
        const QJsonArray items = queue.json.value(QStringLiteral("items")).toArray();
        QVERIFY(std::any_of(items.begin(), items.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("id")).toString() == requestId;
        }));
        QCOMPARE(sara->get(QStringLiteral("/api/v1/approvals?status=pending"))
                     .json.value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 0);

        const QString decision = QStringLiteral("/api/v1/approvals/%1/decision").arg(requestId);
        const QJsonObject approve{{QStringLiteral("decision"), QStringLiteral("approved")},
                                  {QStringLiteral("comment"), QStringLiteral("Ok, 18x")}};
        QCOMPARE(ana->post(decision, approve).status, 403);
        QCOMPARE(sara->post(decision, approve).status, 403);
        QCOMPARE(carla->post(decision, {{QStringLiteral("decision"), QStringLiteral("rejected")}})
                     .errorField(),
                 QStringLiteral("comment"));
        fx.pokes.clear();
        const ApiReply approved = carla->post(decision, approve);
        QCOMPARE(approved.status, 200);
        QVERIFY(std::any_of(fx.pokes.cbegin(), fx.pokes.cend(),
                            [&](const Poke &p) { return p.users.contains(fx.ana); }));
        QCOMPARE(carla->post(decision, approve).status, 409);

        // Another offer does not ride on this approval.
        QCOMPARE(ana->post(QStringLiteral("/api/v1/agreements"),
                           agreementArgs(scenario("price", 18, "2026-12-08"), requestId))
                     .errorCode(),
                 QStringLiteral("approval_mismatch"));
        const ApiReply created =
            ana->post(QStringLiteral("/api/v1/agreements"), agreementArgs(offer, requestId));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value("agreement").toObject().value("installment_count").toInt(), 18);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM approval_request WHERE id = '%1' "
                                         "AND status = 'used'")
                              .arg(requestId)),
                 1);
        // An approval is used once.
        QCOMPARE(ana->post(QStringLiteral("/api/v1/agreements"), agreementArgs(offer, requestId))
                     .errorCode(),
                 QStringLiteral("approval_not_granted"));
    }

    void agentCannotAskWhatNoOneMayGrant()
    {
        const ApiReply r = ana->post(
            QStringLiteral("/api/v1/approvals"),
            QJsonObject{{QStringLiteral("id"), newId()},
                        {QStringLiteral("debtor_id"), debtor},
                        {QStringLiteral("scenario"), scenario("price", 200, "2026-12-05")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("not_allowed"));
    }

    void paymentsMakeTheAgreementActiveThenSettled()
    {
        QString id;
        const QJsonArray installments = newAgreement("flat", 2, &id);
        QCOMPARE(installments.size(), 2);
        QCOMPARE(events(id, "created"), 1);
        const auto pay = [&](const QJsonObject &inst, qint64 cents, const QString &paymentId) {
            return ana->post(
                QStringLiteral("/api/v1/sync/push"),
                batch({mutation("payment.post", {{"id", paymentId},
                                                 {"installment_id", inst.value("id").toString()},
                                                 {"amount_cents", cents},
                                                 {"paid_on", "2026-11-30"}})}));
        };
        const auto answer = [](const ApiReply &r) {
            return r.json.value("results").toArray().at(0).toObject();
        };
        const QJsonObject first = installments.at(0).toObject();
        const qint64 firstAmount = first.value("amount_cents").toInteger();
        // Part of the installment: still open, the agreement active.
        QCOMPARE(answer(pay(first, 1000, newId())).value("status").toInt(), 200);
        QCOMPARE(agreementStatus(id), QStringLiteral("active"));
        const QString rest = newId();
        const QJsonObject paid = answer(pay(first, firstAmount - 1000, rest));
        QCOMPARE(paid.value("status").toInt(), 200);
        QCOMPARE(paid.value("result").toObject().value("installment").toObject().value("status"),
                 QStringLiteral("paid"));
        // The same mutation again is a replay; a new payment on a paid installment is stale.
        QCOMPARE(answer(pay(first, 5, newId())).value("status").toInt(), 409);
        QCOMPARE(answer(pay(first, 0, newId())).value("error").toObject().value("field"),
                 QStringLiteral("amount_cents"));
        const QJsonObject second = installments.at(1).toObject();
        QCOMPARE(answer(pay(second, second.value("amount_cents").toInteger(), newId()))
                     .value("status")
                     .toInt(),
                 200);
        QCOMPARE(agreementStatus(id), QStringLiteral("settled"));
        QCOMPARE(events(id, "payment"), 3);
        QCOMPARE(events(id, "settled"), 1);
        // Bruno may not pay on ana's debtor.
        QCOMPARE(bruno
                     ->post(QStringLiteral("/api/v1/sync/push"),
                            batch({mutation("payment.post",
                                            {{"id", newId()},
                                             {"installment_id", second.value("id").toString()},
                                             {"amount_cents", 100},
                                             {"paid_on", "2026-11-30"}})}))
                     .json.value("results")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("status")
                     .toInt(),
                 403);
    }

    void paymentFileIsAllOrNothing()
    {
        QString id;
        const QJsonArray installments = newAgreement("flat", 2, &id);
        const QString a = installments.at(0).toObject().value("our_number").toString();
        const QString b = installments.at(1).toObject().value("our_number").toString();
        const qint64 amountA = installments.at(0).toObject().value("amount_cents").toInteger();
        const qint64 amountB = installments.at(1).toObject().value("amount_cents").toInteger();
        const auto money = [](qint64 cents) {
            return QStringLiteral("%1,%2")
                .arg(cents / 100)
                .arg(cents % 100, 2, 10, QLatin1Char('0'));
        };
        const qint64 before = writes();
        const QString bad = QStringLiteral("our_number;paid_on;amount\n%1;2026-11-29;%2\n"
                                           "99999999999;2026-11-29;10,00\n")
                                .arg(a, money(amountA));
        QCOMPARE(ana->post(QStringLiteral("/api/v1/payments/import"), {{"content", bad}}).status,
                 403); // agents do not import bank files
        const ApiReply refused =
            carla->post(QStringLiteral("/api/v1/payments/import"), {{"content", bad}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), QStringLiteral("line 3"));
        QCOMPARE(writes(), before);
        QCOMPARE(agreementStatus(id), QStringLiteral("pending"));
        const QString good = QStringLiteral("%1;2026-11-29;%2\n%3;29/11/2026;%4\n")
                                 .arg(a, money(amountA), b, money(amountB));
        const ApiReply imported =
            carla->post(QStringLiteral("/api/v1/payments/import"), {{"content", good}});
        QCOMPARE(imported.status, 201);
        QCOMPARE(imported.json.value("count").toInt(), 2);
        QCOMPARE(agreementStatus(id), QStringLiteral("settled"));
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM payment WHERE agreement_id = '%1' "
                                         "AND source = 'import'")
                              .arg(id)),
                 2);
    }

    void cancellingSaysWhyAndClosesTheInstallments()
    {
        QString id;
        newAgreement("flat", 3, &id);
        const auto cancel = [&](const QJsonObject &args) {
            return ana
                ->post(QStringLiteral("/api/v1/sync/push"),
                       batch({mutation("agreement.cancel", args)}))
                .json.value("results")
                .toArray()
                .at(0)
                .toObject();
        };
        QCOMPARE(cancel({{"id", id}, {"reason", " "}}).value("error").toObject().value("field"),
                 QStringLiteral("reason"));
        QCOMPARE(agreementStatus(id), QStringLiteral("pending"));
        QCOMPARE(cancel({{"id", id}, {"reason", "Cliente pediu outro acordo"}}).value("status"),
                 200);
        QCOMPARE(agreementStatus(id), QStringLiteral("cancelled"));
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM installment WHERE agreement_id = "
                                         "'%1' AND status = 'cancelled'")
                              .arg(id)),
                 3);
        QCOMPARE(events(id, "cancelled"), 1);
        QCOMPARE(cancel({{"id", id}, {"reason", "de novo"}}).value("status"), 409);
        QCOMPARE(bruno
                     ->post(QStringLiteral("/api/v1/sync/push"),
                            batch({mutation("agreement.cancel", {{"id", id}, {"reason", "x"}})}))
                     .json.value("results")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("status"),
                 403);
    }

    void unpaidInstallmentPastGraceBreaksTheAgreement()
    {
        QString id;
        newAgreement("price", 3, &id);
        server::AgreementBreaker breaker(*fx.store, fx.clock, nullptr);
        QCOMPARE(breaker.runOnce(), 0); // nothing due yet
        const QDateTime now = fx.clock.nowUtc();
        const auto restore = qScopeGuard([&] { fx.clock.set(now); });
        fx.clock.set(now.addDays(10)); // 05/12 + 5 grace days = 10/12: still within
        QCOMPARE(breaker.runOnce(), 0);
        QCOMPARE(agreementStatus(id), QStringLiteral("pending"));
        fx.clock.set(now.addDays(11));
        QVERIFY(breaker.runOnce() >= 1);
        QCOMPARE(agreementStatus(id), QStringLiteral("broken"));
        QCOMPARE(events(id, "broken"), 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT installment_number FROM agreement_event WHERE "
                                         "agreement_id = '%1' AND kind = 'broken'")
                              .arg(id)),
                 1);
    }

    void adminSetsTheIndexesAndAPortfoliosTerms()
    {
        QSqlQuery q(fx.store->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT portfolio_id FROM debtor WHERE id = '%1'").arg(debtor)));
        QVERIFY(q.next());
        const QString portfolioId = q.value(0).toString();
        q.finish();
        const QString path = QStringLiteral("/api/v1/admin/portfolios/%1/terms").arg(portfolioId);
        const auto balance = [&] {
            return ana
                ->post(QStringLiteral("/api/v1/simulations"),
                       simulation({scenario("full", 1, "2026-12-04")}))
                .json.value(QStringLiteral("balance"))
                .toObject();
        };
        // No correction: none in the balance.
        QCOMPARE(admin->put(path, {{"charge_terms", QJsonObject{}}, {"grace_days", 5}}).status,
                 200);
        QCOMPARE(balance().value(QStringLiteral("correction_cents")).toInteger(), 0);
        // Agents may not; bad input names its field or line and changes nothing.
        QCOMPARE(ana->put(path, {{"charge_terms", QJsonObject{}}, {"grace_days", 5}}).status, 403);
        QCOMPARE(admin
                     ->put(path, {{"charge_terms", QJsonObject{{"fine_percent", 150}}},
                                  {"grace_days", 5}})
                     .errorField(),
                 QStringLiteral("charge_terms.fine_percent"));
        QCOMPARE(
            admin->put(path, {{"charge_terms", QJsonObject{}}, {"grace_days", 100}}).errorField(),
            QStringLiteral("grace_days"));
        QCOMPARE(
            admin
                ->put(QStringLiteral("/api/v1/admin/indexes"),
                      {{"content", "index;month;variation\ninpc;2026-01;0.40\ninpc;2026-13;0.1\n"}})
                .errorField(),
            QStringLiteral("line 3"));
        QSqlQuery clear(fx.store->connection());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM index_value WHERE index_name = 'inpc'")));
        QCOMPARE(admin
                     ->put(path, {{"charge_terms", QJsonObject{{"correction_index", "inpc"}}},
                                  {"grace_days", 5}})
                     .errorCode(),
                 QStringLiteral("no_index_values"));
        // INPC imported: the balance is corrected by it.
        QString csv = QStringLiteral("index;month;variation\n");
        for (int year = 2020; year <= 2026; ++year)
            for (int month = 1; month <= 12; ++month)
                csv += QStringLiteral("inpc;%1-%2;0.50\n")
                           .arg(year)
                           .arg(month, 2, 10, QLatin1Char('0'));
        const ApiReply imported =
            admin->put(QStringLiteral("/api/v1/admin/indexes"), {{"content", csv}});
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json.value("count").toInt(), 84);
        QCOMPARE(admin
                     ->put(path, {{"charge_terms", QJsonObject{{"correction_index", "inpc"}}},
                                  {"grace_days", 7}})
                     .status,
                 200);
        QVERIFY(balance().value(QStringLiteral("correction_cents")).toInteger() > 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT grace_days FROM portfolio WHERE id = '%1'")
                              .arg(portfolioId)),
                 7);
        // Back to the defaults for the tests that follow.
        QCOMPARE(admin->put(path, {{"charge_terms", QJsonObject{}}, {"grace_days", 5}}).status,
                 200);
    }

    void aPortfoliosPolicyDecidesWhatAnAgentMayOffer()
    {
        QSqlQuery q(fx.store->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT portfolio_id FROM debtor WHERE id = '%1'").arg(debtor)));
        QVERIFY(q.next());
        const QString path =
            QStringLiteral("/api/v1/admin/portfolios/%1/terms").arg(q.value(0).toString());
        q.finish();
        const auto violations = [&] {
            const QJsonArray offers = ana->post(QStringLiteral("/api/v1/simulations"),
                                                simulation({scenario("price", 6, "2026-12-04")}))
                                          .json.value(QStringLiteral("scenarios"))
                                          .toArray();
            return offers.at(0).toObject().value(QStringLiteral("violations")).toArray();
        };
        // Six installments are within an agent's default twelve.
        QCOMPARE(violations().size(), 0);
        const QJsonObject tight{
            {"buckets", QJsonObject{{"*", QJsonObject{{"agent", QJsonObject{
                                                                    {"max_installments", 3},
                                                                }}}}}}};
        QCOMPARE(admin
                     ->put(path, {{"charge_terms", QJsonObject{}},
                                  {"grace_days", 5},
                                  {"negotiation_policy", tight}})
                     .status,
                 200);
        const QJsonArray found = violations();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("max_installments"));
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("approver")).toString(),
                 QStringLiteral("supervisor"));
        // Leaving the policy out keeps it; a bad one names its path and changes nothing.
        QCOMPARE(admin->put(path, {{"charge_terms", QJsonObject{}}, {"grace_days", 5}}).status,
                 200);
        QCOMPARE(violations().size(), 1);
        const ApiReply bad = admin->put(
            path,
            {{"charge_terms", QJsonObject{}},
             {"grace_days", 5},
             {"negotiation_policy",
              QJsonObject{{"buckets",
                           QJsonObject{{"1-30", QJsonObject{{"agent", QJsonObject{
                                                                          {"max_installments", 0},
                                                                      }}}}}}}}});
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorField(),
                 QStringLiteral("negotiation_policy.buckets.1-30.agent.max_installments"));
        QCOMPARE(admin
                     ->put(path, {{"charge_terms", QJsonObject{}},
                                  {"grace_days", 5},
                                  {"negotiation_policy", 3}})
                     .errorField(),
                 QStringLiteral("negotiation_policy"));
        QCOMPARE(violations().size(), 1);
        // Back to the defaults.
        QCOMPARE(admin
                     ->put(path, {{"charge_terms", QJsonObject{}},
                                  {"grace_days", 5},
                                  {"negotiation_policy", QJsonObject{}}})
                     .status,
                 200);
        QCOMPARE(violations().size(), 0);
    }

    void agreementsTravelThroughTheChangeFeed()
    {
        QSet<QString> entities;
        qint64 cursor = 0;
        for (int page = 0; page < 100; ++page) {
            const ApiReply r =
                ana->get(QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=5000").arg(cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &c : r.json.value(QStringLiteral("changes")).toArray())
                entities.insert(c.toObject().value(QStringLiteral("entity")).toString());
            const qint64 next = r.json.value(QStringLiteral("next_cursor")).toInteger();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
            cursor = next;
        }
        QVERIFY(entities.contains(QStringLiteral("agreement")));
        QVERIFY(entities.contains(QStringLiteral("installment")));
        QVERIFY(entities.contains(QStringLiteral("approval_request")));
        QVERIFY(entities.contains(QStringLiteral("payment")));
        QVERIFY(entities.contains(QStringLiteral("agreement_event")));
        QVERIFY(entities.contains(QStringLiteral("index_value")));
    }
};

QTEST_GUILESS_MAIN(TestNegotiationApi)
#include "TestNegotiationApi.moc"
