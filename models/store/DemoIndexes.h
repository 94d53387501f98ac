#pragma once

#include "domain/Result.h"
#include "domain/negotiation/IndexSeries.h"

namespace quita {

// The demo's monthly correction index values (resources/demo/indexes.csv: real published
// values where known, placeholders after; the file says which).
Result<IndexSeries> demoIndexSeries();

// "ipca:2025-01": the id of one month of one index as the synced index_value rows carry it.
QString indexValueId(CorrectionIndex index, int year, int month);

} // namespace quita
