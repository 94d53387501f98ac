// Places a debtor by hand through the real dialog: every refusal names its field and
// writes nothing; a valid placement is found by search.
#include "DemoStoreFixture.h"
#include "NewDebtorDialog.h"
#include "UiSnapshot.h"
#include "store/DebtorRegistration.h"
#include "store/DebtorRepository.h"
#include "store/DebtorSearchIndex.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

using namespace quita;

class TestNewDebtorDialog : public QObject
{
    Q_OBJECT
private:
    test::DemoStoreFixture store;

    static void fill(NewDebtorDialog &dialog)
    {
        dialog.field(QStringLiteral("name"))->setText(QStringLiteral("Joana Prado"));
        dialog.field(QStringLiteral("document"))->setText(QStringLiteral("529.982.247-25"));
        dialog.stateBox()->setCurrentIndex(dialog.stateBox()->findData(QStringLiteral("BA")));
        dialog.field(QStringLiteral("city"))->setText(QStringLiteral("Salvador"));
        dialog.field(QStringLiteral("phone"))->setText(QStringLiteral("(71) 99876-5432"));
        dialog.field(QStringLiteral("email"))
            ->setText(QStringLiteral("joana.prado@example.com.br"));
        dialog.field(QStringLiteral("contract"))->setText(QStringLiteral("CT-777001"));
        dialog.field(QStringLiteral("amount"))->setText(QStringLiteral("1234.56"));
    }

private slots:
    void initTestCase() { QVERIFY(store.open(20)); }

    void refusalsNameTheFieldAndWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid CPF") << "document"
                                     << "529.982.247-26"
                                     << "CPF/CNPJ";
        QTest::newRow("short document") << "document"
                                        << "1234"
                                        << "CPF/CNPJ";
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "Name";
        QTest::newRow("bad phone") << "phone"
                                   << "9876"
                                   << "Phone";
        QTest::newRow("bad e-mail") << "email"
                                    << "joana@"
                                    << "E-mail";
        QTest::newRow("empty contract") << "contract"
                                        << ""
                                        << "Contract";
        QTest::newRow("amount letters") << "amount"
                                        << "mil reais"
                                        << "Amount due";
        QTest::newRow("zero amount") << "amount"
                                     << "0"
                                     << "Amount due";
    }
    void refusalsNameTheFieldAndWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        DebtorRegistration registration(store.database->connection());
        NewDebtorDialog dialog(registration, store.clock.today());
        fill(dialog);
        dialog.field(field)->setText(value);
        const int before = DebtorRepository(store.database->connection()).count();
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
        QVERIFY(dialog.createdDebtor().isNull());
        QCOMPARE(DebtorRepository(store.database->connection()).count(), before);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void missingStateIsRefused()
    {
        DebtorRegistration registration(store.database->connection());
        NewDebtorDialog dialog(registration, store.clock.today());
        dialog.show();
        fill(dialog);
        dialog.stateBox()->setCurrentIndex(0);
        dialog.accept();
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("State")));
        QVERIFY(dialog.isVisible()); // stays open for the correction
        dialog.field(QStringLiteral("document"))->setText(QStringLiteral("529.982.247-26"));
        dialog.stateBox()->setCurrentIndex(1);
        dialog.accept();
        test::snapshot(&dialog, "new-debtor-refused");
    }

    void placesDebtorFoundBySearch()
    {
        DebtorRegistration registration(store.database->connection());
        NewDebtorDialog dialog(registration, store.clock.today());
        fill(dialog);
        const int before = DebtorRepository(store.database->connection()).count();
        dialog.accept();
        QCOMPARE(dialog.errorText(), QString());
        QVERIFY(!dialog.createdDebtor().isNull());
        QCOMPARE(DebtorRepository(store.database->connection()).count(), before + 1);
        const auto overview =
            DebtorRepository(store.database->connection()).overview(dialog.createdDebtor());
        QVERIFY(overview.has_value());
        QCOMPARE(overview->totalDue.cents(), 123456);
        DebtorSearchIndex search(store.database->connection());
        for (const QString &query : {QStringLiteral("joana pra"), QStringLiteral("529.982"),
                                     QStringLiteral("99876-5432"), QStringLiteral("CT-777001")}) {
            const auto hits = search.search(query);
            QVERIFY2(!hits.isEmpty() && hits.first().id == dialog.createdDebtor(),
                     qPrintable(query));
        }

        // The same CPF again in the same portfolio is refused.
        NewDebtorDialog again(registration, store.clock.today());
        fill(again);
        again.accept();
        QVERIFY2(again.errorText().contains(QStringLiteral("already a debtor")),
                 qPrintable(again.errorText()));
        QCOMPARE(DebtorRepository(store.database->connection()).count(), before + 1);
    }
};

QTEST_MAIN(TestNewDebtorDialog)
#include "TestNewDebtorDialog.moc"
