#pragma once

// A fresh local store per test with one creditor and portfolio, and helpers to add
// debtors, titles and activities (shared by the repository tests).
#include "StoreTestHelpers.h"
#include "domain/Clock.h"
#include "domain/ContactInsight.h"
#include "store/ActivityRepository.h"
#include "store/Database.h"
#include "store/DebtorRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(quita::Channel)

namespace quita::test {

inline const QUuid kCreditor =
    QUuid::fromString(QStringLiteral("{6f1f3c52-5a43-4f4e-9d0e-1c6a1b2c3d41}"));
inline const QUuid kPortfolio =
    QUuid::fromString(QStringLiteral("{6f1f3c52-5a43-4f4e-9d0e-1c6a1b2c3d42}"));

// A valid CPF for every n.
inline Document cpf(int n)
{
    return cpfWithBody(213000000 + n * 7919);
}

inline QString errorText(const Status &s)
{
    return s.ok() ? QString()
                  : s.error().code + QLatin1Char('/') + s.error().field + QLatin1String(": ") +
                        s.error().message;
}

// The order the timeline promises: newest first, then by id (text) descending.
inline QList<QUuid> timelineOrder(QList<Activity> activities)
{
    std::sort(activities.begin(), activities.end(), [](const Activity &a, const Activity &b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt > b.occurredAt;
        return idText(a.id) > idText(b.id);
    });
    QList<QUuid> ids;
    for (const auto &a : activities)
        ids << a.id;
    return ids;
}

inline QList<QUuid> idsOf(const QList<Activity> &activities)
{
    QList<QUuid> ids;
    for (const auto &a : activities)
        ids << a.id;
    return ids;
}

inline QStringList cellsText(const QList<ContactHistoryCell> &cells)
{
    QStringList text;
    for (const auto &c : cells)
        text << QStringLiteral("%1@%2:%3/%4")
                    .arg(channelName(c.channel))
                    .arg(c.localHour)
                    .arg(c.attempts)
                    .arg(c.connects);
    text.sort();
    return text;
}

} // namespace quita::test

namespace quita::test {

class RepositoryFixture
{
protected:
    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_documents = 0;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)};

    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = openStore(m_dir->filePath(QStringLiteral("quita.sqlite")));
        QVERIFY(m_db);
        QVERIFY(insertCreditor(db(), kCreditor, QStringLiteral("Banco Azul S.A."),
                               QStringLiteral("12ABC34501DE35")));
        QVERIFY(insertPortfolio(db(), kPortfolio, kCreditor, QStringLiteral("Cartões 2026")));
    }

    void tearDown()
    {
        m_db.reset();
        m_dir.reset();
    }

    Debtor makeDebtor(const QString &name, const QString &state = QStringLiteral("SP"),
                      const QDate &placedOn = QDate(2026, 6, 1))
    {
        Debtor d;
        d.id = QUuid::createUuid();
        d.portfolioId = kPortfolio;
        d.name = name;
        d.document = cpf(++m_documents);
        d.address = {QStringLiteral("Rua das Flores, 120"), QStringLiteral("Centro"),
                     QStringLiteral("São Paulo"), state, QStringLiteral("01001000")};
        d.placedOn = placedOn;
        d.declaredMonthlyCapacity = Money::fromCents(45000);
        return d;
    }

    QUuid addDebtor(const QString &name, const QString &state = QStringLiteral("SP"),
                    const QDate &placedOn = QDate(2026, 6, 1))
    {
        const Debtor d = makeDebtor(name, state, placedOn);
        const Status inserted = DebtorRepository(db()).insert(d);
        if (!inserted)
            qWarning() << errorText(inserted);
        return inserted ? d.id : QUuid();
    }

    void addTitle(const QUuid &debtor, const QString &number, const QDate &due, qint64 openCents,
                  qint64 principalCents = -1)
    {
        Title t;
        t.id = QUuid::createUuid();
        t.debtorId = debtor;
        t.number = number;
        t.kind = QStringLiteral("contract");
        t.issueDate = due.addMonths(-1);
        t.dueDate = due;
        t.principal = Money::fromCents(principalCents < 0 ? openCents : principalCents);
        t.openBalance = Money::fromCents(openCents);
        const Status inserted = DebtorRepository(db()).insertTitle(t);
        QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
    }

    static Activity makeActivity(const QUuid &debtor, Channel channel, Direction direction,
                                 const QString &result, const QDateTime &at,
                                 const QString &summary = {}, const QString &body = {})
    {
        Activity a;
        a.id = QUuid::createUuid();
        a.debtorId = debtor;
        a.channel = channel;
        a.direction = direction;
        a.result = result;
        a.occurredAt = at;
        a.agent = QStringLiteral("ana");
        a.summary = summary.isEmpty() ? result : summary;
        a.body = body;
        return a;
    }

    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        return test::scalar(db(), sql, binds);
    }

    int activityCount() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM activity")).toInt();
    }
};

} // namespace quita::test
