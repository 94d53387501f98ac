#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace quita {

// The standard names of CRA files: a prefix, the presenter's code, DDMM, ".", YY and the
// day's file sequence (one digit, 1 to 9), e.g. "B3412401.141" for presenter 341's first
// remittance of 24/01/2014 (CRA-21 manual, "Nomenclatura de arquivos"; DOMAIN.md).
// Errors name "presenter_code", "date" or "sequence".
class CraFileName
{
public:
    static Result<QString> remittance(const QString &presenterCode, const QDate &date,
                                      int sequence); // "B..."
    static Result<QString> confirmation(const QString &presenterCode, const QDate &date,
                                        int sequence); // "C..."
    static Result<QString> returnFile(const QString &presenterCode, const QDate &date,
                                      int sequence); // "R..."
    static Result<QString> withdrawal(const QString &presenterCode, const QDate &date,
                                      int sequence); // "DP..."
    static Result<QString> cancellation(const QString &presenterCode, const QDate &date,
                                        int sequence); // "CP..."
};

} // namespace quita
