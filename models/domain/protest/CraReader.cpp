#include "CraReader.h"

#include "CraLayout.h"

#include <QCoreApplication>

#include <cstring>
#include <optional>
#include <utility>

namespace quita {

namespace {

Error lineError(const char *code, int line, const QString &message)
{
    return Error{QString::fromLatin1(code), QStringLiteral("line %1").arg(line), message};
}

QString centsText(Money amount)
{
    const qint64 cents = amount.cents();
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

// Keeps the first error; returns whether the value was taken.
template <typename T>
bool take(Result<T> result, T &out, std::optional<Error> &error)
{
    if (!result.ok()) {
        if (!error)
            error = result.error();
        return false;
    }
    out = std::move(result).value();
    return true;
}

// The drawer's field has no type: a valid CNPJ, else a CPF right-aligned with zeros.
Document documentFromText(const QString &text, std::optional<Document::Kind> kind)
{
    if (kind != Document::Kind::Cpf) {
        Result<Document> cnpj = Document::parse(text);
        if (cnpj.ok() && cnpj->kind() == Document::Kind::Cnpj)
            return cnpj.value();
    }
    if (kind != Document::Kind::Cnpj && text.size() == 14 &&
        text.startsWith(QLatin1String("000"))) {
        Result<Document> cpf = Document::parse(text.mid(3));
        if (cpf.ok())
            return cpf.value();
    }
    return {};
}

std::optional<Error> checkAlphanumeric(const CraRecordReader &r, const CraField &field)
{
    for (int c = field.start; c <= field.last(); ++c) {
        const char ch = r.at(c);
        if (!(ch >= '0' && ch <= '9') && !(ch >= 'A' && ch <= 'Z'))
            return r.error("not_number", field,
                           QCoreApplication::translate("CraReader",
                                                       "expected digits or capital letters, "
                                                       "found \"%1\"")
                               .arg(r.text(field)));
    }
    return std::nullopt;
}

std::optional<Error> readHeader(const CraRecordReader &r, CraHeader &h)
{
    using namespace cra::header;
    const QString kind = r.text(fileKind);
    if (kind == QLatin1String("TPR"))
        h.kind = CraFileKind::Remittance;
    else if (kind == QLatin1String("CRT"))
        h.kind = CraFileKind::Confirmation;
    else if (kind == QLatin1String("RTP"))
        h.kind = CraFileKind::Return;
    else
        return r.error("kind", fileKind,
                       QCoreApplication::translate(
                           "CraReader", "unknown file kind \"%1\"; expected TPR, CRT or RTP")
                           .arg(kind));
    for (const auto &[field, expected] : {std::pair{sender, cra::senderCode(h.kind)},
                                          std::pair{receiver, cra::receiverCode(h.kind)}}) {
        const QString found = r.text(field);
        if (found != QLatin1String(expected))
            return r.error("sender", field,
                           QCoreApplication::translate("CraReader",
                                                       "expected \"%1\" in a %2 file, found \"%3\"")
                               .arg(QLatin1String(expected), kind, found));
    }
    h.presenterCode = r.text(presenterCode);
    h.presenterName = r.text(presenterName);
    h.presenterId = r.text(presenterId);
    std::optional<Error> e;
    take(r.date(date), h.date, e);
    qint64 n = 0;
    if (take(r.number(fileSequence), n, e))
        h.fileSequence = int(n);
    if (take(r.number(recordCount), n, e))
        h.recordCount = int(n);
    if (take(r.number(titleCount), n, e))
        h.titleCount = int(n);
    if (take(r.number(indicationCount), n, e))
        h.indicationCount = int(n);
    if (take(r.number(originalCount), n, e))
        h.originalCount = int(n);
    take(r.digits(layoutVersion), h.layoutVersion, e);
    take(r.digits(municipality), h.municipality, e);
    return e;
}

std::optional<Error> readReply(const CraRecordReader &r, CraFileKind kind, CraNotaryReply &reply)
{
    using namespace cra::title;
    std::optional<Error> e;
    qint64 office = 0;
    if (take(r.number(notaryOffice), office, e))
        reply.notaryOffice = int(office);
    take(r.digits(protocol), reply.protocol, e);
    const char code = r.at(occurrence.start);
    if (code == ' ') {
        if (kind != CraFileKind::Confirmation && !e)
            e = r.error("occurrence", occurrence,
                        QCoreApplication::translate("CraReader", "the occurrence code is missing"));
    } else {
        reply.occurrence = occurrenceFromCode(code);
        if (!reply.occurrence && !e)
            e = r.error("occurrence", occurrence,
                        QCoreApplication::translate(
                            "CraReader", "unknown occurrence code \"%1\"; expected 1 to 9")
                            .arg(QString::fromLatin1(&code, 1)));
    }
    take(r.optionalDate(protocolDate), reply.protocolDate, e);
    take(r.money(notaryFees), reply.notaryFees, e);
    take(r.optionalDate(occurrenceDate), reply.occurrenceDate, e);
    if (!r.isBlank(irregularity))
        take(r.digits(irregularity), reply.irregularity, e);
    take(r.money(distributionFees), reply.distributionFees, e);
    return e;
}

std::optional<Error> readTransaction(const CraRecordReader &r, CraFileKind kind, CraTransaction &t)
{
    using namespace cra::title;
    t.creditorCode = r.text(creditorCode);
    t.creditorName = r.text(creditorName);
    t.drawerName = r.text(drawerName);
    t.drawerDocument = documentFromText(r.text(drawerDocument), std::nullopt);
    t.drawerAddress.street = r.text(drawerAddress);
    t.drawerAddress.city = r.text(drawerCity);
    t.drawerAddress.state = r.text(drawerState);
    t.nossoNumero = r.text(nossoNumero);
    t.species = r.text(species);
    t.titleNumber = r.text(titleNumber);
    t.placeOfPayment = r.text(placeOfPayment);
    t.endorsement = r.text(endorsement);
    t.acceptance = r.text(acceptance);
    t.debtorName = r.text(debtorName);
    t.debtorAddress.street = r.text(debtorAddress);
    t.debtorAddress.city = r.text(debtorCity);
    t.debtorAddress.state = r.text(debtorState);
    t.debtorNeighbourhood = r.text(debtorNeighbourhood);

    std::optional<Error> e;
    take(r.digits(drawerCep), t.drawerAddress.cep, e);
    take(r.date(issueDate), t.issueDate, e);
    t.dueAtSight = r.isAll(dueDate, '9');
    if (!t.dueAtSight)
        take(r.date(dueDate), t.dueDate, e);
    qint64 n = 0;
    take(r.number(currency), n, e);
    take(r.money(faceValue), t.faceValue, e);
    take(r.money(balance), t.balance, e);
    if (take(r.number(debtorSequence), n, e))
        t.debtorSequence = int(n);
    qint64 type = 0;
    take(r.number(debtorDocumentType), type, e);
    if (auto bad = checkAlphanumeric(r, debtorDocument); bad && !e)
        e = bad;
    if (!e) {
        const std::optional<Document::Kind> documentKind =
            type == 1 ? std::optional(Document::Kind::Cnpj)
                      : (type == 2 ? std::optional(Document::Kind::Cpf) : std::nullopt);
        if (documentKind)
            t.debtorDocument = documentFromText(r.text(debtorDocument), documentKind);
    }
    take(r.digits(debtorCep), t.debtorAddress.cep, e);
    if (kind != CraFileKind::Remittance) {
        if (auto bad = readReply(r, kind, t.reply); bad && !e)
            e = bad;
    }
    return e;
}

std::optional<Error> readTrailer(const CraRecordReader &r, CraTrailer &t)
{
    using namespace cra::trailer;
    t.presenterCode = r.text(presenterCode);
    t.presenterName = r.text(presenterName);
    std::optional<Error> e;
    take(r.date(date), t.date, e);
    qint64 n = 0;
    if (take(r.number(checkSum), n, e))
        t.checkSum = int(n);
    take(r.money(balanceSum), t.balanceSum, e);
    return e;
}

// The header counts against the transactions, the trailer against the header.
std::optional<Error> checkTotals(const CraRemittance &file, int headerLine, int trailerLine)
{
    const CraTotals totals = CraTotals::of(file.transactions);
    const CraHeader &h = file.header;
    const struct
    {
        const CraField &field;
        int declared;
        int actual;
    } counts[] = {
        {cra::header::recordCount, h.recordCount, totals.records},
        {cra::header::titleCount, h.titleCount, totals.titles},
        {cra::header::indicationCount, h.indicationCount, totals.indications},
        {cra::header::originalCount, h.originalCount, totals.originals()},
    };
    for (const auto &count : counts) {
        if (count.declared != count.actual)
            return CraRecordReader::errorAt(
                headerLine, "count", count.field,
                QCoreApplication::translate("CraReader", "the header says %1 but the file has %2")
                    .arg(count.declared)
                    .arg(count.actual));
    }
    const int sum = h.recordCount + h.titleCount + h.indicationCount + h.originalCount;
    if (file.trailer.checkSum != sum)
        return CraRecordReader::errorAt(
            trailerLine, "count", cra::trailer::checkSum,
            QCoreApplication::translate("CraReader",
                                        "the check sum is %1 but the header counts add up to %2")
                .arg(file.trailer.checkSum)
                .arg(sum));
    if (file.trailer.balanceSum != totals.balances)
        return CraRecordReader::errorAt(
            trailerLine, "sum", cra::trailer::balanceSum,
            QCoreApplication::translate("CraReader",
                                        "the sum of balances is %1 but the titles add up to %2")
                .arg(centsText(file.trailer.balanceSum), centsText(totals.balances)));
    return std::nullopt;
}

// One record: its length, its characters and its type.
std::optional<Error> checkRecord(const char *data, qsizetype size, int line)
{
    if (size != cra::kRecordLength)
        return lineError("length", line,
                         QCoreApplication::translate(
                             "CraReader", "Line %1: a record has %2 characters, this one has %3.")
                             .arg(line)
                             .arg(cra::kRecordLength)
                             .arg(size));
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte < 0x20 || (byte >= 0x7F && byte < 0xA0))
            return lineError(
                "characters", line,
                QCoreApplication::translate(
                    "CraReader", "Line %1, column %2: unexpected control character (byte %3).")
                    .arg(line)
                    .arg(i + 1)
                    .arg(int(byte), 2, 16, QLatin1Char('0')));
    }
    const char type = data[0];
    if (type != '0' && type != '1' && type != '9')
        return lineError("record_type", line,
                         QCoreApplication::translate(
                             "CraReader",
                             "Line %1, column 1 (record type): unknown record type \"%2\"; "
                             "expected 0, 1 or 9.")
                             .arg(line)
                             .arg(QString::fromLatin1(data, 1)));
    return std::nullopt;
}

// Columns 597-600 of every record: 1, 2, 3...
std::optional<Error> checkSequence(const CraRecordReader &r)
{
    const Result<qint64> sequence = r.number(cra::header::sequence);
    if (!sequence.ok())
        return sequence.error();
    if (sequence.value() != r.line())
        return r.error("sequence", cra::header::sequence,
                       QCoreApplication::translate("CraReader", "expected %1, found %2")
                           .arg(r.line())
                           .arg(sequence.value()));
    return std::nullopt;
}

} // namespace

Result<CraRemittance> CraReader::read(const QByteArray &bytes)
{
    CraRemittance file;
    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    if (p == end)
        return lineError("empty", 1,
                         QCoreApplication::translate("CraReader", "Line 1: the file is empty."));
    file.transactions.reserve(bytes.size() / (cra::kRecordLength + 2));

    int line = 0;
    bool trailerSeen = false;
    while (p < end) {
        ++line;
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        qsizetype size = lineEnd - p;
        if (newline && size > 0 && p[size - 1] == '\r')
            --size;
        if (auto e = checkRecord(p, size, line))
            return *e;
        const CraRecordReader r(p, line);
        const char type = p[0];
        if (trailerSeen)
            return lineError("after_trailer", line,
                             QCoreApplication::translate(
                                 "CraReader",
                                 "Line %1: a record after the trailer (type 9); the trailer "
                                 "must be the last record.")
                                 .arg(line));
        if (line == 1 && type != '0')
            return lineError(
                "header_missing", line,
                QCoreApplication::translate(
                    "CraReader", "Line %1: the file must start with a header record (type 0).")
                    .arg(line));
        if (type == '0' && line != 1)
            return lineError(
                "header_repeated", line,
                QCoreApplication::translate("CraReader",
                                            "Line %1: a second header record (type 0); a file has "
                                            "one.")
                    .arg(line));
        if (auto e = checkSequence(r))
            return *e;
        if (type == '0') {
            if (auto e = readHeader(r, file.header))
                return *e;
        } else if (type == '1') {
            CraTransaction t;
            if (auto e = readTransaction(r, file.header.kind, t))
                return *e;
            file.transactions.append(std::move(t));
        } else {
            if (auto e = readTrailer(r, file.trailer))
                return *e;
            trailerSeen = true;
        }
        p = newline ? newline + 1 : end;
    }
    if (!trailerSeen)
        return lineError(
            "trailer_missing", line,
            QCoreApplication::translate("CraReader",
                                        "Line %1: the file ends without a trailer record (type 9).")
                .arg(line));
    if (auto e = checkTotals(file, 1, line))
        return *e;
    return file;
}

Result<CraRemittance> CraReader::read(const QByteArray &bytes, CraFileKind expected)
{
    Result<CraRemittance> file = read(bytes);
    if (file.ok() && file->header.kind != expected) {
        return CraRecordReader::errorAt(
            1, "kind", cra::header::fileKind,
            QCoreApplication::translate("CraReader", "expected a %1 file, found %2")
                .arg(QLatin1String(cra::kindCode(expected)),
                     QLatin1String(cra::kindCode(file->header.kind))));
    }
    return file;
}

} // namespace quita
