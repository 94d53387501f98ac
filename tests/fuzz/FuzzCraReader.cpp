// libFuzzer target for the CRA (IEPTB) reader: any bytes must give a file or an Error,
// never a crash, a hang or undefined behaviour. Built and run by scripts/fuzz-cra.sh.
#include "domain/protest/CraCodes.h"
#include "domain/protest/CraReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // No copy: the sanitizer sees any read past the fuzzer's own buffer.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const quita::Result<quita::CraRemittance> file = quita::CraReader::read(bytes);
    if (!file.ok()) {
        // An error always names a line and says something.
        if (file.error().field.isEmpty() || file.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    // Touch what a caller would use.
    qsizetype total = file->header.presenterName.size();
    for (const quita::CraTransaction &t : file->transactions) {
        total += t.reply.protocol.size() + t.nossoNumero.size();
        if (!t.reply.irregularity.isEmpty())
            total += quita::irregularityMessage(t.reply.irregularity).size();
        if (t.reply.occurrence)
            total += quita::occurrenceName(*t.reply.occurrence).size();
    }
    if (file->transactions.size() != file->header.recordCount)
        __builtin_trap(); // the reader promised the counts match
    return total < 0 ? 1 : 0;
}
