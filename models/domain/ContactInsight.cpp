#include "ContactInsight.h"

namespace quita {

bool isResponse(const QString &result)
{
    return ResultCatalog::defaults().isConnect(result) || result == QLatin1String("read") ||
           result == QLatin1String("replied");
}

std::optional<ContactRecommendation> recommendContact(const QList<ContactHistoryCell> &history)
{
    std::optional<ContactRecommendation> best;
    int bestAttempts = 0;
    for (const auto &cell : history) {
        if (cell.attempts <= 0 || cell.connects <= 0)
            continue; // nothing learned from a cell that never answered
        const double rate = double(cell.connects + 1) / double(cell.attempts + 2);
        // Ties go to the cell with more evidence, then the earlier hour.
        if (!best || rate > best->rate ||
            (rate == best->rate &&
             (cell.attempts > bestAttempts ||
              (cell.attempts == bestAttempts && cell.localHour < best->localHour)))) {
            best = ContactRecommendation{cell.channel, cell.localHour, rate};
            bestAttempts = cell.attempts;
        }
    }
    return best;
}

} // namespace quita
