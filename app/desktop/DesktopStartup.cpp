#include "DesktopStartup.h"

#include "demo/DemoPortfolioGenerator.h"
#include "store/Database.h"
#include "store/DebtorRepository.h"
#include "store/DemoStoreWriter.h"

namespace quita {

Status seedDemoIfEmpty(Database &database, const DemoRequest &request, const Clock &clock,
                       const std::function<void(int, int)> &progress)
{
    if (DebtorRepository(database.connection()).count() > 0)
        return Done{};
    DemoOptions options;
    options.seed = request.seed;
    options.debtors = request.debtors;
    options.activities = qint64(request.debtors) * 10;
    options.today = clock.today();
    DemoPortfolioGenerator generator(options);
    generator.setProgress(progress);
    DemoStoreWriter writer(database.connection());
    return writer.write(generator);
}

} // namespace quita
