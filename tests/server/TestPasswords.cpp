#include "auth/Passwords.h"

#include <QSet>
#include <QTest>

using namespace quita::server;

class TestPasswords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Passwords::initialize()); }

    void hashesWithArgon2idAndVerifies()
    {
        const QString hash = Passwords::hash(QStringLiteral("correct horse"));
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("correct horse")));
        QVERIFY(Passwords::verify(hash, QStringLiteral("correct horse")));
        QVERIFY(!Passwords::verify(hash, QStringLiteral("correct horsE")));
        QVERIFY(!Passwords::verify(hash, QString()));
        QVERIFY(!Passwords::verify(QString(), QStringLiteral("correct horse")));
        QVERIFY(!Passwords::verify(QStringLiteral("$argon2id$garbage"),
                                   QStringLiteral("correct horse")));
        // Salted: the same password never hashes the same twice.
        QVERIFY(Passwords::hash(QStringLiteral("correct horse")) != hash);
        // Non-ASCII passwords are hashed as UTF-8.
        const QString accented = Passwords::hash(QStringLiteral("cobrança-ção"));
        QVERIFY(Passwords::verify(accented, QStringLiteral("cobrança-ção")));
        QVERIFY(!Passwords::verify(accented, QStringLiteral("cobranca-cao")));
    }

    void tokensAreRandomAndStoredHashed()
    {
        QSet<QString> tokens;
        for (int i = 0; i < 200; ++i)
            tokens.insert(Passwords::newToken());
        QCOMPARE(tokens.size(), 200);
        const QString token = *tokens.begin();
        QCOMPARE(token.size(), 43); // 32 bytes, base64url without padding
        const QString hash = Passwords::tokenHash(token);
        QCOMPARE(hash.size(), 64); // BLAKE2b-256 in hex
        QCOMPARE(Passwords::tokenHash(token), hash);
        QVERIFY(Passwords::tokenHash(token + QLatin1Char('x')) != hash);
    }
};

QTEST_GUILESS_MAIN(TestPasswords)
#include "TestPasswords.moc"
