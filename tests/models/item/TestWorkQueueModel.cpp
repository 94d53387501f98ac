#include "DemoStoreFixture.h"
#include "domain/WorkQueueRules.h"
#include "item/WorkQueueModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace quita;

class TestWorkQueueModel : public QObject
{
    Q_OBJECT
private:
    test::DemoStoreFixture store;

private slots:
    void initTestCase() { QVERIFY(store.open(600)); }

    void ordersByPriority()
    {
        WorkQueueModel model(store.database->connection(), store.clock);
        model.reload();
        QVERIFY(model.queueSize() > 0);
        // Attached after the reset (see TestTimelineModel: Qt 6.4's tester and fetchMore).
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), model.queueSize());
        qlonglong previous = -1;
        QSet<QString> reasons;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qlonglong rank = model.index(row, WorkQueueModel::ReasonColumn)
                                       .data(WorkQueueModel::SortRole)
                                       .toLongLong();
            QVERIFY2(rank >= previous, "queue must be sorted by priority");
            previous = rank;
            reasons.insert(model.index(row, 0).data(WorkQueueModel::ReasonRole).toString());
            QVERIFY(!model.index(row, WorkQueueModel::ReasonColumn).data().toString().isEmpty());
        }
        // The demo portfolio has promises due today and broken ones, and the first row is one due
        // today.
        QVERIFY(reasons.contains(queueReasonName(QueueReason::PromiseDueToday)));
        QVERIFY(reasons.contains(queueReasonName(QueueReason::BrokenPromise)));
        QCOMPARE(model.index(0, 0).data(WorkQueueModel::ReasonRole).toString(),
                 queueReasonName(QueueReason::PromiseDueToday));
    }

    void formatsForDisplaySortsOnRawData()
    {
        WorkQueueModel model(store.database->connection(), store.clock);
        model.reload();
        const QModelIndex doc = model.index(0, WorkQueueModel::DocumentColumn);
        QVERIFY2(doc.data().toString().contains(QLatin1Char('*')), "documents are masked in lists");
        const QModelIndex due = model.index(0, WorkQueueModel::TotalDueColumn);
        QVERIFY(due.data().toString().contains(QStringLiteral("R$")));
        QVERIFY(due.data(WorkQueueModel::SortRole).toLongLong() > 0);
    }

    void searchShowsAnyDebtorAndReturnsToQueue()
    {
        WorkQueueModel model(store.database->connection(), store.clock);
        model.reload();
        const QString name = model.index(3, WorkQueueModel::NameColumn).data().toString();
        const QUuid id = model.debtorAt(3);
        model.setSearch(name.section(QLatin1Char(' '), 0, 1));
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowOf(id) >= 0);
        model.setSearch(QStringLiteral("zzzzqqqq"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), std::min(model.queueSize(), 200));
        QCOMPARE(model.debtorAt(3), id);
    }
};

QTEST_GUILESS_MAIN(TestWorkQueueModel)
#include "TestWorkQueueModel.moc"
