#pragma once

#include "domain/Result.h"
#include "domain/protest/CraRemittance.h"

#include <QByteArray>

namespace quita {

// Reads a CRA (IEPTB) TPR, CRT or RTP file strictly, all or nothing: the whole file, or
// the first problem as an Error whose field is "line N" (1-based) and whose message
// names the line, the columns and the field.
//
// The bytes are ISO-8859-1, one character per byte. Lines end with CR LF (a bare LF is
// taken too); the final line end may be missing. Checked: every record is 600
// characters without control characters; record types 0, 1 and 9 in that order, one
// header first and one trailer last; record sequence (597-600) 1, 2, 3...; the header's
// sender, receiver and file kind; numeric fields are digits; dates are valid DDMMAAAA;
// occurrence codes are 1-9 (a CRT may leave it blank); the header counts match the
// transactions, the trailer's check sum matches the header counts (DOMAIN.md) and its sum
// of balances matches the titles.
//
// In a TPR the notary's columns (446-596) are not read. Not checked here: whether a protocol or
// nosso numero is one the presenter knows. The caller checks CraNotaryReply::protocol and
// CraTransaction::nossoNumero against its database. Documents with wrong check digits are kept as a
// null Document (a title returned for irregularity 07 has one); irregularity codes are kept as
// read.
class CraReader
{
public:
    static Result<CraRemittance> read(const QByteArray &bytes);
    // The same, and the file must be of `expected` kind.
    static Result<CraRemittance> read(const QByteArray &bytes, CraFileKind expected);
};

} // namespace quita
