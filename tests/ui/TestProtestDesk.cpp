// Protest filing on a supervisor's desk against a real quita-server process on loopback
// (demo data): the eligible titles, a batch ticked, reviewed, confirmed and saved (the
// saved remittance reads back with the domain's CRA reader), the requests arriving by
// sync, a notary's return file imported (statuses change, the list shows them), a
// malformed return refused naming its line with nothing changed, the cancellation proposed
// after an agreement on a protested title, and the title's status in the workspace.
#include "DebtorWorkspaceView.h"
#include "MainWindow.h"
#include "NegotiationActions.h"
#include "ProtestActions.h"
#include "ProtestEligiblePage.h"
#include "ProtestFilesPage.h"
#include "ProtestPrompts.h"
#include "ProtestRequestsPage.h"
#include "ProtestWindow.h"
#include "ServerProcess.h"
#include "UiSnapshot.h"
#include "domain/protest/CraReader.h"
#include "domain/protest/CraWriter.h"
#include "item/DebtorWorkspace.h"
#include "item/EligibleTitleModel.h"
#include "item/ProtestBatchModel.h"
#include "item/ProtestLabels.h"
#include "item/ProtestListModel.h"
#include "item/ProtestReturnModel.h"
#include "item/SyncController.h"
#include "item/TitleModel.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace quita;
using namespace quita::test;

class TestProtestDesk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    ServerProcess server;
    SystemClock clock;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Database> database;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<MainWindow> window;
    QByteArray remittance;
    QByteArray returnFile;
    QStringList sentTitles;
    qint64 sentCents = 0;

    ProtestWindow *protest() const { return window->protest()->protestWindow(); }
    template <typename T>
    T *child(QWidget *parent, const char *name) const
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    void click(QWidget *parent, const char *name)
    {
        auto *button = child<QPushButton>(parent, name);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    qint64 count(const QString &sql) const
    {
        QSqlQuery q(database->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString localStatus(const QString &titleId) const
    {
        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("SELECT status FROM protest_request WHERE title_id = ?"));
        q.addBindValue(titleId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        test::translateScreens();
        QVERIFY(server.start({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("server")),
                              QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                              QStringLiteral("30")}));
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("quita.ini")));
        settings->setValue(Settings::Key::ServerUrl, server.base());
        const QString store = dir.filePath(QStringLiteral("carla.sqlite"));
        auto opened = Database::open(store);
        QVERIFY(opened.ok());
        database = std::move(opened).value();
        SyncEngine::Options options;
        options.firstRetryMs = 200;
        options.maxRetryMs = 1000;
        options.localChangeDelayMs = 50;
        sync = std::make_unique<SyncController>(store, nullptr, options);
        sync->setServer(QUrl(server.base()));
        window = std::make_unique<MainWindow>(*database, clock, *settings, sync.get());
        window->resize(1440, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        sync->login(QStringLiteral("carla"), QStringLiteral("quita-demo"));
        QVERIFY(QTest::qWaitFor([this] { return sync->isSignedIn(); }, 20000));
        QVERIFY(QTest::qWaitFor(
            [this] { return count(QStringLiteral("SELECT count(*) FROM debtor")) > 0; }, 30000));
        ProtestPrompts::setDirectory(dir.path());
    }

    void cleanupTestCase()
    {
        window.reset();
        sync.reset();
    }

    void eligibleTitlesAreListed()
    {
        auto *open = window->findChild<QAction *>(QStringLiteral("protestAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        open->trigger();
        QVERIFY(protest());
        QVERIFY(QTest::qWaitForWindowExposed(protest()));
        ProtestEligiblePage *page = protest()->eligiblePage();
        QAbstractItemModelTester tester(page->model());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
        EligibleTitleModel *model = page->model();
        QVERIFY(model->rowCount() >= 3);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->title(row).eligible());
            QVERIFY(model->title(row).document.contains(u'*')); // masked (LGPD)
        }
        QVERIFY(child<QLabel>(page, "eligibleEmpty")->isHidden());
        test::snapshot(protest(), "protest-eligible");

        // On request, the titles that are not eligible, each with its reason.
        child<QCheckBox>(page, "showIneligible")->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
        int ineligible = -1;
        for (int row = 0; row < model->rowCount() && ineligible < 0; ++row)
            if (!model->title(row).eligible())
                ineligible = row;
        QVERIFY(ineligible >= 0);
        QVERIFY(!(model->flags(model->index(ineligible, 0)) & Qt::ItemIsUserCheckable));
        QTableView *table = page->table();
        auto *proxy = table->model();
        QString firstReason;
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (!proxy->index(row, 0).data(EligibleTitleModel::EligibleRole).toBool()) {
                table->setCurrentIndex(proxy->index(row, 0));
                const QString id =
                    proxy->index(row, 0).data(EligibleTitleModel::TitleIdRole).toString();
                for (const EligibleTitle &t : model->titles())
                    if (t.titleId == id)
                        firstReason = protest::reasonLabel(t.reasons.first().code);
                break;
            }
        const QString reasons = child<QLabel>(page, "reasons")->text();
        QVERIFY(!firstReason.isEmpty());
        QVERIFY2(reasons.contains(firstReason), qPrintable(reasons));
        test::snapshot(protest(), "protest-ineligible");
        child<QCheckBox>(page, "showIneligible")->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    }

    void batchIsReviewedSentAndSaved()
    {
        ProtestEligiblePage *page = protest()->eligiblePage();
        EligibleTitleModel *model = page->model();
        QTableView *table = page->table();
        auto *proxy = table->model();
        // Three titles of one creditor, ticked with the keyboard in the view.
        const QString creditor = model->title(0).creditorId;
        for (int row = 0; row < proxy->rowCount() && sentTitles.size() < 3; ++row) {
            const QModelIndex index = proxy->index(row, 0);
            const QString id = index.data(EligibleTitleModel::TitleIdRole).toString();
            const int source = [&] {
                for (int r = 0; r < model->rowCount(); ++r)
                    if (model->title(r).titleId == id)
                        return r;
                return -1;
            }();
            if (model->title(source).creditorId != creditor)
                continue;
            table->setCurrentIndex(index);
            QTest::keyClick(table, Qt::Key_Space);
            QVERIFY2(model->isChecked(source), qPrintable(id));
            sentTitles << id;
            sentCents += model->title(source).balance.cents();
        }
        QCOMPARE(sentTitles.size(), 3);
        QVERIFY(child<QLabel>(page, "selectionSummary")->text().contains(u'3'));

        click(page, "reviewBatch");
        QCOMPARE(page->step(), ProtestEligiblePage::ReviewStep);
        const QString totals = child<QLabel>(page, "reviewTotals")->text();
        QVERIFY2(totals.contains(Money::fromCents(sentCents).toString(QLocale()).toHtmlEscaped()),
                 qPrintable(totals));
        QVERIFY(child<QPushButton>(page, "confirmBatch")->isEnabled());
        test::snapshot(protest(), "protest-review");

        click(page, "confirmBatch");
        QTRY_COMPARE_WITH_TIMEOUT(page->step(), ProtestEligiblePage::DoneStep, 20000);
        QCOMPARE(page->created().titleCount, 3);
        QCOMPARE(page->created().total.cents(), sentCents);
        QVERIFY(child<QLabel>(page, "batchCreated")->text().contains(page->created().fileName));
        test::snapshot(protest(), "protest-batch-created");

        // Saved where the user chose, byte for byte as the server wrote it.
        const QString path = dir.filePath(page->created().fileName);
        ProtestPrompts::setNextFileName(path);
        click(page, "saveBatchFile");
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        remittance = saved.readAll();
        QCOMPARE(remittance, page->created().content);
        const auto file = CraReader::read(remittance, CraFileKind::Remittance);
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
        QCOMPARE(file->transactions.size(), 3);
        QCOMPARE(file->header.titleCount, 3);
        QCOMPARE(file->trailer.balanceSum.cents(), sentCents);
        qint64 sum = 0;
        for (const CraTransaction &t : file->transactions)
            sum += t.balance.cents();
        QCOMPARE(sum, sentCents);
        QVERIFY(child<QLabel>(page, "batchSaved")->text().contains(page->created().fileName));
    }

    void requestsArriveBySync()
    {
        // The server pokes the desk; the rows arrive by pull.
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM protest_request")), 3,
                                  20000);
        protest()->showTab(ProtestWindow::RequestsTab);
        ProtestRequestsPage *page = protest()->requestsPage();
        QAbstractItemModelTester tester(page->model());
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 5000);
        for (const QString &id : std::as_const(sentTitles))
            QCOMPARE(localStatus(id), QStringLiteral("sent"));
        test::snapshot(protest(), "protest-requests");
    }

    void returnFileChangesStatuses()
    {
        // The notary's return: protested, returned for an invalid CPF, paid.
        auto file = CraReader::read(remittance).value();
        file.header.kind = CraFileKind::Return;
        const QDate today = clock.today();
        const QList<CraOccurrence> occurrences{
            CraOccurrence::Protested, CraOccurrence::ReturnedIrregular, CraOccurrence::Paid};
        for (int i = 0; i < 3; ++i) {
            CraTransaction &t = file.transactions[i];
            t.reply.notaryOffice = 1;
            t.reply.protocol = QStringLiteral("%1").arg(7000 + i, 10, 10, QLatin1Char('0'));
            t.reply.protocolDate = today;
            t.reply.occurrence = occurrences[i];
            t.reply.occurrenceDate = today;
            t.reply.notaryFees = Money::fromCents(1234);
            t.reply.distributionFees = Money::fromCents(500);
            if (occurrences[i] == CraOccurrence::ReturnedIrregular)
                t.reply.irregularity = QStringLiteral("07");
        }
        const auto written = CraWriter::write(file);
        QVERIFY(written.ok());
        returnFile = written.value();
        const QString path = dir.filePath(QStringLiteral("R9010101.261"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(returnFile);
        out.close();

        protest()->showTab(ProtestWindow::FilesTab);
        ProtestFilesPage *page = protest()->filesPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QVERIFY(page->model()->rowCount() >= 1); // the remittance
        ProtestPrompts::setNextFileName(path);
        click(page, "importReturn");
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->returnModel()->rowCount() == 3, 20000);
        QVERIFY(child<QLabel>(page, "filesError")->isHidden());
        QCOMPARE(page->returnModel()->line(0).status, QStringLiteral("protested"));
        QCOMPARE(page->returnModel()->line(1).status, QStringLiteral("returned"));
        QVERIFY(page->returnModel()->line(1).irregularity.startsWith(QStringLiteral("07")));
        QCOMPARE(page->returnModel()->line(2).status, QStringLiteral("paid"));
        QCOMPARE(page->returnModel()->line(0).fees.cents(), 1734);
        QVERIFY(child<QLabel>(page, "importSummary")->isVisible());
        test::snapshot(protest(), "protest-return-imported");

        // The new statuses reach the desk and its list.
        QTRY_COMPARE_WITH_TIMEOUT(localStatus(sentTitles[0]), QStringLiteral("protested"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(localStatus(sentTitles[1]), QStringLiteral("returned"), 20000);
        protest()->showTab(ProtestWindow::RequestsTab);
        ProtestRequestsPage *requests = protest()->requestsPage();
        requests->setStatusFilter(QStringLiteral("protested"));
        QTRY_COMPARE_WITH_TIMEOUT(requests->model()->rowCount(), 1, 5000);
        QCOMPARE(requests->model()->request(0).titleId.toString(QUuid::WithoutBraces),
                 sentTitles[0]);
        test::snapshot(protest(), "protest-requests-protested");
        requests->setStatusFilter(QString());
    }

    void malformedReturnNamesTheLineAndChangesNothing()
    {
        QByteArray bad = returnFile;
        bad.remove(700, 1); // line 2 is one character short
        const QString path = dir.filePath(QStringLiteral("R9010101.262"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bad);
        out.close();
        protest()->showTab(ProtestWindow::FilesTab);
        ProtestFilesPage *page = protest()->filesPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        const int files = page->model()->rowCount();
        ProtestPrompts::setNextFileName(path);
        click(page, "importReturn");
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        auto *error = child<QLabel>(page, "filesError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral(" 2.")),
                 qPrintable(error->text())); // line 2
        QCOMPARE(page->returnModel()->rowCount(), 0);
        test::snapshot(protest(), "protest-return-error");
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QCOMPARE(page->model()->rowCount(), files); // nothing kept on the server
        QCOMPARE(localStatus(sentTitles[0]), QStringLiteral("protested"));
        QCOMPARE(localStatus(sentTitles[2]), QStringLiteral("paid"));
    }

    void agreementProposesTheCancellation()
    {
        // An agreement closed on the protested title (written as the desk writes it).
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT debtor_id, creditor_id FROM protest_request WHERE "
                                      "title_id = '%1'")
                           .arg(sentTitles[0])));
        QVERIFY(q.next());
        const QUuid debtor = QUuid::fromString(q.value(0).toString());
        const QString creditor = q.value(1).toString();
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO agreement (id, debtor_id, creditor_id, kind, status, as_of, "
                "principal_cents, fine_cents, interest_cents, correction_cents, fees_cents, "
                "discount_cents, total_cents, monthly_rate_ppm, installment_count, title_ids, "
                "created_by, created_at) VALUES ('%1', '%2', '%3', 'full', 'pending', '%4', "
                "10000, 0, 0, 0, 0, 0, 10000, 0, 1, '[\"%5\"]', 'Carla', 1)")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                     debtor.toString(QUuid::WithoutBraces), creditor,
                     clock.today().toString(Qt::ISODate), sentTitles[0])));
        protest()->close();
        QTRY_VERIFY(!protest());
        emit window->negotiation()->agreementCreated(debtor);
        QMessageBox *box = window->protest()->proposal();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        test::snapshot(box, "protest-propose-cancellation");
        click(box, "prepareCancellation");
        QVERIFY(protest());
        ProtestRequestsPage *page = protest()->requestsPage();
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->selectedRequests().size(), 1);
        auto *cancel = child<QPushButton>(page, "cancelRequests");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!child<QPushButton>(page, "withdrawRequests")->isEnabled());
        ProtestPrompts::setNextAnswer(true);
        click(page, "cancelRequests");
        QTRY_COMPARE_WITH_TIMEOUT(page->lastFile().kind, QStringLiteral("cancellation"), 20000);
        QVERIFY(page->lastFile().fileName.startsWith(QStringLiteral("CP")));
        const QString path = dir.filePath(page->lastFile().fileName);
        ProtestPrompts::setNextFileName(path);
        click(page, "saveRequestFile");
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), page->lastFile().content);
        test::snapshot(protest(), "protest-cancellation");
        QTRY_COMPARE_WITH_TIMEOUT(localStatus(sentTitles[0]), QStringLiteral("cancelled"), 20000);
    }

    void documentIsAttached()
    {
        ProtestRequestsPage *page = protest()->requestsPage();
        click(page, "clearDebtorFilter");
        page->setStatusFilter(QString());
        QCOMPARE(page->model()->rowCount(), 3);
        const QUuid request = page->model()->request(0).id;
        page->selectRequests({request});
        QVERIFY(child<QPushButton>(page, "attachDocument")->isEnabled());
        const QString path = dir.filePath(QStringLiteral("anuencia.pdf"));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n% carta de anuencia\n%%EOF\n");
        pdf.close();
        ProtestPrompts::setNextFileName(path);
        click(page, "attachDocument");
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(page, "requestFileResult")->text().contains(QStringLiteral("anuencia")),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM protest_document")), 1,
                                  20000);
        page->reload();
        page->selectRequests({request});
        QTRY_COMPARE(child<QListWidget>(page, "documentsList")->count(), 1);
        test::snapshot(protest(), "protest-document");
        // The synced document saves back byte for byte.
        QVERIFY(!child<QPushButton>(page, "saveDocument")->isEnabled());
        child<QListWidget>(page, "documentsList")->setCurrentRow(0);
        QVERIFY(child<QPushButton>(page, "saveDocument")->isEnabled());
        const QString copy = dir.filePath(QStringLiteral("anuencia-copia.pdf"));
        ProtestPrompts::setNextFileName(copy);
        click(page, "saveDocument");
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("%PDF-1.4\n% carta de anuencia\n%%EOF\n"));
    }

    void workspaceShowsEachTitlesProtestStatus()
    {
        protest()->close();
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT debtor_id FROM protest_request WHERE title_id = '%1'")
                           .arg(sentTitles[1])));
        QVERIFY(q.next());
        QVERIFY(window->workspace()->open(QUuid::fromString(q.value(0).toString())));
        TitleModel *titles = window->workspace()->titles();
        QStringList shown;
        for (int row = 0; row < titles->rowCount(); ++row)
            shown << titles->index(row, TitleModel::ProtestColumn).data().toString();
        QVERIFY2(shown.contains(protest::statusLabel(QStringLiteral("returned"))),
                 qPrintable(shown.join(u',')));
        test::snapshot(window.get(), "protest-workspace");
    }
};

QTEST_MAIN(TestProtestDesk)
#include "TestProtestDesk.moc"
