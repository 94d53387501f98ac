// Clicks through the real widgets: queue -> debtor -> log a contact -> timeline, and
// the refusals an agent sees for bad input.
#include "ActivityForm.h"
#include "DebtorHeader.h"
#include "DebtorWorkspaceView.h"
#include "DemoStoreFixture.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TimelineView.h"
#include "UiSnapshot.h"
#include "WorkQueueView.h"
#include "item/DebtorWorkspace.h"
#include "item/TimelineModel.h"
#include "item/WorkQueueModel.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace quita;

class TestDeskFlow : public QObject
{
    Q_OBJECT
private:
    test::DemoStoreFixture store;
    QTemporaryDir settingsDir;
    std::unique_ptr<Settings> settings;

    static void clickRow(QTableView *table, int row)
    {
        const QRect rect = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static void choose(QComboBox *box, const QString &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store.open(300));
        settings = std::make_unique<Settings>(settingsDir.filePath(QStringLiteral("quita.ini")));
        settings->setValue(Settings::Key::AgentName, QStringLiteral("ana"));
    }

    void queueToDebtorToLoggedContact()
    {
        MainWindow window(*store.database, store.clock, *settings);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTableView *queue = window.queueView()->table();
        QVERIFY(queue->model()->rowCount() > 5);
        clickRow(queue, 2);
        const QString name = queue->model()->index(2, WorkQueueModel::NameColumn).data().toString();
        QCOMPARE(window.workspaceView()->header()->nameText(), name);
        QVERIFY(window.workspace()->isOpen());

        // Keyboard: Alt+Down moves to the next debtor in the queue and opens it.
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(window.workspaceView()->header()->nameText(),
                 queue->model()->index(3, WorkQueueModel::NameColumn).data().toString());
        const QUuid debtor = window.workspace()->debtorId();

        ActivityForm *form = window.workspaceView()->activityForm();
        choose(form->channelBox(), QStringLiteral("phone"));
        choose(form->resultBox(), QStringLiteral("rpc"));
        QTest::keyClicks(form->noteField(),
                         QStringLiteral("Falou com o titular, vai pagar na sexta"));
        QTest::mouseClick(form->logButton(), Qt::LeftButton);
        QCOMPARE(form->errorText(), QString());
        QCOMPARE(form->noteField()->text(), QString());

        QListView *timeline = window.workspaceView()->timelineView()->list();
        const QModelIndex top = timeline->model()->index(0, 0);
        QCOMPARE(top.data(TimelineModel::SummaryRole).toString(),
                 QStringLiteral("Falou com o titular, vai pagar na sexta"));
        QCOMPARE(top.data(TimelineModel::ResultRole).toString(), QStringLiteral("rpc"));
        QCOMPARE(top.data(TimelineModel::AgentRole).toString(), QStringLiteral("ana"));
        QVERIFY(timeline->isVisible());

        // The activity survives a restart of the store.
        window.close();
        QVERIFY(store.reopen());
        MainWindow again(*store.database, store.clock, *settings);
        again.workspace()->open(debtor);
        QCOMPARE(
            again.workspace()->timeline()->index(0).data(TimelineModel::SummaryRole).toString(),
            QStringLiteral("Falou com o titular, vai pagar na sexta"));
    }

    void promiseNeedsAmountAndDate()
    {
        MainWindow window(*store.database, store.clock, *settings);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickRow(window.queueView()->table(), 0);
        TimelineModel *timeline = window.workspace()->timeline();
        const QUuid before = timeline->index(0).data(TimelineModel::IdRole).toUuid();

        ActivityForm *form = window.workspaceView()->activityForm();
        choose(form->channelBox(), QStringLiteral("phone"));
        choose(form->resultBox(), QStringLiteral("ptp"));
        QVERIFY(form->amountField()->isVisible());
        QTest::mouseClick(form->logButton(), Qt::LeftButton);
        QVERIFY2(form->errorText().contains(QStringLiteral("Promised amount")),
                 qPrintable(form->errorText()));
        QCOMPARE(timeline->index(0).data(TimelineModel::IdRole).toUuid(),
                 before); // nothing written

        QTest::keyClicks(form->amountField(), QStringLiteral("abc"));
        QTest::mouseClick(form->logButton(), Qt::LeftButton);
        QVERIFY(form->errorText().contains(QStringLiteral("Promised amount")));

        form->amountField()->setText(QStringLiteral("250.00"));
        form->promiseDateField()->setDate(store.clock.today().addDays(-1));
        QTest::mouseClick(form->logButton(), Qt::LeftButton);
        QVERIFY2(form->errorText().contains(QStringLiteral("Promise date")),
                 qPrintable(form->errorText()));
        test::snapshot(&window, "promise-date-refused");
        QCOMPARE(timeline->index(0).data(TimelineModel::IdRole).toUuid(), before);

        form->promiseDateField()->setDate(store.clock.today().addDays(5));
        QTest::mouseClick(form->logButton(), Qt::LeftButton);
        QCOMPARE(form->errorText(), QString());
        QCOMPARE(timeline->index(0).data(TimelineModel::ResultRole).toString(),
                 QStringLiteral("ptp"));
        QVERIFY(timeline->index(0)
                    .data(TimelineModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("250.00")));
        test::snapshot(&window, "promise-logged");
    }

    void searchFindsDebtorByDocumentAndTimelineFilters()
    {
        MainWindow window(*store.database, store.clock, *settings);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkQueueModel *queue = window.queueModel();
        const QUuid id = queue->debtorAt(5);
        const QString name = queue->index(5, WorkQueueModel::NameColumn).data().toString();

        QLineEdit *search = window.queueView()->searchField();
        QTest::keyClicks(search, name);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(queue->rowOf(id) >= 0);
        test::snapshot(&window, "search-by-name");
        QCOMPARE(window.workspace()->debtorId(), queue->debtorAt(0));

        window.workspace()->open(id);
        TimelineView *timeline = window.workspaceView()->timelineView();
        choose(timeline->channelFilter(), QStringLiteral("phone"));
        TimelineModel *model = window.workspace()->timeline();
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row).data(TimelineModel::ChannelRole).toString(),
                     QStringLiteral("phone"));
    }

    void settingsPersistLanguageAndAgent()
    {
        SettingsDialog dialog(*settings);
        choose(dialog.languageBox(), QStringLiteral("pt_BR"));
        dialog.agentField()->setText(QStringLiteral("bruno"));
        dialog.accept();
        QCOMPARE(settings->language(), QStringLiteral("pt_BR"));
        QCOMPARE(settings->agentName(), QStringLiteral("bruno"));
        settings->setValue(Settings::Key::AgentName, QStringLiteral("ana"));
    }
};

QTEST_MAIN(TestDeskFlow)
#include "TestDeskFlow.moc"
