// Pulled pages into the local store: upserts through the whitelist, idempotent
// re-apply, append-only activities, a debtor's delete with all its rows, the search
// indexes, all-or-nothing refusal, and the reset after 410.
#include "PageBuilder.h"
#include "StoreTestHelpers.h"
#include "store/ActivityRepository.h"
#include "store/ContactRecorder.h"
#include "store/DebtorRepository.h"
#include "store/DebtorSearchIndex.h"
#include "store/Outbox.h"
#include "sync/ChangeApplier.h"
#include "sync/SyncState.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace quita;
using namespace quita::test;

class TestChangeApplier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appliesAPageAndItsCursor();
    void upsertKeepsSummaryAndRowid();
    void reapplyIsIdempotent();
    void activitiesAreAppendOnly();
    void deleteRemovesTheDebtorAndAllItsRows();
    void deleteOfChildRows();
    void badPageAppliesNothing_data();
    void badPageAppliesNothing();
    void searchFindsPulledRows();
    void firstSyncIndexesSearchAtItsEnd();
    void resetKeepsTheOutbox();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 count(const QString &table) const
    {
        return scalarNumber(db(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        return scalar(db(), sql, binds);
    }
    QList<qint64> activityMatches(const QString &expression) const
    {
        QList<qint64> rowids;
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "SELECT rowid FROM activity_search WHERE activity_search MATCH ? ORDER BY rowid"));
        q.addBindValue(expression);
        q.exec();
        while (q.next())
            rowids << q.value(0).toLongLong();
        return rowids;
    }
    bool searchIntact() const
    {
        return execSql(db(), QStringLiteral("INSERT INTO debtor_search(debtor_search) VALUES "
                                            "('integrity-check')")) &&
               execSql(db(), QStringLiteral("INSERT INTO activity_search(activity_search) VALUES "
                                            "('integrity-check')"));
    }
    // One debtor with a phone, an e-mail, two titles, two activities and a promise.
    PageBuilder fullDebtor(const QString &debtor, const QString &name, qint64 firstSeq = 1);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QString m_creditor = newId();
    const QString m_portfolio = newId();
};

void TestChangeApplier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openStore(m_dir->filePath(QStringLiteral("quita.sqlite")));
    QVERIFY(m_db);
}

void TestChangeApplier::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

PageBuilder TestChangeApplier::fullDebtor(const QString &debtor, const QString &name,
                                          qint64 firstSeq)
{
    PageBuilder b(firstSeq);
    b.upsert(QStringLiteral("creditor"), creditorRow(m_creditor))
        .upsert(QStringLiteral("portfolio"), portfolioRow(m_portfolio, m_creditor))
        .upsert(QStringLiteral("debtor"), debtorRow(debtor, m_portfolio, name))
        .upsert(QStringLiteral("contact_point"),
                contactPointRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000001"),
                                debtor, QStringLiteral("phone"), QStringLiteral("11987654321")))
        .upsert(QStringLiteral("contact_point"),
                contactPointRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000002"),
                                debtor, QStringLiteral("email"),
                                QStringLiteral("cliente@example.com.br")))
        .upsert(QStringLiteral("title"),
                titleRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000003"), debtor,
                         QStringLiteral("CTR-2026/0042"), 150000, QStringLiteral("2026-03-10")))
        .upsert(QStringLiteral("title"),
                titleRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000004"), debtor,
                         QStringLiteral("CTR-2026/0043"), 50000, QStringLiteral("2026-01-10")))
        .upsert(QStringLiteral("activity"),
                activityRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000005"), debtor,
                            QStringLiteral("Negociação da geladeira"), 1767225600000))
        .upsert(QStringLiteral("activity"),
                activityRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000006"), debtor,
                            QStringLiteral("Lembrete de vencimento"), 1767312000000))
        .upsert(QStringLiteral("promise"),
                promiseRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000007"), debtor,
                           debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000006"),
                           QStringLiteral("2026-12-05"), 30000));
    return b;
}

void TestChangeApplier::appliesAPageAndItsCursor()
{
    const QString debtor = newId();
    const PageBuilder page = fullDebtor(debtor, QStringLiteral("João Araújo"), 41);
    ChangeApplier applier(db());
    // One page, so no deferred indexing (see firstSyncIndexesSearchAtItsEnd).
    const auto applied = applier.apply(page.json(false));
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied->changes, 10);
    QCOMPARE(applied->nextCursor, 50);
    QVERIFY(!applied->hasMore);
    QCOMPARE(applied->debtorIds, QStringList{debtor});
    QCOMPARE(SyncState(db()).cursor(), 50);

    for (const char *table : {"creditor", "portfolio", "debtor", "promise"})
        QCOMPARE(count(QLatin1String(table)), 1);
    QCOMPARE(count(QStringLiteral("contact_point")), 2);
    QCOMPARE(count(QStringLiteral("title")), 2);
    QCOMPARE(count(QStringLiteral("activity")), 2);

    // Columns as the server sent them; JSON booleans as 0/1.
    QCOMPARE(value(QStringLiteral("SELECT agent_id FROM debtor")).toString(),
             QStringLiteral("7d0c55f4-7b9b-4b53-9a55-0f8f3f1d2a10"));
    QCOMPARE(value(QStringLiteral("SELECT version FROM debtor")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT updated_at FROM debtor")).toLongLong(), 1767225600000);
    QCOMPARE(value(QStringLiteral("SELECT is_primary || consent_voice || consent_sms || "
                                  "opt_out_email || deleted FROM contact_point WHERE kind = "
                                  "'phone'"))
                 .toString(),
             QStringLiteral("10110"));
    QCOMPARE(
        value(QStringLiteral("SELECT typeof(is_primary) FROM contact_point LIMIT 1")).toString(),
        QStringLiteral("integer"));
    QVERIFY(value(QStringLiteral("SELECT callback_at FROM activity LIMIT 1")).isNull());

    // The triggers derived the summary.
    const auto overview = DebtorRepository(db()).overview(QUuid::fromString(debtor));
    QVERIFY(overview);
    QCOMPARE(overview->debtor.name, QStringLiteral("João Araújo"));
    QCOMPARE(overview->totalDue.cents(), 200000);
    QCOMPARE(overview->oldestDueDate, QDate(2026, 1, 10));
    QCOMPARE(overview->openPromiseDue, QDate(2026, 12, 5));
    QCOMPARE(overview->portfolioName, QStringLiteral("Cartões 2026"));
    QCOMPARE(value(QStringLiteral("SELECT last_outbound_at FROM debtor")).toLongLong(),
             1767312000000);
    QVERIFY(searchIntact());

    // An empty page still moves the cursor.
    const auto empty = applier.apply(PageBuilder(51).page());
    QVERIFY(empty.ok());
    QCOMPARE(empty->changes, 0);
    QCOMPARE(SyncState(db()).cursor(), 50);
}

void TestChangeApplier::upsertKeepsSummaryAndRowid()
{
    const QString debtor = newId();
    ChangeApplier applier(db());
    QVERIFY(applier.apply(fullDebtor(debtor, QStringLiteral("Maria Souza")).page()).ok());
    const qint64 rowid = value(QStringLiteral("SELECT rowid FROM debtor")).toLongLong();
    const qint64 due = value(QStringLiteral("SELECT total_due_cents FROM debtor")).toLongLong();
    QCOMPARE(due, 200000);

    // A newer version of the debtor, with a summary column the server should not send:
    // the whitelist ignores it and the triggers' value stays.
    QJsonObject row = debtorRow(debtor, m_portfolio, QStringLiteral("Maria Souza Lima"));
    row.insert(QStringLiteral("version"), 2);
    row.insert(QStringLiteral("total_due_cents"), 1);
    row.insert(QStringLiteral("last_outbound_at"), 5);
    row.insert(QStringLiteral("city"), QJsonValue::Null);
    const auto applied =
        applier.apply(PageBuilder(20).upsert(QStringLiteral("debtor"), row).page());
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(count(QStringLiteral("debtor")), 1);
    QCOMPARE(value(QStringLiteral("SELECT rowid FROM debtor")).toLongLong(), rowid);
    QCOMPARE(value(QStringLiteral("SELECT name FROM debtor")).toString(),
             QStringLiteral("Maria Souza Lima"));
    QCOMPARE(value(QStringLiteral("SELECT version FROM debtor")).toInt(), 2);
    QCOMPARE(value(QStringLiteral("SELECT city FROM debtor")).toString(), QString(""));
    QCOMPARE(value(QStringLiteral("SELECT total_due_cents FROM debtor")).toLongLong(), due);
    QCOMPARE(value(QStringLiteral("SELECT last_outbound_at FROM debtor")).toLongLong(),
             1767312000000);

    // A title paid off on the server: the summary follows through the update trigger.
    QJsonObject paid = titleRow(debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000003"),
                                debtor, QStringLiteral("CTR-2026/0042"), 0);
    paid.insert(QStringLiteral("principal_cents"), 150000);
    QVERIFY(applier.apply(PageBuilder(21).upsert(QStringLiteral("title"), paid).page()).ok());
    QCOMPARE(value(QStringLiteral("SELECT total_due_cents FROM debtor")).toLongLong(), 50000);

    // A tombstoned debtor leaves the search.
    DebtorSearchIndex search(db());
    QCOMPARE(search.search(QStringLiteral("lima")).size(), 1);
    row.insert(QStringLiteral("deleted"), true);
    row.insert(QStringLiteral("version"), 3);
    QVERIFY(applier.apply(PageBuilder(22).upsert(QStringLiteral("debtor"), row).page()).ok());
    QCOMPARE(search.search(QStringLiteral("lima")).size(), 0);
    QVERIFY(!DebtorRepository(db()).overview(QUuid::fromString(debtor)));
    QVERIFY(searchIntact());
}

void TestChangeApplier::reapplyIsIdempotent()
{
    const QString debtor = newId();
    const QByteArray page = fullDebtor(debtor, QStringLiteral("Paulo Mendes")).json();
    ChangeApplier applier(db());
    QVERIFY(applier.apply(page).ok());
    const QStringList tables{QStringLiteral("debtor"),  QStringLiteral("contact_point"),
                             QStringLiteral("title"),   QStringLiteral("activity"),
                             QStringLiteral("promise"), QStringLiteral("debtor_search")};
    QList<qint64> before;
    for (const QString &t : tables)
        before << count(t);
    const QList<qint64> hits = activityMatches(QStringLiteral("geladeira"));
    QCOMPARE(hits.size(), 2); // both bodies mention it

    // The same page again (a retried pull), and through a fresh applier.
    QVERIFY(applier.apply(page).ok());
    QVERIFY(ChangeApplier(db()).apply(page).ok());
    QList<qint64> after;
    for (const QString &t : tables)
        after << count(t);
    QCOMPARE(after, before);
    QCOMPARE(activityMatches(QStringLiteral("geladeira")), hits);
    QCOMPARE(value(QStringLiteral("SELECT total_due_cents FROM debtor")).toLongLong(), 200000);
    QVERIFY(searchIntact());
}

void TestChangeApplier::activitiesAreAppendOnly()
{
    const QString debtor = newId();
    ChangeApplier applier(db());
    QVERIFY(applier.apply(fullDebtor(debtor, QStringLiteral("Rita Campos")).page()).ok());

    // A contact logged on this desk: version 0 until the server's copy comes back.
    Activity a;
    a.id = QUuid::createUuid();
    a.debtorId = QUuid::fromString(debtor);
    a.channel = Channel::Phone;
    a.result = QStringLiteral("rpc");
    a.occurredAt = QDateTime::fromMSecsSinceEpoch(1767400000000, Qt::UTC);
    a.agent = QStringLiteral("ana");
    a.summary = QStringLiteral("Falou do carnê");
    QVERIFY(ContactRecorder(db()).record(a, std::nullopt, QDate(2026, 1, 2)).ok());
    const QString id = idText(a.id);
    QCOMPARE(value(QStringLiteral("SELECT version FROM activity WHERE id = ?"), {id}).toInt(), 0);

    QJsonObject row = activityRow(id, debtor, QStringLiteral("Falou do carnê"), 1767400000000);
    row.insert(QStringLiteral("body"), QString());
    QVERIFY(applier.apply(PageBuilder(30).upsert(QStringLiteral("activity"), row).page()).ok());
    QCOMPARE(value(QStringLiteral("SELECT version FROM activity WHERE id = ?"), {id}).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT agent FROM activity WHERE id = ?"), {id}).toString(),
             QStringLiteral("Ana Lima"));
    QCOMPARE(count(QStringLiteral("activity")), 3);

    // Its text never changes, whatever a later copy says.
    row.insert(QStringLiteral("summary"), QStringLiteral("Outro texto"));
    row.insert(QStringLiteral("version"), 2);
    QVERIFY(applier.apply(PageBuilder(31).upsert(QStringLiteral("activity"), row).page()).ok());
    QCOMPARE(value(QStringLiteral("SELECT summary FROM activity WHERE id = ?"), {id}).toString(),
             QStringLiteral("Falou do carnê"));
    QCOMPARE(activityMatches(QStringLiteral("carne")).size(), 1);
    QVERIFY(activityMatches(QStringLiteral("outro")).isEmpty());
    // The outbox entry stays until the push is answered.
    QCOMPARE(Outbox(db()).pendingCount(), 1);
    QVERIFY(searchIntact());
}

void TestChangeApplier::deleteRemovesTheDebtorAndAllItsRows()
{
    const QString leaving = newId();
    const QString staying = newId();
    ChangeApplier applier(db());
    QVERIFY(applier.apply(fullDebtor(leaving, QStringLiteral("Otávio Leite")).page()).ok());
    QVERIFY(applier.apply(fullDebtor(staying, QStringLiteral("Sara Nogueira"), 20).page()).ok());
    // Work logged on this desk for the leaving debtor, not pushed yet.
    Activity a;
    a.id = QUuid::createUuid();
    a.debtorId = QUuid::fromString(leaving);
    a.result = QStringLiteral("no_answer");
    a.occurredAt = QDateTime::fromMSecsSinceEpoch(1767400000000, Qt::UTC);
    a.summary = QStringLiteral("Ninguém atendeu");
    QVERIFY(ContactRecorder(db()).record(a, std::nullopt, QDate(2026, 1, 2)).ok());
    QCOMPARE(activityMatches(QStringLiteral("geladeira")).size(), 4);

    const auto applied =
        applier.apply(PageBuilder(40).remove(QStringLiteral("debtor"), leaving).page());
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied->debtorIds, QStringList{leaving});
    for (const char *table : {"contact_point", "title", "activity", "promise"})
        QCOMPARE(scalarNumber(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE debtor_id = '%2'")
                                        .arg(QLatin1String(table), leaving)),
                 0);
    QCOMPARE(count(QStringLiteral("debtor")), 1);
    QCOMPARE(count(QStringLiteral("debtor_search")), 1);
    DebtorSearchIndex search(db());
    QVERIFY(search.search(QStringLiteral("otavio")).isEmpty());
    QCOMPARE(search.search(QStringLiteral("sara")).size(), 1);
    QCOMPARE(activityMatches(QStringLiteral("geladeira")).size(), 2);
    QVERIFY(activityMatches(QStringLiteral("ninguem")).isEmpty());
    QVERIFY(searchIntact());
    // The outbox keeps its mutation: the server will answer it (403) and the conflict
    // list tells the agent.
    QCOMPARE(Outbox(db()).pendingCount(), 1);

    // The staying debtor is whole; a delete of an unknown debtor is no error.
    QCOMPARE(count(QStringLiteral("activity")), 2);
    QCOMPARE(value(QStringLiteral("SELECT total_due_cents FROM debtor")).toLongLong(), 200000);
    QVERIFY(applier.apply(PageBuilder(41).remove(QStringLiteral("debtor"), leaving).page()).ok());
    QCOMPARE(SyncState(db()).cursor(), 41);
}

void TestChangeApplier::deleteOfChildRows()
{
    const QString debtor = newId();
    ChangeApplier applier(db());
    QVERIFY(applier.apply(fullDebtor(debtor, QStringLiteral("Célia Prado")).page()).ok());
    const QString phone = debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000001");
    const QString title = debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000004");
    const QString activity = debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000005");
    const QString promise = debtor.left(8) + QStringLiteral("-0000-4000-8000-000000000007");
    DebtorSearchIndex search(db());
    QCOMPARE(search.search(QStringLiteral("11987654321")).size(), 1);

    const auto applied = applier.apply(PageBuilder(50)
                                           .remove(QStringLiteral("contact_point"), phone)
                                           .remove(QStringLiteral("title"), title)
                                           .remove(QStringLiteral("activity"), activity)
                                           .remove(QStringLiteral("promise"), promise)
                                           .page());
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied->debtorIds, QStringList{debtor});
    QVERIFY(search.search(QStringLiteral("11987654321")).isEmpty());
    QCOMPARE(search.search(QStringLiteral("celia")).size(), 1);
    QCOMPARE(value(QStringLiteral("SELECT total_due_cents FROM debtor")).toLongLong(), 150000);
    QCOMPARE(value(QStringLiteral("SELECT oldest_due_on FROM debtor")).toString(),
             QStringLiteral("2026-03-10"));
    QVERIFY(value(QStringLiteral("SELECT open_promise_due_on FROM debtor")).isNull());
    QCOMPARE(activityMatches(QStringLiteral("negociacao")).size(), 0);
    QCOMPARE(activityMatches(QStringLiteral("lembrete")).size(), 1);
    QVERIFY(searchIntact());
}

void TestChangeApplier::badPageAppliesNothing_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions"); // in the message, besides the field

    const QString debtor = QStringLiteral("0b8d7a40-1c2e-4f3a-8b5c-6d7e8f901299");
    const QString portfolio = QStringLiteral("0b8d7a40-1c2e-4f3a-8b5c-6d7e8f901202");
    const QString creditor = QStringLiteral("0b8d7a40-1c2e-4f3a-8b5c-6d7e8f901201");
    // Changes 7 and 8 are good; change 9 is the one refused.
    const auto start = [&]() {
        PageBuilder b(7);
        b.upsert(QStringLiteral("creditor"), creditorRow(creditor))
            .upsert(QStringLiteral("portfolio"), portfolioRow(portfolio, creditor));
        return b;
    };
    const QJsonObject good = debtorRow(debtor, portfolio, QStringLiteral("Ana"));
    const auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject row = good;
        if (v.isUndefined())
            row.remove(QLatin1String(key));
        else
            row.insert(QLatin1String(key), v);
        return start().upsert(QStringLiteral("debtor"), row).json();
    };
    const auto change9 = [&](const QJsonObject &change) {
        QJsonObject c = change;
        c.insert(QStringLiteral("seq"), 9);
        return start().raw(c).json();
    };

    QTest::newRow("unknown entity")
        << start().upsert(QStringLiteral("court_case"), good).json() << "entity"
        << "change 9 (court_case)";
    QTest::newRow("name missing") << with("name", QJsonValue::Undefined) << "name"
                                  << "change 9 (debtor): name is required";
    QTest::newRow("name a number") << with("name", 12) << "name"
                                   << "change 9 (debtor): name must be a string";
    QTest::newRow("portfolio not a UUID")
        << with("portfolio_id", QStringLiteral("p1")) << "portfolio_id"
        << "UUID";
    QTest::newRow("bad date") << with("placed_on", QStringLiteral("2026-13-01")) << "placed_on"
                              << "YYYY-MM-DD";
    QTest::newRow("fraction of a cent") << with("capacity_cents", 10.5) << "capacity_cents"
                                        << "whole number";
    QTest::newRow("flag as text") << with("deleted", QStringLiteral("yes")) << "deleted"
                                  << "true or false";
    QJsonObject other = good;
    other.insert(QStringLiteral("id"), newId());
    QTest::newRow("id differs") << change9({{QStringLiteral("entity"), QStringLiteral("debtor")},
                                            {QStringLiteral("id"), debtor},
                                            {QStringLiteral("op"), QStringLiteral("upsert")},
                                            {QStringLiteral("data"), other}})
                                << "id" << debtor;
    QTest::newRow("unknown portfolio (store refuses)") << with("portfolio_id", newId()) << "data"
                                                       << "FOREIGN KEY";
    QTest::newRow("kind not allowed")
        << start()
               .upsert(QStringLiteral("contact_point"),
                       contactPointRow(newId(), debtor, QStringLiteral("fax"), QStringLiteral("1")))
               .json()
        << "kind"
        << "phone, email, whatsapp";
    QTest::newRow("unknown op") << change9({{QStringLiteral("entity"), QStringLiteral("debtor")},
                                            {QStringLiteral("id"), debtor},
                                            {QStringLiteral("op"), QStringLiteral("merge")}})
                                << "op"
                                << "change 9";
    QTest::newRow("no data") << change9({{QStringLiteral("entity"), QStringLiteral("debtor")},
                                         {QStringLiteral("id"), debtor},
                                         {QStringLiteral("op"), QStringLiteral("upsert")}})
                             << "data"
                             << "object";
    QTest::newRow("delete without id")
        << change9({{QStringLiteral("entity"), QStringLiteral("debtor")},
                    {QStringLiteral("op"), QStringLiteral("delete")}})
        << "id"
        << "UUID";
    QTest::newRow("seq missing")
        << start().raw(QJsonObject{{QStringLiteral("entity"), QStringLiteral("creditor")}}).json()
        << "seq"
        << "change #3";
    QTest::newRow("changes not an array")
        << QByteArray(R"({"changes": {}, "next_cursor": 9, "has_more": false})") << "changes"
        << "array";
    QTest::newRow("no next_cursor")
        << QByteArray(R"({"changes": [], "has_more": false})") << "next_cursor"
        << "whole";
    QTest::newRow("not JSON") << QByteArray("<html>502</html>") << ""
                              << "JSON";
}

void TestChangeApplier::badPageAppliesNothing()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, field);
    QFETCH(QString, mentions);

    QVERIFY(SyncState(db()).setCursor(6).ok());
    ChangeApplier applier(db());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("pull page refused")));
    const auto applied = applier.apply(page);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().field, field);
    QVERIFY2(applied.error().message.contains(mentions), qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(QLatin1String("Nothing")),
             qPrintable(applied.error().message));
    for (const char *table : {"creditor", "portfolio", "debtor", "contact_point"})
        QCOMPARE(count(QLatin1String(table)), 0);
    QCOMPARE(SyncState(db()).cursor(), 6);

    // No transaction was left open: a good page goes through after.
    QVERIFY(
        applier
            .apply(
                PageBuilder(7).upsert(QStringLiteral("creditor"), creditorRow(m_creditor)).page())
            .ok());
    QCOMPARE(count(QStringLiteral("creditor")), 1);
    QCOMPARE(SyncState(db()).cursor(), 7);
}

void TestChangeApplier::searchFindsPulledRows()
{
    const QString debtor = newId();
    ChangeApplier applier(db());
    QVERIFY(
        applier.apply(fullDebtor(debtor, QStringLiteral("Joana D'Arc Figueiredo")).page()).ok());

    DebtorSearchIndex search(db());
    for (const QString &typed :
         {QStringLiteral("joana"), QStringLiteral("figueir"), QStringLiteral("123.456.789-09"),
          QStringLiteral("(11) 98765-4321"), QStringLiteral("98765"),
          QStringLiteral("cliente@example"), QStringLiteral("CTR-2026/0042")}) {
        const QList<DebtorHit> hits = search.search(typed);
        QVERIFY2(hits.size() == 1, qPrintable(typed));
        QCOMPARE(hits.at(0).id, QUuid::fromString(debtor));
        QCOMPARE(hits.at(0).totalDue.cents(), 200000);
    }

    TimelineQuery query;
    query.debtorId = QUuid::fromString(debtor);
    query.text = QStringLiteral("negociacao geladeira");
    const QList<Activity> found = ActivityRepository(db()).timeline(query);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).summary, QStringLiteral("Negociação da geladeira"));
    QCOMPARE(found.at(0).agent, QStringLiteral("Ana Lima"));
}

void TestChangeApplier::firstSyncIndexesSearchAtItsEnd()
{
    // A first sync of several pages into an empty store defers both search indexes to
    // its last page (0004_deferred_search.sql); what the desk writes meanwhile is
    // indexed then too.
    const QString first = newId();
    const QString second = newId();
    ChangeApplier applier(db());
    QVERIFY(applier.apply(fullDebtor(first, QStringLiteral("Otávio Prado")).page(true)).ok());
    QVERIFY(value(QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                 "'search_deferred_from'"))
                .isValid());
    QVERIFY(activityMatches(QStringLiteral("geladeira")).isEmpty());
    DebtorSearchIndex search(db());
    QVERIFY(search.search(QStringLiteral("otavio")).isEmpty());

    Activity mine;
    mine.id = QUuid::createUuid();
    mine.debtorId = QUuid::fromString(first);
    mine.channel = Channel::Phone;
    mine.result = QStringLiteral("rpc");
    mine.occurredAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    mine.summary = QStringLiteral("Prometeu transferência");
    QVERIFY(ActivityRepository(db()).insert(mine).ok());

    QVERIFY(applier.apply(fullDebtor(second, QStringLiteral("Sara Quintela"), 20).page()).ok());
    QVERIFY(!value(QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                  "'search_deferred_from'"))
                 .isValid());
    QCOMPARE(activityMatches(QStringLiteral("geladeira")).size(), 4); // two each, in the body
    QCOMPARE(activityMatches(QStringLiteral("transferencia")).size(), 1);
    QCOMPARE(search.search(QStringLiteral("otavio")).size(), 1);
    QCOMPARE(search.search(QStringLiteral("quintela")).size(), 1);
    QVERIFY(searchIntact());
    // The debtors' contact summaries are what the row-by-row trigger would have kept.
    QCOMPARE(value(QStringLiteral("SELECT last_outbound_at FROM debtor WHERE id = ?"), {first})
                 .toLongLong(),
             mine.occurredAt.toMSecsSinceEpoch());
    QCOMPARE(value(QStringLiteral("SELECT last_outbound_at FROM debtor WHERE id = ?"), {second})
                 .toLongLong(),
             qint64(1767312000000));

    // Afterwards every new activity is indexed as it comes.
    QVERIFY(applier
                .apply(PageBuilder(40)
                           .upsert(QStringLiteral("activity"),
                                   activityRow(newId(), second, QStringLiteral("Boleto enviado"),
                                               1767400000000))
                           .page())
                .ok());
    QCOMPARE(activityMatches(QStringLiteral("boleto")).size(), 1);
    QVERIFY(searchIntact());
}

void TestChangeApplier::resetKeepsTheOutbox()
{
    const QString debtor = newId();
    ChangeApplier applier(db());
    const QByteArray page = fullDebtor(debtor, QStringLiteral("Vera Matos"), 100).json();
    QVERIFY(applier.apply(page).ok());
    const QString clientId = SyncState(db()).clientId().value();
    QVERIFY(SyncState(db()).setUsername(QStringLiteral("ana")).ok());
    QVERIFY(Outbox(db()).enqueue(QStringLiteral("promise.update"), {}).ok());

    QVERIFY(applier.resetSyncedData().ok());
    for (const char *table : {"creditor", "portfolio", "debtor", "contact_point", "title",
                              "activity", "promise", "debtor_search"})
        QCOMPARE(count(QLatin1String(table)), 0);
    QVERIFY(activityMatches(QStringLiteral("geladeira")).isEmpty());
    QCOMPARE(SyncState(db()).cursor(), 0);
    QCOMPARE(SyncState(db()).clientId().value(), clientId);
    QCOMPARE(SyncState(db()).username(), QStringLiteral("ana"));
    QCOMPARE(Outbox(db()).pendingCount(), 1);

    // Pulling from 0 again rebuilds the same store, searchable.
    QVERIFY(applier.apply(page).ok());
    QCOMPARE(count(QStringLiteral("activity")), 2);
    QCOMPARE(activityMatches(QStringLiteral("geladeira")).size(), 2);
    QCOMPARE(DebtorSearchIndex(db()).search(QStringLiteral("vera")).size(), 1);
    QVERIFY(searchIntact());
}

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "TestChangeApplier.moc"
