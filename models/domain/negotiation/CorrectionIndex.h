#pragma once

#include "domain/Result.h"

#include <QString>

#include <array>

namespace quita {

// The monetary correction index a contract names (DOMAIN.md "Money and charges"):
// IPCA (IBGE, the default of Lei 14.905/2024 when the contract is silent), IGP-M (FGV)
// or INPC (IBGE); None when the contract has no correction.
enum class CorrectionIndex
{
    None,
    Ipca,
    Igpm,
    Inpc
};

// The indexes that carry monthly data, in a fixed order (None has none).
inline constexpr std::array<CorrectionIndex, 3> kPublishedIndexes{
    CorrectionIndex::Ipca, CorrectionIndex::Igpm, CorrectionIndex::Inpc};

// Machine names used in the database, the API and the CSV import: "none", "ipca",
// "igpm", "inpc".
QString correctionIndexName(CorrectionIndex index);

// The index for a machine name (case-insensitive, surrounding blanks ignored); an
// unknown name is an error naming `field`.
Result<CorrectionIndex>
correctionIndexFromName(const QString &name,
                        const QString &field = QStringLiteral("correction_index"));

// How the index is written for people: "IPCA", "IGP-M", "INPC", or a translated
// "no correction".
QString correctionIndexDisplayName(CorrectionIndex index);

} // namespace quita
