// Every endpoint x every role x a debtor of one's own, of someone else, of nobody, and
// one that does not exist; and the admin endpoints. Real HTTP on loopback.
#include "SyncApiFixture.h"

using namespace quita;
using namespace quita::test;

class TestServerAuthorization : public QObject
{
    Q_OBJECT
private:
    SyncApiFixture fx;
    QHash<QString, std::shared_ptr<ApiClient>> clients;
    QHash<QString, QString> promiseOf; // debtor id -> a promise on it (made by admin)

    ApiClient &as(const QString &user) { return *clients[user]; }

    // One request of the given kind about `debtorId`, as `user`; returns the status.
    int attempt(const QString &user, const QString &kind, const QString &debtorId)
    {
        ApiClient &c = as(user);
        if (kind == QLatin1String("detail"))
            return c.get(QStringLiteral("/api/v1/debtors/%1").arg(debtorId)).status;
        if (kind == QLatin1String("timeline"))
            return c.get(QStringLiteral("/api/v1/debtors/%1/timeline?limit=5").arg(debtorId))
                .status;
        const qint64 at = fx.clock.nowUtc().toMSecsSinceEpoch();
        const QJsonObject m =
            kind == QLatin1String("push-activity")
                ? mutation(QStringLiteral("activity.create"), callArgs(debtorId, at))
                : mutation(QStringLiteral("promise.update"),
                           {{QStringLiteral("id"), promiseOf.value(debtorId, newId())},
                            {QStringLiteral("base_version"), 999},
                            {QStringLiteral("status"), QStringLiteral("kept")}});
        const ApiReply r = c.post(QStringLiteral("/api/v1/sync/push"), batch({m}));
        if (r.status != 200)
            return r.status;
        return r.json.value(QStringLiteral("results"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("status"))
            .toInt();
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
        for (const char *user : {"ana", "bruno", "carla", "sara", "admin"})
            clients.insert(QLatin1String(user), fx.client(QLatin1String(user)));
        for (const char *user : {"ana", "bruno", "carla", "sara", "admin"})
            QVERIFY2(!as(QLatin1String(user)).token().isEmpty(), user);
        QVERIFY(!fx.anasDebtor.isEmpty() && !fx.brunosDebtor.isEmpty() && !fx.poolDebtor.isEmpty());
        // A promise on each debtor, made by the admin, for the promise.update rows.
        for (const QString &debtor : {fx.anasDebtor, fx.brunosDebtor, fx.poolDebtor}) {
            QJsonObject args =
                callArgs(debtor, fx.clock.nowUtc().toMSecsSinceEpoch(), QStringLiteral("ptp"));
            const QString promiseId = newId();
            args.insert(QStringLiteral("promise"),
                        QJsonObject{{QStringLiteral("id"), promiseId},
                                    {QStringLiteral("due_on"),
                                     fx.clock.today().addDays(5).toString(Qt::ISODate)},
                                    {QStringLiteral("amount_cents"), 15000}});
            const ApiReply r =
                as(QStringLiteral("admin"))
                    .post(QStringLiteral("/api/v1/sync/push"),
                          batch({mutation(QStringLiteral("activity.create"), args)}));
            QCOMPARE(r.json.value(QStringLiteral("results"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toInt(),
                     200);
            promiseOf.insert(debtor, promiseId);
        }
    }

    void cleanupTestCase() { fx.stop(); }

    void matrix_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("whose"); // ana, bruno, pool, missing
        QTest::addColumn<int>("expected");
        // promise.update carries a stale base_version on purpose: reaching the row is a
        // 409, being kept away from it a 403/404.
        const QHash<QString, QHash<QString, int>> access{{QStringLiteral("ana"),
                                                          {{QStringLiteral("ana"), 200},
                                                           {QStringLiteral("bruno"), 403},
                                                           {QStringLiteral("pool"), 403}}},
                                                         {QStringLiteral("bruno"),
                                                          {{QStringLiteral("ana"), 403},
                                                           {QStringLiteral("bruno"), 200},
                                                           {QStringLiteral("pool"), 403}}},
                                                         {QStringLiteral("carla"),
                                                          {{QStringLiteral("ana"), 200},
                                                           {QStringLiteral("bruno"), 200},
                                                           {QStringLiteral("pool"), 403}}},
                                                         {QStringLiteral("sara"),
                                                          {{QStringLiteral("ana"), 403},
                                                           {QStringLiteral("bruno"), 403},
                                                           {QStringLiteral("pool"), 403}}},
                                                         {QStringLiteral("admin"),
                                                          {{QStringLiteral("ana"), 200},
                                                           {QStringLiteral("bruno"), 200},
                                                           {QStringLiteral("pool"), 200}}}};
        for (const char *user : {"ana", "bruno", "carla", "sara", "admin"})
            for (const char *kind : {"detail", "timeline", "push-activity", "push-promise"})
                for (const char *whose : {"ana", "bruno", "pool", "missing"}) {
                    int expected = QLatin1String(whose) == QLatin1String("missing")
                                       ? 404
                                       : access[QLatin1String(user)][QLatin1String(whose)];
                    if (QLatin1String(kind) == QLatin1String("push-promise") && expected == 200)
                        expected = 409;
                    QTest::addRow("%s/%s/%s", user, kind, whose)
                        << QString::fromLatin1(user) << QString::fromLatin1(kind)
                        << QString::fromLatin1(whose) << expected;
                }
    }

    void matrix()
    {
        QFETCH(QString, user);
        QFETCH(QString, kind);
        QFETCH(QString, whose);
        QFETCH(int, expected);
        const QString debtor = whose == QLatin1String("ana")     ? fx.anasDebtor
                               : whose == QLatin1String("bruno") ? fx.brunosDebtor
                               : whose == QLatin1String("pool")  ? fx.poolDebtor
                                                                 : newId();
        QCOMPARE(attempt(user, kind, debtor), expected);
    }

    void listsAndPullsStayInScope()
    {
        for (const char *user : {"ana", "bruno", "carla", "sara", "admin"}) {
            const ApiReply list =
                as(QLatin1String(user)).get(QStringLiteral("/api/v1/debtors?limit=500"));
            QCOMPARE(list.status, 200);
            const QJsonArray items = list.json.value(QStringLiteral("items")).toArray();
            const QString name = QLatin1String(user);
            const qint64 expected =
                name == QLatin1String("ana")
                    ? fx.count(QStringLiteral("SELECT count(*) FROM debtor WHERE agent_id = '%1'")
                                   .arg(fx.ana))
                : name == QLatin1String("bruno")
                    ? fx.count(QStringLiteral("SELECT count(*) FROM debtor WHERE agent_id = '%1'")
                                   .arg(fx.bruno))
                : name == QLatin1String("carla")
                    ? fx.count(
                          QStringLiteral("SELECT count(*) FROM debtor WHERE agent_id IS NOT NULL"))
                : name == QLatin1String("sara") ? 0
                                                : SyncApiFixture::kDebtors;
            QCOMPARE(items.size(), expected);
            for (const QJsonValue &item : items) {
                QVERIFY(item.toObject().contains(QStringLiteral("total_due_cents")));
                if (name == QLatin1String("ana"))
                    QCOMPARE(item.toObject().value(QStringLiteral("agent_id")).toString(), fx.ana);
            }
            // The change feed holds the same debtors, and nobody else's rows.
            const ApiReply pulled =
                as(name).get(QStringLiteral("/api/v1/sync/pull?cursor=0&limit=5000"));
            QCOMPARE(pulled.status, 200);
            QSet<QString> debtors;
            for (const QJsonValue &change :
                 pulled.json.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject c = change.toObject();
                const QJsonObject data = c.value(QStringLiteral("data")).toObject();
                if (c.value(QStringLiteral("entity")).toString() == QLatin1String("debtor"))
                    debtors.insert(c.value(QStringLiteral("id")).toString());
                else if (data.contains(QStringLiteral("debtor_id")))
                    QVERIFY(debtors.contains(data.value(QStringLiteral("debtor_id")).toString()));
            }
            QCOMPARE(debtors.size(), expected);
        }
    }

    void searchFindsByNameDocumentAndPhone()
    {
        ApiClient &ana = as(QStringLiteral("ana"));
        const ApiReply detail = ana.get(QStringLiteral("/api/v1/debtors/%1").arg(fx.anasDebtor));
        const QString name = detail.json.value(QStringLiteral("name")).toString();
        const QString document = detail.json.value(QStringLiteral("document")).toString();
        QVERIFY(!detail.json.value(QStringLiteral("titles")).toArray().isEmpty());
        QVERIFY(!detail.json.value(QStringLiteral("contact_points")).toArray().isEmpty());
        for (const QString &query : {name.section(QLatin1Char(' '), 0, 0).toLower(), document,
                                     fx.phoneOf(fx.anasDebtor)}) {
            const ApiReply found =
                ana.get(QStringLiteral("/api/v1/debtors?query=%1")
                            .arg(QString::fromUtf8(QUrl::toPercentEncoding(query))));
            QCOMPARE(found.status, 200);
            bool hit = false;
            for (const QJsonValue &item : found.json.value(QStringLiteral("items")).toArray())
                hit =
                    hit || item.toObject().value(QStringLiteral("id")).toString() == fx.anasDebtor;
            QVERIFY2(hit, qPrintable(query));
        }
        // bruno searching ana's debtor's document finds nothing.
        const ApiReply other = as(QStringLiteral("bruno"))
                                   .get(QStringLiteral("/api/v1/debtors?query=%1").arg(document));
        QCOMPARE(other.json.value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(ana.get(QStringLiteral("/api/v1/debtors?limit=0")).status, 400);
        QCOMPARE(ana.get(QStringLiteral("/api/v1/debtors?limit=abc")).errorField(),
                 QStringLiteral("limit"));
    }

    void timelinePagesNewestFirst()
    {
        ApiClient &ana = as(QStringLiteral("ana"));
        QList<qint64> times;
        QString before;
        for (int page = 0; page < 50; ++page) {
            const ApiReply r = ana.get(
                QStringLiteral("/api/v1/debtors/%1/timeline?limit=2%2")
                    .arg(fx.anasDebtor,
                         before.isEmpty() ? QString() : QStringLiteral("&before=") + before));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &a : r.json.value(QStringLiteral("items")).toArray())
                times.append(a.toObject().value(QStringLiteral("occurred_at")).toInteger());
            before = r.json.value(QStringLiteral("next_before")).toString();
            if (before.isEmpty())
                break;
        }
        QCOMPARE(times.size(),
                 fx.count(QStringLiteral("SELECT count(*) FROM activity WHERE debtor_id = '%1'")
                              .arg(fx.anasDebtor)));
        QVERIFY(std::is_sorted(times.rbegin(), times.rend()));
        QCOMPARE(
            ana.get(QStringLiteral("/api/v1/debtors/%1/timeline?before=xyz").arg(fx.anasDebtor))
                .status,
            400);
    }

    void withoutTokenEverythingIs401()
    {
        ApiClient anonymous(fx.base());
        for (const QString &path :
             {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/debtors"),
              QStringLiteral("/api/v1/debtors/%1").arg(fx.anasDebtor),
              QStringLiteral("/api/v1/debtors/%1/timeline").arg(fx.anasDebtor),
              QStringLiteral("/api/v1/sync/pull"), QStringLiteral("/api/v1/admin/users")})
            QCOMPARE(anonymous.get(path).status, 401);
        QCOMPARE(anonymous.post(QStringLiteral("/api/v1/sync/push"), batch({})).status, 401);
    }

    void adminEndpointsAreAdminOnly()
    {
        for (const char *user : {"ana", "carla", "sara"}) {
            ApiClient &c = as(QLatin1String(user));
            QCOMPARE(c.get(QStringLiteral("/api/v1/admin/users")).status, 403);
            QCOMPARE(c.get(QStringLiteral("/api/v1/admin/integrations")).status, 403);
            QCOMPARE(c.put(QStringLiteral("/api/v1/admin/assignments"),
                           {{QStringLiteral("agent_id"), fx.ana},
                            {QStringLiteral("debtor_ids"), QJsonArray{fx.brunosDebtor}}})
                         .status,
                     403);
        }
        ApiClient &admin = as(QStringLiteral("admin"));
        const ApiReply users = admin.get(QStringLiteral("/api/v1/admin/users"));
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json.value(QStringLiteral("items")).toArray().size(), 5);

        const QJsonObject rita{{QStringLiteral("username"), QStringLiteral("rita")},
                               {QStringLiteral("display_name"), QStringLiteral("Rita Prado")},
                               {QStringLiteral("role"), QStringLiteral("agent")},
                               {QStringLiteral("password"), QStringLiteral("uma-senha-boa")},
                               {QStringLiteral("supervisor_id"), fx.sara}};
        QCOMPARE(admin.post(QStringLiteral("/api/v1/admin/users"), rita).status, 201);
        QCOMPARE(admin.post(QStringLiteral("/api/v1/admin/users"), rita).status, 409);
        QJsonObject badRole = rita;
        badRole.insert(QStringLiteral("username"), QStringLiteral("rita2"));
        badRole.insert(QStringLiteral("role"), QStringLiteral("boss"));
        const ApiReply refused = admin.post(QStringLiteral("/api/v1/admin/users"), badRole);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), QStringLiteral("role"));
        QJsonObject badSupervisor = rita;
        badSupervisor.insert(QStringLiteral("username"), QStringLiteral("rita3"));
        badSupervisor.insert(QStringLiteral("supervisor_id"), fx.ana);
        QCOMPARE(admin.post(QStringLiteral("/api/v1/admin/users"), badSupervisor).errorField(),
                 QStringLiteral("supervisor_id"));
        QCOMPARE(admin.call("POST", QStringLiteral("/api/v1/admin/users"), "[1,2]").status, 400);
        ApiClient newcomer(fx.base());
        QVERIFY(!newcomer.login(QStringLiteral("rita"), QStringLiteral("uma-senha-boa")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerAuthorization)
#include "TestServerAuthorization.moc"
