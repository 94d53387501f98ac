#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringView>

namespace quita {

// The pieces of a bank's boleto free field (BradescoFreeField, ItauFreeField).
bool isAllDigits(QStringView s);
// Digits only, 1..width of them, zero-padded on the left to width; an error naming
// `field` (code "empty", "characters" or "length") otherwise.
Result<QString> freeFieldDigits(const QString &value, const char *field, qsizetype width);

} // namespace quita
