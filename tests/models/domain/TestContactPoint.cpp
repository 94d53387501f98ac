#include "domain/ContactPoint.h"

#include <QTest>

using namespace quita;

class TestContactPoint : public QObject
{
    Q_OBJECT
private slots:
    void normalizePhone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits"); // empty: refused
        QTest::addColumn<QString>("code");
        QTest::newRow("mobile with mask") << "(11) 98765-4321"
                                          << "11987654321"
                                          << "";
        QTest::newRow("landline") << "(21) 3456-7890"
                                  << "2134567890"
                                  << "";
        QTest::newRow("country code") << "+55 11 98765 4321"
                                      << "11987654321"
                                      << "";
        QTest::newRow("long-distance zero") << "011 98765-4321"
                                            << "11987654321"
                                            << "";
        QTest::newRow("no DDD") << "98765-4321"
                                << ""
                                << "length";
        QTest::newRow("landline starting with 9") << "(11) 9876-5432"
                                                  << ""
                                                  << "length";
        QTest::newRow("letters") << "11 9876-ABCD"
                                 << ""
                                 << "characters";
        QTest::newRow("DDD with zero") << "(10) 98765-4321"
                                       << ""
                                       << "ddd";
        QTest::newRow("empty") << ""
                               << ""
                               << "length";
    }
    void normalizePhone()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QFETCH(QString, code);
        const auto result = ContactPoint::normalizePhone(typed, QStringLiteral("phone"));
        if (digits.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, code);
            QCOMPARE(result.error().field, QStringLiteral("phone"));
            QVERIFY(result.error().message.startsWith(QStringLiteral("Phone:")));
        } else {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(result.value(), digits);
        }
    }

    void normalizeEmail_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("email"); // empty: refused
        QTest::newRow("plain") << "maria@uol.com.br"
                               << "maria@uol.com.br";
        QTest::newRow("trim and case") << "  Maria.Silva@Gmail.COM "
                                       << "maria.silva@gmail.com";
        QTest::newRow("no at") << "maria.gmail.com"
                               << "";
        QTest::newRow("two ats") << "a@b@c.com"
                                 << "";
        QTest::newRow("no domain dot") << "maria@localhost"
                                       << "";
        QTest::newRow("space inside") << "maria silva@gmail.com"
                                      << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalizeEmail()
    {
        QFETCH(QString, typed);
        QFETCH(QString, email);
        const auto result = ContactPoint::normalizeEmail(typed);
        if (email.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(result.error().field, QStringLiteral("email"));
        } else {
            QVERIFY(result.ok());
            QCOMPARE(result.value(), email);
        }
    }

    void allowsFollowsConsentAndOptOut()
    {
        ContactPoint p;
        p.kind = ContactPoint::Kind::Phone;
        p.consentVoice = true;
        p.consentSms = true;
        p.optOutSms = true;
        QVERIFY(p.allows(Channel::Phone));
        QVERIFY(!p.allows(Channel::Sms));      // opted out wins over consent
        QVERIFY(!p.allows(Channel::Whatsapp)); // no consent recorded
        QVERIFY(!p.allows(Channel::Email));    // not an e-mail address
        QVERIFY(!p.allows(Channel::Letter));
    }
};

QTEST_GUILESS_MAIN(TestContactPoint)
#include "TestContactPoint.moc"
