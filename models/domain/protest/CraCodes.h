#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace quita {

// What the notary did with a title, column 458 of a CRT/RTP transaction (DOMAIN.md
// "Protest": occurrence codes 1..9). Machine names travel through the database, the API
// and sync; labels are translated.
enum class CraOccurrence
{
    Paid = 1,                  // "paid"
    Protested = 2,             // "protested"
    Withdrawn = 3,             // "withdrawn" (retirado: desistencia accepted)
    Suspended = 4,             // "suspended" (sustado by a court)
    ReturnedIrregular = 5,     // "returned_irregular" (without fees)
    ReturnedIrregularWithFees, // "returned_irregular_with_fees"
    ConditionalSettlement,     // "conditional_settlement" (paid with the debtor's cheque)
    Accepted,                  // "accepted" (acceptance of a bill or duplicata)
    PublicNotice               // "public_notice" (edital)
};

QList<CraOccurrence> allOccurrences();
// '1'..'9'; std::nullopt for anything else (the letter codes some CRAs use for
// cancellation returns are not in DOMAIN.md and are refused).
std::optional<CraOccurrence> occurrenceFromCode(char code);
char occurrenceCode(CraOccurrence occurrence);
QString occurrenceName(CraOccurrence occurrence);
std::optional<CraOccurrence> occurrenceFromName(const QString &name);
QString occurrenceLabel(CraOccurrence occurrence);

// Why a notary returned a title (columns 486-487), two digits. The published table of
// the CRAs (CRA-21 manual, "Codigos de Irregularidades"): 01-70 nationwide, 98 and 99
// with meanings that vary by state.
QStringList knownIrregularityCodes();
bool isKnownIrregularity(const QString &code);
// A translated sentence for the code; an unknown code keeps the code:
// "unknown irregularity 77".
QString irregularityMessage(const QString &code);

} // namespace quita
