#pragma once

#include "domain/Result.h"
#include "domain/protest/CraRemittance.h"
#include "domain/protest/CraRequest.h"

#include <QByteArray>

namespace quita {

// Writes CRA (IEPTB) files. Records are fixed-width ASCII (upper case, no accents; see
// craText in CraField.h), joined with CR LF, and the file ends with CR LF. A value that
// does not fit its field is an Error whose field is the CRA field's machine name and
// whose message names the record, the field and its columns; numbers are never cut,
// names and addresses are cut at the field's width.
class CraWriter
{
public:
    // The record sequence (597-600) has four digits and counts the header and the
    // trailer too, so a file holds at most 9,997 transactions: split larger batches.
    static constexpr int kMaxTransactions = 9997;

    // A TPR (or, for a test notary, a CRT or RTP) file: header.kind decides the file
    // kind and the sender/receiver; the header counts and the trailer are computed and
    // those in `file` ignored. Reply columns (446-596) are zeros and blanks in a TPR.
    static Result<QByteArray> write(const CraRemittance &file);

    // Withdrawal (DP, desistencia) and cancellation (CP, cancelamento) files: 127-column
    // records, one notary header and trailer per office, request kind "S" for a
    // withdrawal and "C" for a cancellation (column 90).
    static Result<QByteArray> writeWithdrawal(const CraRequestFile &file);
    static Result<QByteArray> writeCancellation(const CraRequestFile &file);
};

} // namespace quita
