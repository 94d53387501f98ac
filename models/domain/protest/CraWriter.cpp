#include "CraWriter.h"

#include "CraLayout.h"

#include <QCoreApplication>

#include <initializer_list>
#include <optional>

namespace quita {

namespace {

constexpr int kCrLf = 2;

// The first failed status, in field order.
std::optional<Error> firstError(std::initializer_list<Status> statuses)
{
    for (const Status &status : statuses) {
        if (!status.ok())
            return status.error();
    }
    return std::nullopt;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

Status required(const CraRecordWriter &writer, const CraField &field, bool present)
{
    if (present)
        return Done{};
    return writer.error("required", field, QCoreApplication::translate("CraWriter", "required"));
}

// A CNPJ is written as its 14 characters, a CPF right-aligned with zeros.
Status writeDocument(CraRecordWriter &writer, const CraField &field, const Document &document)
{
    if (document.kind() == Document::Kind::Cnpj)
        return writer.text(field, document.value());
    return writer.digits(field, document.value());
}

Status writeAddress(CraRecordWriter &w, const CraAddress &address, const CraField &street,
                    const CraField &cep, const CraField &city, const CraField &state)
{
    if (auto e = firstError({w.text(street, address.street), w.digits(cep, address.cep),
                             w.text(city, address.city), w.text(state, address.state)}))
        return *e;
    return Done{};
}

std::optional<Error> writeHeader(char *record, const CraHeader &h, const CraTotals &counts)
{
    using namespace cra::header;
    CraRecordWriter w(record, cra::kRecordLength, QT_TRANSLATE_NOOP("CraField", "header"));
    w.constant(cra::kRecordType, "0");
    w.constant(sender, cra::senderCode(h.kind));
    w.constant(receiver, cra::receiverCode(h.kind));
    w.constant(fileKind, cra::kindCode(h.kind));
    return firstError({
        required(w, presenterCode, !isBlank(h.presenterCode)),
        w.text(presenterCode, h.presenterCode),
        required(w, presenterName, !isBlank(h.presenterName)),
        w.text(presenterName, h.presenterName),
        w.date(date, h.date),
        required(w, fileSequence, h.fileSequence > 0),
        w.number(fileSequence, h.fileSequence),
        w.number(recordCount, counts.records),
        w.number(titleCount, counts.titles),
        w.number(indicationCount, counts.indications),
        w.number(originalCount, counts.originals()),
        w.text(presenterId, h.presenterId),
        required(w, layoutVersion, !isBlank(h.layoutVersion)),
        w.digits(layoutVersion, h.layoutVersion),
        required(w, municipality, !isBlank(h.municipality)),
        w.digits(municipality, h.municipality),
        w.number(sequence, 1),
    });
}

std::optional<Error> writeReply(CraRecordWriter &w, CraFileKind kind, const CraNotaryReply &r)
{
    using namespace cra::title;
    for (const CraField &f : {distributionRegister, recordingFee, bankOperation, bankContract,
                              contractInstallment, otherExpenses})
        w.zeros(f);
    if (kind == CraFileKind::Remittance) {
        for (const CraField &f :
             {notaryOffice, protocol, protocolDate, notaryFees, occurrenceDate, distributionFees})
            w.zeros(f);
        return std::nullopt;
    }
    if (r.occurrence) {
        const char code[2] = {occurrenceCode(*r.occurrence), '\0'};
        w.constant(occurrence, code);
    }
    return firstError({
        w.number(notaryOffice, r.notaryOffice),
        w.digits(protocol, r.protocol),
        w.optionalDate(protocolDate, r.protocolDate),
        w.money(notaryFees, r.notaryFees),
        w.optionalDate(occurrenceDate, r.occurrenceDate),
        r.irregularity.isEmpty() ? Status(Done{}) : w.digits(irregularity, r.irregularity),
        w.money(distributionFees, r.distributionFees),
    });
}

std::optional<Error> writeTransaction(char *record, const CraHeader &h, const CraTransaction &t,
                                      int index, int recordSequence)
{
    using namespace cra::title;
    CraRecordWriter w(record, cra::kRecordLength, QT_TRANSLATE_NOOP("CraField", "title %1"), index);
    w.constant(cra::kRecordType, "1");
    w.constant(currency, "001");
    // The layout: repeat the creditor's name when there is no drawer.
    const QString &drawer = isBlank(t.drawerName) ? t.creditorName : t.drawerName;
    const bool cnpj = t.debtorDocument.kind() == Document::Kind::Cnpj;
    if (auto e = firstError({
            w.text(presenterCode, h.presenterCode),
            w.text(creditorCode, t.creditorCode),
            required(w, creditorName, !isBlank(t.creditorName)),
            w.text(creditorName, t.creditorName),
            w.text(drawerName, drawer),
            required(w, drawerDocument, !t.drawerDocument.isNull()),
            writeDocument(w, drawerDocument, t.drawerDocument),
            writeAddress(w, t.drawerAddress, drawerAddress, drawerCep, drawerCity, drawerState),
            required(w, nossoNumero, !isBlank(t.nossoNumero)),
            w.text(nossoNumero, t.nossoNumero),
            required(w, species, !isBlank(t.species)),
            w.text(species, t.species),
            required(w, titleNumber, !isBlank(t.titleNumber)),
            w.text(titleNumber, t.titleNumber),
            w.date(issueDate, t.issueDate),
        }))
        return e;
    if (t.dueAtSight)
        w.constant(dueDate, "99999999");
    if (auto e = firstError({
            t.dueAtSight ? Status(Done{}) : w.date(dueDate, t.dueDate),
            w.money(faceValue, t.faceValue),
            w.money(balance, t.balance),
            t.balance.cents() > 0 ? Status(Done{})
                                  : w.error("required", balance,
                                            QCoreApplication::translate(
                                                "CraWriter", "a balance above zero is required")),
            t.balance <= t.faceValue
                ? Status(Done{})
                : w.error("balance_above_face_value", balance,
                          QCoreApplication::translate("CraWriter",
                                                      "the balance is larger than the face value")),
            w.text(placeOfPayment, t.placeOfPayment),
            w.text(endorsement, t.endorsement),
            w.text(acceptance, t.acceptance),
            w.number(debtorSequence, t.debtorSequence),
            required(w, debtorName, !isBlank(t.debtorName)),
            w.text(debtorName, t.debtorName),
            required(w, debtorDocument, !t.debtorDocument.isNull()),
            w.number(debtorDocumentType, cnpj ? 1 : 2),
            writeDocument(w, debtorDocument, t.debtorDocument),
            required(w, debtorAddress, !isBlank(t.debtorAddress.street)),
            required(w, debtorCep, !isBlank(t.debtorAddress.cep)),
            required(w, debtorCity, !isBlank(t.debtorAddress.city)),
            required(w, debtorState, !isBlank(t.debtorAddress.state)),
            writeAddress(w, t.debtorAddress, debtorAddress, debtorCep, debtorCity, debtorState),
            w.text(debtorNeighbourhood, t.debtorNeighbourhood),
            w.number(sequence, recordSequence),
        }))
        return e;
    return writeReply(w, h.kind, t.reply);
}

std::optional<Error> writeTrailer(char *record, const CraHeader &h, const CraTotals &counts,
                                  int recordSequence)
{
    using namespace cra::trailer;
    CraRecordWriter w(record, cra::kRecordLength, QT_TRANSLATE_NOOP("CraField", "trailer"));
    w.constant(cra::kRecordType, "9");
    // DOMAIN.md: the check sum is the sum of the four header counts.
    return firstError({
        w.text(presenterCode, h.presenterCode),
        w.text(presenterName, h.presenterName),
        w.date(date, h.date),
        w.number(checkSum, counts.checkSum()),
        w.money(balanceSum, counts.balances),
        w.number(sequence, recordSequence),
    });
}

void endRecord(char *record, int length)
{
    record[length] = '\r';
    record[length + 1] = '\n';
}

Result<QByteArray> writeRequests(const CraRequestFile &file, const char *requestKind)
{
    using namespace cra::request;
    constexpr int length = cra::kRequestRecordLength;
    qsizetype total = 0;
    Money valueTotal;
    for (const CraNotaryRequests &office : file.offices) {
        total += office.requests.size();
        for (const CraRequest &r : office.requests)
            valueTotal += r.value;
    }
    if (total == 0)
        return Error{
            QStringLiteral("empty"), QStringLiteral("requests"),
            QCoreApplication::translate(
                "CraWriter", "A withdrawal or cancellation file needs at least one request.")};
    const qsizetype records = 2 + 2 * file.offices.size() + total;
    QByteArray out(records * (length + kCrLf), ' ');
    char *p = out.data();
    int seq = 0;
    const auto next = [&]() {
        char *record = p + qsizetype(seq) * (length + kCrLf);
        endRecord(record, length);
        ++seq;
        return record;
    };

    {
        CraRecordWriter w(next(), length, QT_TRANSLATE_NOOP("CraField", "header"));
        w.constant(cra::kRecordType, "0");
        if (auto e = firstError({
                required(w, presenterCode, !isBlank(file.presenterCode)),
                w.text(presenterCode, file.presenterCode),
                required(w, presenterName, !isBlank(file.presenterName)),
                w.text(presenterName, file.presenterName),
                w.date(date, file.date),
                w.number(requestCount, total),
                w.number(requestRecordCount, total),
                w.number(sequence, seq),
            }))
            return *e;
    }
    int index = 0;
    for (const CraNotaryRequests &office : file.offices) {
        const qsizetype count = office.requests.size();
        {
            CraRecordWriter w(next(), length, QT_TRANSLATE_NOOP("CraField", "notary header"));
            w.constant(cra::kRecordType, "1");
            if (auto e = firstError({
                    required(w, notaryRequestCount, count > 0),
                    w.number(notaryOffice, office.notaryOffice),
                    w.number(notaryRequestCount, count),
                    required(w, municipality, !isBlank(office.municipality)),
                    w.digits(municipality, office.municipality),
                    w.number(sequence, seq),
                }))
                return *e;
        }
        for (const CraRequest &r : office.requests) {
            CraRecordWriter w(next(), length, QT_TRANSLATE_NOOP("CraField", "request %1"), ++index);
            w.constant(cra::kRecordType, "2");
            w.constant(kind, requestKind);
            if (auto e = firstError({
                    required(w, protocol, !isBlank(r.protocol)),
                    w.digits(protocol, r.protocol),
                    w.date(protocolDate, r.protocolDate),
                    w.text(titleNumber, r.titleNumber),
                    w.text(debtorName, r.debtorName),
                    w.money(titleValue, r.value),
                    w.text(creditorCode, r.creditorCode),
                    w.text(nossoNumero, r.nossoNumero),
                    w.number(sequence, seq),
                }))
                return *e;
        }
        CraRecordWriter w(next(), length, QT_TRANSLATE_NOOP("CraField", "notary trailer"));
        w.constant(cra::kRecordType, "8");
        if (auto e = firstError({
                w.number(notaryOffice, office.notaryOffice),
                w.number(notaryRequestCount, count),
                w.number(sequence, seq),
            }))
            return *e;
    }
    CraRecordWriter w(next(), length, QT_TRANSLATE_NOOP("CraField", "trailer"));
    w.constant(cra::kRecordType, "9");
    if (auto e = firstError({
            w.text(presenterCode, file.presenterCode),
            w.text(presenterName, file.presenterName),
            w.date(date, file.date),
            w.number(requestCount, total),
            w.money(valueSum, valueTotal),
            w.number(sequence, seq),
        }))
        return *e;
    return out;
}

} // namespace

Result<QByteArray> CraWriter::write(const CraRemittance &file)
{
    const qsizetype n = file.transactions.size();
    if (n == 0)
        return Error{
            QStringLiteral("empty"), QStringLiteral("transactions"),
            QCoreApplication::translate("CraWriter", "A CRA file needs at least one title.")};
    if (n > kMaxTransactions)
        return Error{QStringLiteral("too_many"), QStringLiteral("transactions"),
                     QCoreApplication::translate(
                         "CraWriter",
                         "A CRA file holds at most %1 titles (%2 given): split it into several "
                         "files.")
                         .arg(kMaxTransactions)
                         .arg(n)};
    constexpr int stride = cra::kRecordLength + kCrLf;
    QByteArray out((n + 2) * stride, ' ');
    char *p = out.data();
    const CraTotals counts = CraTotals::of(file.transactions);

    if (auto e = writeHeader(p, file.header, counts))
        return *e;
    endRecord(p, cra::kRecordLength);
    for (qsizetype i = 0; i < n; ++i) {
        char *record = p + (i + 1) * stride;
        if (auto e = writeTransaction(record, file.header, file.transactions.at(i), int(i + 1),
                                      int(i + 2)))
            return *e;
        endRecord(record, cra::kRecordLength);
    }
    char *last = p + (n + 1) * stride;
    if (auto e = writeTrailer(last, file.header, counts, int(n + 2)))
        return *e;
    endRecord(last, cra::kRecordLength);
    return out;
}

Result<QByteArray> CraWriter::writeWithdrawal(const CraRequestFile &file)
{
    return writeRequests(file, "S");
}

Result<QByteArray> CraWriter::writeCancellation(const CraRequestFile &file)
{
    return writeRequests(file, "C");
}

} // namespace quita
