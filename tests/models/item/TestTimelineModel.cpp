#include "DemoStoreFixture.h"
#include "item/TimelineModel.h"
#include "store/ActivityRepository.h"
#include "store/ContactRecorder.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace quita;

class TestTimelineModel : public QObject
{
    Q_OBJECT
private:
    test::DemoStoreFixture store;
    QUuid heavy;

    QUuid firstDebtor()
    {
        QSqlQuery q(store.database->connection());
        q.exec(QStringLiteral("SELECT id FROM debtor ORDER BY rowid LIMIT 1"));
        return q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store.open(40, 250));
        heavy = firstDebtor();
        QVERIFY(!heavy.isNull());
    }

    void fetchesIncrementallyNewestFirst()
    {
        TimelineModel model(store.database->connection());
        model.setDebtor(heavy);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        // Attached after the reset: Qt 6.4's tester calls fetchMore() from its own
        // modelReset handler and then misreports the insertion as nested in the reset.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int total = ActivityRepository(store.database->connection()).count(heavy);
        QVERIFY(total >= 250);
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
            QVERIFY(pages < 100);
        }
        QCOMPARE(model.rowCount(), total);
        QVERIFY(pages <= (total + 99) / 100); // the tester may have fetched pages too
        QSet<QUuid> ids;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            ids.insert(index.data(TimelineModel::IdRole).toUuid());
            const QDateTime at = index.data(TimelineModel::OccurredAtRole).toDateTime();
            if (previous.isValid())
                QVERIFY2(at <= previous, "timeline must be newest first");
            previous = at;
        }
        QCOMPARE(ids.size(), total);
    }

    void accountEventsInterleaveByTime()
    {
        // Three agreement events spread over the heavy debtor's history: the newest, one in
        // the middle (on a later page), and one older than every contact.
        QSqlDatabase db = store.database->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT max(occurred_at), min(occurred_at) FROM activity "
                                      "WHERE debtor_id = '%1'")
                           .arg(heavy.toString(QUuid::WithoutBraces))));
        QVERIFY(q.next());
        const qint64 newest = q.value(0).toLongLong();
        const qint64 oldest = q.value(1).toLongLong();
        q.finish();
        const QString agreement = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto event = [&](const QString &kind, qint64 at, const QVariant &number,
                               qint64 cents) {
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO agreement_event (id, debtor_id, agreement_id, kind, "
                               "installment_number, amount_cents, occurred_at, created_by) VALUES "
                               "(?,?,?,?,?,?,?,'Ana Souza')"));
            for (const QVariant &v :
                 {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                  QVariant(heavy.toString(QUuid::WithoutBraces)), QVariant(agreement),
                  QVariant(kind), number, QVariant(cents), QVariant(at)})
                insert.addBindValue(v);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        };
        event(QStringLiteral("created"), newest + 1000, QVariant(), 120000);
        event(QStringLiteral("payment"), (newest + oldest) / 2, 1, 10000);
        event(QStringLiteral("broken"), oldest - 1000, 2, 10000);

        TimelineModel model(db);
        model.setDebtor(heavy);
        QCOMPARE(model.index(0).data(TimelineModel::EntryKindRole).toString(),
                 QStringLiteral("agreement"));
        QCOMPARE(model.index(0).data(TimelineModel::ChipRole).toString(),
                 QStringLiteral("Agreement"));
        QVERIFY(model.index(0)
                    .data(TimelineModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("1,200.00")));
        QVERIFY(model.isEvent(0));
        // The event older than the loaded page is not shown yet; all are once loaded.
        const auto events = [&] {
            int n = 0;
            for (int row = 0; row < model.rowCount(); ++row)
                n += model.isEvent(row) ? 1 : 0;
            return n;
        };
        QVERIFY(events() < 3);
        {
            // Detached before the filters below reset the model (see the first test).
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            while (model.canFetchMore({}))
                model.fetchMore({});
        }
        QCOMPARE(events(), 3);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last).data(TimelineModel::ResultRole).toString(),
                 QStringLiteral("broken"));
        QVERIFY(model.index(last)
                    .data(TimelineModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("installment 2")));
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDateTime at = model.index(row).data(TimelineModel::OccurredAtRole).toDateTime();
            if (previous.isValid())
                QVERIFY2(at <= previous, "events and contacts newest first");
            previous = at;
        }
        // A channel filter shows contacts only; a text filter finds the events' words.
        model.setFilter({Channel::Phone}, std::nullopt, {});
        QCOMPARE(events(), 0);
        model.setFilter({}, std::nullopt, {});
        model.setText(QStringLiteral("broken"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(events() >= 1);
        model.setText(QString());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM agreement_event")));
    }

    void filtersByChannelDirectionAndResult()
    {
        TimelineModel model(store.database->connection());
        model.setDebtor(heavy);
        model.setFilter({Channel::Phone}, Direction::Outbound, {});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data(TimelineModel::ChannelRole).toString(),
                     QStringLiteral("phone"));
            QCOMPARE(model.index(row).data(TimelineModel::DirectionRole).toString(),
                     QStringLiteral("outbound"));
        }
        const int phoneOutbound = model.rowCount();

        model.setFilter({}, Direction::Inbound, {});
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(TimelineModel::DirectionRole).toString(),
                     QStringLiteral("inbound"));

        model.setFilter({}, std::nullopt, {QStringLiteral("no_answer")});
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(TimelineModel::ResultRole).toString(),
                     QStringLiteral("no_answer"));

        model.setFilter({}, std::nullopt, {});
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(phoneOutbound < ActivityRepository(store.database->connection()).count(heavy));
    }

    void searchesText()
    {
        TimelineModel model(store.database->connection());
        model.setDebtor(heavy);
        Activity a;
        a.id = QUuid::createUuid();
        a.debtorId = heavy;
        a.channel = Channel::Phone;
        a.result = QStringLiteral("rpc");
        a.occurredAt = store.clock.nowUtc().addDays(-400); // deep in the past, not on page 1
        a.agent = QStringLiteral("ana");
        a.summary = QStringLiteral("Negociação da geladeira");
        a.body = QStringLiteral("Cliente pediu parcelamento em dez vezes");
        QVERIFY(ContactRecorder(store.database->connection())
                    .record(a, std::nullopt, store.clock.today())
                    .ok());
        model.setText(QStringLiteral("geladeira"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(TimelineModel::IdRole).toUuid(), a.id);
        model.setText(QStringLiteral("negociacao parcel")); // accents and prefixes
        QCOMPARE(model.rowCount(), 1);
        model.setText(QStringLiteral("palavra-que-nao-existe"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void newActivityAppearsOnTopAfterRefresh()
    {
        TimelineModel model(store.database->connection());
        model.setDebtor(heavy);
        Activity a;
        a.id = QUuid::createUuid();
        a.debtorId = heavy;
        a.channel = Channel::Whatsapp;
        a.direction = Direction::Outbound;
        a.result = QStringLiteral("sent");
        a.occurredAt = store.clock.nowUtc().addSecs(3600);
        a.summary = QStringLiteral("Lembrete enviado");
        QVERIFY(ActivityRepository(store.database->connection()).insert(a).ok());
        model.refresh();
        QCOMPARE(model.index(0).data(TimelineModel::IdRole).toUuid(), a.id);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(),
                 QStringLiteral("Lembrete enviado"));
    }

    void emptyForNoDebtor()
    {
        TimelineModel model(store.database->connection());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setDebtor(QUuid::createUuid());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
