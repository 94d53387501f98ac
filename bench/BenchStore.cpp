#include "BenchStore.h"

#include "demo/DemoPortfolioGenerator.h"
#include "store/Database.h"
#include "store/DemoStoreWriter.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace quita::bench {

Result<bool> prepareStore(const QString &path, const StoreSpec &spec, bool verbose)
{
    const QString specText = QStringLiteral("debtors=%1 activities=%2 heavy=%3 seed=%4 schema=%5\n")
                                 .arg(spec.debtors)
                                 .arg(spec.activities)
                                 .arg(spec.heavyDebtorActivities)
                                 .arg(spec.seed)
                                 .arg(Database::latestSchemaVersion());
    QFile specFile(path + QStringLiteral(".spec"));
    if (QFile::exists(path) && specFile.open(QIODevice::ReadOnly) &&
        QString::fromUtf8(specFile.readAll()) == specText)
        return false;
    specFile.close();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".spec")})
        QFile::remove(path + suffix);

    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    DemoOptions options;
    options.seed = spec.seed;
    options.debtors = spec.debtors;
    options.activities = spec.activities;
    options.heavyDebtorActivities = spec.heavyDebtorActivities;
    options.today = QDate(2026, 11, 23);
    DemoPortfolioGenerator generator(options);
    if (verbose)
        generator.setProgress([](int done, int total) {
            if (done % 20000 == 0 || done == total)
                std::fprintf(stderr, "  generating: %d / %d debtors\n", done, total);
        });
    QElapsedTimer timer;
    timer.start();
    const Status written = DemoStoreWriter(opened.value()->connection()).write(generator);
    if (!written)
        return written.error();
    if (verbose)
        std::fprintf(stderr, "  generated the store in %.1f s\n", timer.elapsed() / 1000.0);
    if (!specFile.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("io"), specFile.fileName(),
                     QStringLiteral("cannot write %1").arg(specFile.fileName())};
    specFile.write(specText.toUtf8());
    return true;
}

} // namespace quita::bench
