#include "domain/negotiation/AgreementStatus.h"

#include <QtTest>

using namespace quita;

// Status of an agreement of three monthly installments due 05/12, 05/01 and 05/02, with
// five grace days, on the day given.
class TestAgreementStatus : public QObject
{
    Q_OBJECT

    static Agreement agreement(const QStringList &statuses, const QString &status = "pending")
    {
        Agreement a;
        a.status = status;
        const QList<QDate> dues{QDate(2026, 12, 5), QDate(2027, 1, 5), QDate(2027, 2, 5)};
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            AgreementInstallment inst;
            inst.number = int(i) + 1;
            inst.due = dues.at(i);
            inst.amount = Money::fromCents(10000);
            inst.status = statuses.at(i);
            a.installments.append(inst);
        }
        return a;
    }

private slots:
    void status_data()
    {
        QTest::addColumn<QStringList>("installments");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("overdue");
        const QStringList open{"open", "open", "open"};
        QTest::newRow("nothing due yet")
            << open << "pending" << QDate(2026, 12, 1) << "pending" << -1;
        QTest::newRow("due, inside grace")
            << open << "pending" << QDate(2026, 12, 10) << "pending" << -1;
        // 05/12 + 5 days = 10/12: on the 11th the first installment is past due + grace.
        QTest::newRow("past grace") << open << "pending" << QDate(2026, 12, 11) << "broken" << 0;
        QTest::newRow("first paid") << QStringList{"paid", "open", "open"} << "pending"
                                    << QDate(2026, 12, 20) << "active" << -1;
        QTest::newRow("second late") << QStringList{"paid", "open", "open"} << "active"
                                     << QDate(2027, 1, 11) << "broken" << 1;
        QTest::newRow("all paid") << QStringList{"paid", "paid", "paid"} << "active"
                                  << QDate(2027, 3, 1) << "settled" << -1;
        QTest::newRow("cancelled stays")
            << open << "cancelled" << QDate(2027, 3, 1) << "cancelled" << 0;
        QTest::newRow("broken stays") << QStringList{"paid", "paid", "paid"} << "broken"
                                      << QDate(2027, 3, 1) << "broken" << -1;
        QTest::newRow("cancelled installment ignored")
            << QStringList{"paid", "paid", "cancelled"} << "active" << QDate(2027, 3, 1)
            << "settled" << -1;
    }
    void status()
    {
        QFETCH(QStringList, installments);
        QFETCH(QString, stored);
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        QFETCH(int, overdue);
        const Agreement a = agreement(installments, stored);
        QCOMPARE(agreementStatusFor(a, 5, today), expected);
        QCOMPARE(firstOverdueInstallment(a, 5, today), overdue);
    }

    void partOfAnInstallmentMakesItActive()
    {
        Agreement a = agreement({"open", "open", "open"});
        a.installments[0].paid = Money::fromCents(2500);
        QCOMPARE(agreementStatusFor(a, 5, QDate(2026, 12, 6)), QStringLiteral("active"));
        // Part paid is still unpaid: past the grace days it breaks.
        QCOMPARE(agreementStatusFor(a, 5, QDate(2026, 12, 11)), QStringLiteral("broken"));
    }

    void graceDaysAreData()
    {
        const Agreement a = agreement({"open", "open", "open"});
        QCOMPARE(agreementStatusFor(a, 0, QDate(2026, 12, 6)), QStringLiteral("broken"));
        QCOMPARE(agreementStatusFor(a, 10, QDate(2026, 12, 15)), QStringLiteral("pending"));
        QCOMPARE(agreementStatusFor(a, 10, QDate(2026, 12, 16)), QStringLiteral("broken"));
    }
};

QTEST_GUILESS_MAIN(TestAgreementStatus)
#include "TestAgreementStatus.moc"
