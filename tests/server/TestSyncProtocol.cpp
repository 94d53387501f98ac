// Push and pull as docs/sync-protocol.md describes them: idempotent replay, refusals that
// do not block, stale versions, reassignment, an expired cursor, gateways and pokes.
#include "SyncApiFixture.h"

#include "sync/ChangeLog.h"

using namespace quita;
using namespace quita::test;

namespace {

QJsonObject resultAt(const ApiReply &reply, int i)
{
    return reply.json.value(QStringLiteral("results")).toArray().at(i).toObject();
}

} // namespace

class TestSyncProtocol : public QObject
{
    Q_OBJECT
private:
    SyncApiFixture fx;
    std::unique_ptr<ApiClient> ana, bruno, carla, admin;

    qint64 now() const { return fx.clock.nowUtc().toMSecsSinceEpoch(); }

    // Pulls everything after `cursor` in pages of `limit`; returns the changes and moves it.
    QList<QJsonObject> pullAll(ApiClient &client, qint64 &cursor, int limit = 1000)
    {
        QList<QJsonObject> changes;
        for (int page = 0; page < 10000; ++page) {
            const ApiReply r = client.get(
                QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(limit));
            if (r.status != 200) {
                qWarning() << "pull failed" << r.status << r.raw;
                return changes;
            }
            for (const QJsonValue &c : r.json.value(QStringLiteral("changes")).toArray())
                changes.append(c.toObject());
            cursor = r.json.value(QStringLiteral("next_cursor")).toInteger();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        return changes;
    }

    static int countOf(const QList<QJsonObject> &changes, const QString &entity, const QString &id,
                       const QString &op = QStringLiteral("upsert"))
    {
        return int(std::count_if(changes.begin(), changes.end(), [&](const QJsonObject &c) {
            return c.value(QStringLiteral("entity")).toString() == entity &&
                   c.value(QStringLiteral("id")).toString() == id &&
                   c.value(QStringLiteral("op")).toString() == op;
        }));
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
        admin = fx.client(QStringLiteral("admin"));
    }

    void cleanupTestCase() { fx.stop(); }

    void replayedMutationChangesNothing()
    {
        qint64 cursor = 0;
        pullAll(*ana, cursor);
        const QJsonObject args = callArgs(fx.anasDebtor, now());
        const QJsonObject m = mutation(QStringLiteral("activity.create"), args);
        const ApiReply first = ana->post(QStringLiteral("/api/v1/sync/push"), batch({m}));
        QCOMPARE(first.status, 200);
        QCOMPARE(resultAt(first, 0).value(QStringLiteral("status")).toInt(), 200);
        const QJsonObject row = resultAt(first, 0)
                                    .value(QStringLiteral("result"))
                                    .toObject()
                                    .value(QStringLiteral("activity"))
                                    .toObject();
        QCOMPARE(row.value(QStringLiteral("agent")).toString(), QStringLiteral("Ana Souza"));
        QCOMPARE(row.value(QStringLiteral("version")).toInt(), 1);

        // The answer was lost; the desk sends the same mutation again, twice.
        for (int i = 0; i < 2; ++i) {
            const ApiReply again = ana->post(QStringLiteral("/api/v1/sync/push"), batch({m}));
            QCOMPARE(resultAt(again, 0), resultAt(first, 0));
        }
        const QString id = args.value(QStringLiteral("id")).toString();
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM activity WHERE id = '%1'").arg(id)),
                 1);
        const QList<QJsonObject> changes = pullAll(*ana, cursor);
        QCOMPARE(countOf(changes, QStringLiteral("activity"), id), 1);
        // Another user replaying the id learns nothing about it.
        const ApiReply stolen = bruno->post(QStringLiteral("/api/v1/sync/push"), batch({m}));
        QCOMPARE(resultAt(stolen, 0).value(QStringLiteral("status")).toInt(), 409);
        QVERIFY(!resultAt(stolen, 0).contains(QStringLiteral("result")));
    }

    void refusalsDoNotBlockTheRest()
    {
        QJsonObject wrongType = callArgs(fx.anasDebtor, now());
        wrongType.insert(QStringLiteral("occurred_at"), QStringLiteral("yesterday"));
        QJsonObject wrongResult = callArgs(fx.anasDebtor, now(), QStringLiteral("delivered"));
        QJsonObject ptpWithoutPromise = callArgs(fx.anasDebtor, now(), QStringLiteral("ptp"));
        const QJsonObject good = callArgs(fx.anasDebtor, now(), QStringLiteral("rpc"));
        const ApiReply r = ana->post(
            QStringLiteral("/api/v1/sync/push"),
            batch({QJsonObject{{QStringLiteral("name"), QStringLiteral("activity.create")}},
                   mutation(QStringLiteral("activity.create"), wrongType),
                   mutation(QStringLiteral("activity.create"), wrongResult),
                   mutation(QStringLiteral("activity.fly"), good),
                   mutation(QStringLiteral("activity.create"), ptpWithoutPromise), QJsonValue(42),
                   mutation(QStringLiteral("activity.create"), good)}));
        QCOMPARE(r.status, 200);
        const QList<std::pair<int, QString>> expected{
            {400, QStringLiteral("mutation_id")}, {400, QStringLiteral("occurred_at")},
            {422, QStringLiteral("result")},      {400, QStringLiteral("name")},
            {422, QStringLiteral("promise")},     {400, QStringLiteral("mutations")}};
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject result = resultAt(r, i);
            QCOMPARE(result.value(QStringLiteral("status")).toInt(), expected[i].first);
            QCOMPARE(result.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("field"))
                         .toString(),
                     expected[i].second);
            QVERIFY(!result.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty());
        }
        QCOMPARE(resultAt(r, 6).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM activity WHERE id = '%1'")
                              .arg(good.value(QStringLiteral("id")).toString())),
                 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM activity WHERE id = '%1'")
                              .arg(wrongResult.value(QStringLiteral("id")).toString())),
                 0);

        // Malformed batches are refused whole.
        QCOMPARE(ana->call("POST", QStringLiteral("/api/v1/sync/push"), "{nope").status, 400);
        const ApiReply noClient = ana->post(QStringLiteral("/api/v1/sync/push"),
                                            {{QStringLiteral("mutations"), QJsonArray{}}});
        QCOMPARE(noClient.status, 400);
        QCOMPARE(noClient.errorField(), QStringLiteral("client_id"));
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(QJsonObject{});
        QCOMPARE(ana->post(QStringLiteral("/api/v1/sync/push"), batch(tooMany)).errorField(),
                 QStringLiteral("mutations"));
    }

    void staleVersionIsAConflict()
    {
        QJsonObject args = callArgs(fx.anasDebtor, now(), QStringLiteral("ptp"));
        const QString promiseId = newId();
        args.insert(QStringLiteral("promise"),
                    QJsonObject{{QStringLiteral("id"), promiseId},
                                {QStringLiteral("due_on"),
                                 fx.clock.today().addDays(3).toString(Qt::ISODate)},
                                {QStringLiteral("amount_cents"), 25000}});
        QCOMPARE(resultAt(ana->post(QStringLiteral("/api/v1/sync/push"),
                                    batch({mutation(QStringLiteral("activity.create"), args)})),
                          0)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 200);
        auto update = [&](ApiClient &c, int base, const QString &status,
                          const QString &id = newId()) {
            return c.post(QStringLiteral("/api/v1/sync/push"),
                          batch({mutation(QStringLiteral("promise.update"),
                                          {{QStringLiteral("id"), promiseId},
                                           {QStringLiteral("base_version"), base},
                                           {QStringLiteral("status"), status}},
                                          id)}));
        };
        // carla (the supervisor) marks it kept; ana, offline, had based hers on version 1.
        const ApiReply kept = update(*carla, 1, QStringLiteral("kept"));
        QCOMPARE(resultAt(kept, 0).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(resultAt(kept, 0)
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("promise"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInt(),
                 2);
        const QString staleId = newId();
        const ApiReply stale = update(*ana, 1, QStringLiteral("cancelled"), staleId);
        const QJsonObject result = resultAt(stale, 0);
        QCOMPARE(result.value(QStringLiteral("status")).toInt(), 409);
        const QJsonObject current = result.value(QStringLiteral("current")).toObject();
        QCOMPARE(current.value(QStringLiteral("status")).toString(), QStringLiteral("kept"));
        QCOMPARE(current.value(QStringLiteral("version")).toInt(), 2);
        // The conflict's answer is stored like any other: a replay gets the same 409.
        QCOMPARE(resultAt(update(*ana, 1, QStringLiteral("cancelled"), staleId), 0), result);
        QCOMPARE(fx.count(QStringLiteral("SELECT count(*) FROM promise WHERE id = '%1' AND "
                                         "status = 'kept'")
                              .arg(promiseId)),
                 1);
        // Resolved by the agent on the current version.
        QCOMPARE(resultAt(update(*ana, 2, QStringLiteral("open")), 0)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 200);
        QCOMPARE(resultAt(update(*ana, 3, QStringLiteral("paid")), 0)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 422);
        // Someone else's promise: refused naming the argument that pointed at it.
        const QJsonObject foreign = resultAt(update(*bruno, 3, QStringLiteral("kept")), 0);
        QCOMPARE(foreign.value(QStringLiteral("status")).toInt(), 403);
        QCOMPARE(foreign.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("id")));
        // A promise refused inside activity.create names its own field.
        QJsonObject zero = callArgs(fx.anasDebtor, now(), QStringLiteral("ptp"));
        zero.insert(QStringLiteral("promise"),
                    QJsonObject{{QStringLiteral("id"), newId()},
                                {QStringLiteral("due_on"),
                                 fx.clock.today().addDays(3).toString(Qt::ISODate)},
                                {QStringLiteral("amount_cents"), 0}});
        const QJsonObject refused =
            resultAt(ana->post(QStringLiteral("/api/v1/sync/push"),
                               batch({mutation(QStringLiteral("activity.create"), zero)})),
                     0);
        QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 422);
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("promise.amount_cents")));
        // The same activity id with other content is not a replay.
        QJsonObject altered = args;
        altered.insert(QStringLiteral("summary"), QStringLiteral("outro texto"));
        const QJsonObject clash =
            resultAt(ana->post(QStringLiteral("/api/v1/sync/push"),
                               batch({mutation(QStringLiteral("activity.create"), altered)})),
                     0);
        QCOMPARE(clash.value(QStringLiteral("status")).toInt(), 409);
        // A promise id already taken, under a new activity: 409 (on PostgreSQL too).
        QJsonObject reused = callArgs(fx.anasDebtor, now(), QStringLiteral("ptp"));
        reused.insert(QStringLiteral("promise"),
                      QJsonObject{{QStringLiteral("id"), promiseId},
                                  {QStringLiteral("due_on"),
                                   fx.clock.today().addDays(3).toString(Qt::ISODate)},
                                  {QStringLiteral("amount_cents"), 100}});
        const QJsonObject taken =
            resultAt(ana->post(QStringLiteral("/api/v1/sync/push"),
                               batch({mutation(QStringLiteral("activity.create"), reused)})),
                     0);
        QCOMPARE(taken.value(QStringLiteral("status")).toInt(), 409);
        QCOMPARE(taken.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("promise.id")));
        // Replaying the contact that made a promise answers with that promise too.
        const QString made = args.value(QStringLiteral("id")).toString();
        QJsonObject again = args;
        const QJsonObject replayed =
            resultAt(ana->post(QStringLiteral("/api/v1/sync/push"),
                               batch({mutation(QStringLiteral("activity.create"), again)})),
                     0);
        QCOMPARE(replayed.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(replayed.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("promise"))
                     .toObject()
                     .value(QStringLiteral("activity_id")),
                 QJsonValue(made));
    }

    void reassignmentMovesTheDebtor()
    {
        qint64 anaCursor = 0, brunoCursor = 0, carlaCursor = 0;
        pullAll(*ana, anaCursor);
        pullAll(*bruno, brunoCursor);
        pullAll(*carla, carlaCursor);
        const qint64 activities =
            fx.count(QStringLiteral("SELECT count(*) FROM activity WHERE debtor_id = '%1'")
                         .arg(fx.anasDebtor));

        // All or nothing: one unknown id refuses the whole call.
        const ApiReply refused =
            admin->put(QStringLiteral("/api/v1/admin/assignments"),
                       {{QStringLiteral("agent_id"), fx.bruno},
                        {QStringLiteral("debtor_ids"), QJsonArray{fx.anasDebtor, newId()}}});
        QCOMPARE(refused.status, 404);
        QCOMPARE(fx.count(QStringLiteral(
                              "SELECT count(*) FROM debtor WHERE id = '%1' AND agent_id = '%2'")
                              .arg(fx.anasDebtor, fx.ana)),
                 1);
        QCOMPARE(admin
                     ->put(QStringLiteral("/api/v1/admin/assignments"),
                           {{QStringLiteral("agent_id"), fx.carla},
                            {QStringLiteral("debtor_ids"), QJsonArray{fx.anasDebtor}}})
                     .errorField(),
                 QStringLiteral("agent_id"));

        fx.pokes.clear();
        const ApiReply moved =
            admin->put(QStringLiteral("/api/v1/admin/assignments"),
                       {{QStringLiteral("agent_id"), fx.bruno},
                        {QStringLiteral("debtor_ids"), QJsonArray{fx.anasDebtor}}});
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json.value(QStringLiteral("moved")).toInt(), 1);
        QCOMPARE(fx.pokes.size(), 1);
        for (const QString &user : {fx.ana, fx.bruno, fx.admin})
            QVERIFY(fx.pokes.first().users.contains(user));

        const QList<QJsonObject> forAna = pullAll(*ana, anaCursor);
        QCOMPARE(countOf(forAna, QStringLiteral("debtor"), fx.anasDebtor, QStringLiteral("delete")),
                 1);
        QCOMPARE(ana->get(QStringLiteral("/api/v1/debtors/%1").arg(fx.anasDebtor)).status, 403);

        const QList<QJsonObject> forBruno = pullAll(*bruno, brunoCursor);
        QVERIFY(countOf(forBruno, QStringLiteral("debtor"), fx.anasDebtor) >= 1);
        int backfilled = 0;
        for (const QJsonObject &c : forBruno)
            if (c.value(QStringLiteral("entity")).toString() == QLatin1String("activity") &&
                c.value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("debtor_id"))
                        .toString() == fx.anasDebtor)
                ++backfilled;
        QCOMPARE(backfilled, activities);
        QCOMPARE(bruno->get(QStringLiteral("/api/v1/debtors/%1").arg(fx.anasDebtor)).status, 200);

        // carla supervises both: she keeps the debtor, with its new holder.
        const QList<QJsonObject> forCarla = pullAll(*carla, carlaCursor);
        QCOMPARE(
            countOf(forCarla, QStringLiteral("debtor"), fx.anasDebtor, QStringLiteral("delete")),
            0);
        QCOMPARE(countOf(forCarla, QStringLiteral("debtor"), fx.anasDebtor), 1);

        // Back to ana, so the other tests keep their picture.
        QCOMPARE(admin
                     ->put(QStringLiteral("/api/v1/admin/assignments"),
                           {{QStringLiteral("agent_id"), fx.ana},
                            {QStringLiteral("debtor_ids"), QJsonArray{fx.anasDebtor}}})
                     .status,
                 200);
    }

    void expiredCursorGets410()
    {
        qint64 cursor = 0;
        const QList<QJsonObject> everything = pullAll(*ana, cursor);
        const qint64 old = 5;
        // Another write supersedes some early rows, then the log is compacted.
        QVERIFY(ana->post(QStringLiteral("/api/v1/sync/push"),
                          batch({mutation(QStringLiteral("activity.create"),
                                          callArgs(fx.anasDebtor, now()))}))
                    .status == 200);
        const auto compacted = server::ChangeLog(fx.store->connection()).compact(cursor);
        QVERIFY(compacted.ok());
        const ApiReply expired = ana->get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(old));
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.errorCode(), QStringLiteral("cursor_expired"));
        // Starting over from 0 still yields every row of the scope, each once.
        qint64 fresh = 0;
        const QList<QJsonObject> again = pullAll(*ana, fresh, 7);
        QSet<QString> before, after;
        for (const QJsonObject &c : everything)
            if (c.value(QStringLiteral("op")).toString() == QLatin1String("upsert"))
                before.insert(c.value(QStringLiteral("entity")).toString() +
                              c.value(QStringLiteral("id")).toString());
        for (const QJsonObject &c : again)
            after.insert(c.value(QStringLiteral("entity")).toString() +
                         c.value(QStringLiteral("id")).toString());
        QVERIFY(after.contains(before));
        QCOMPARE(ana->get(QStringLiteral("/api/v1/sync/pull?cursor=-1")).status, 400);
        // A cursor this server never gave (its store was replaced): start over too.
        const ApiReply ahead =
            ana->get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(fresh + 100000));
        QCOMPARE(ahead.status, 410);
        QCOMPARE(ahead.errorCode(), QStringLiteral("cursor_expired"));
        QCOMPARE(ana->get(QStringLiteral("/api/v1/sync/pull?limit=5001")).errorField(),
                 QStringLiteral("limit"));
    }

    void gatewayEventsLandInTheTimeline()
    {
        const ApiReply created =
            admin->post(QStringLiteral("/api/v1/admin/integrations"),
                        {{QStringLiteral("name"), QStringLiteral("Zap Gateway")}});
        QCOMPARE(created.status, 201);
        const QString key = created.json.value(QStringLiteral("api_key")).toString();
        QVERIFY(key.startsWith(QLatin1String("qk_")));
        QCOMPARE(admin
                     ->post(QStringLiteral("/api/v1/admin/integrations"),
                            {{QStringLiteral("name"), QStringLiteral("Zap Gateway")}})
                     .status,
                 409);
        QCOMPARE(fx.count(QStringLiteral(
                     "SELECT count(*) FROM integration WHERE key_hash LIKE '%qk_%'")),
                 0);

        ApiClient gateway(fx.base());
        gateway.setToken(key);
        const QString phone = fx.phoneOf(fx.anasDebtor);
        const QJsonObject event{{QStringLiteral("external_id"), QStringLiteral("wamid.001")},
                                {QStringLiteral("channel"), QStringLiteral("whatsapp")},
                                {QStringLiteral("direction"), QStringLiteral("inbound")},
                                {QStringLiteral("result"), QStringLiteral("replied")},
                                {QStringLiteral("occurred_at"), now() + 60000},
                                {QStringLiteral("summary"), QStringLiteral("Cliente respondeu")},
                                {QStringLiteral("body"), QStringLiteral("Posso pagar sexta")},
                                {QStringLiteral("from"), QStringLiteral("+55 ") + phone}};
        fx.pokes.clear();
        const ApiReply posted = gateway.post(QStringLiteral("/api/v1/activities"), event);
        QCOMPARE(posted.status, 201);
        const QJsonObject activity = posted.json.value(QStringLiteral("activity")).toObject();
        QCOMPARE(activity.value(QStringLiteral("debtor_id")).toString(), fx.anasDebtor);
        QCOMPARE(activity.value(QStringLiteral("agent")).toString(), QString());
        QCOMPARE(fx.pokes.size(), 1);
        QVERIFY(fx.pokes.first().users.contains(fx.ana));
        QVERIFY(!fx.pokes.first().users.contains(fx.bruno));
        // A retried delivery is the same event.
        const ApiReply retried = gateway.post(QStringLiteral("/api/v1/activities"), event);
        QCOMPARE(retried.status, 200);
        QCOMPARE(
            retried.json.value(QStringLiteral("activity")).toObject().value(QStringLiteral("id")),
            activity.value(QStringLiteral("id")));
        const ApiReply timeline =
            ana->get(QStringLiteral("/api/v1/debtors/%1/timeline?limit=1").arg(fx.anasDebtor));
        QCOMPARE(timeline.json.value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id")),
                 activity.value(QStringLiteral("id")));

        QJsonObject unknown = event;
        unknown.insert(QStringLiteral("external_id"), QStringLiteral("wamid.002"));
        unknown.insert(QStringLiteral("from"), QStringLiteral("(99) 3000-0000"));
        QCOMPARE(gateway.post(QStringLiteral("/api/v1/activities"), unknown).status, 404);
        unknown.insert(QStringLiteral("debtor_id"), QJsonValue::Null); // null: use `from`
        QCOMPARE(gateway.post(QStringLiteral("/api/v1/activities"), unknown).status, 404);
        unknown.remove(QStringLiteral("debtor_id"));
        unknown.insert(QStringLiteral("from"), QStringLiteral("not a phone"));
        QCOMPARE(gateway.post(QStringLiteral("/api/v1/activities"), unknown).errorField(),
                 QStringLiteral("from"));
        QCOMPARE(ana->post(QStringLiteral("/api/v1/activities"), event).status,
                 401); // a session is no key
        const QString id = created.json.value(QStringLiteral("id")).toString();
        QCOMPARE(
            bruno->call("DELETE", QStringLiteral("/api/v1/admin/integrations/%1").arg(id)).status,
            403);
        QCOMPARE(
            admin->call("DELETE", QStringLiteral("/api/v1/admin/integrations/%1").arg(id)).status,
            200);
        unknown.insert(QStringLiteral("from"), phone);
        QCOMPARE(gateway.post(QStringLiteral("/api/v1/activities"), unknown).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "TestSyncProtocol.moc"
