#pragma once

#include "demo/DemoPortfolioGenerator.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/DemoStoreWriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace quita::test {

// A local store in a temporary folder, filled with a small deterministic demo
// portfolio, and a clock pinned to the generator's "today" at 15:00 UTC.
struct DemoStoreFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)};

    bool open(int debtors, int heavyDebtorActivities = 0)
    {
        if (!dir.isValid())
            return false;
        auto opened = Database::open(path());
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        database = std::move(opened).value();
        DemoOptions options;
        options.seed = 7;
        options.debtors = debtors;
        options.activities = qint64(debtors) * 10;
        options.heavyDebtorActivities = heavyDebtorActivities;
        options.today = clock.today();
        DemoPortfolioGenerator generator(options);
        const Status written = DemoStoreWriter(database->connection()).write(generator);
        if (!written)
            qWarning() << written.error().message;
        return bool(written);
    }

    bool reopen()
    {
        database.reset();
        auto opened = Database::open(path());
        if (!opened)
            return false;
        database = std::move(opened).value();
        return true;
    }

    QString path() const { return dir.filePath(QStringLiteral("quita.sqlite")); }
};

// With QUITA_SCREENSHOT_DIR set, saves what the agent sees at this step (for looking at
// the screens, not for asserting on pixels).
inline void snapshot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("QUITA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let posted layout requests run, as the event loop would
    window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(".png"));
}

} // namespace quita::test
