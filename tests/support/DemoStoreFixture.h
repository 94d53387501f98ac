#pragma once

#include "StoreTestHelpers.h"
#include "demo/DemoPortfolioGenerator.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/DemoStoreWriter.h"

#include <QTemporaryDir>
#include <QTest>

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
        database = openStore(path());
        if (!database)
            return false;
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
        database = openStore(path());
        return database != nullptr;
    }

    QString path() const { return dir.filePath(QStringLiteral("quita.sqlite")); }
};

} // namespace quita::test
