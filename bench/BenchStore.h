#pragma once

#include "domain/Result.h"

#include <QString>

namespace quita::bench {

struct StoreSpec
{
    int debtors = 200000;
    qint64 activities = 2000000;
    int heavyDebtorActivities = 10000;
    quint64 seed = 20261123;
};

// Creates the benchmark store at `path` unless a store made from the same spec is
// already there (the spec is recorded in a side file). Returns whether it generated.
Result<bool> prepareStore(const QString &path, const StoreSpec &spec, bool verbose);

} // namespace quita::bench
