// quita-bench protest: the CRA codec's figures of issue 5, on generated titles.
//   protest_remessa_50k_ms  CraWriter writing 50,000 titles as remittance (TPR) files.
//                           The record sequence (columns 597-600) has four digits, so one
//                           file holds at most 9,997 titles: the 50,000 are written as
//                           ceil(50000 / 9997) = 6 files (5 full ones and one of 15).
//   protest_return_50k_ms   CraReader reading the notaries' return (RTP) files for the same
//                           50,000 titles (6 files), strictly, all checks on.
// Baselines ("raw"): the same bytes without the codec. For the remittance, the finished
// records memcpy'd one by one into a preallocated buffer of the file's size; for the
// return, each file split into lines with memchr and every line's 600 characters copied
// into one record buffer. The ratios say what the field-by-field formatting and checking
// cost over moving the bytes. The database work of an import (matching and updating the
// requests) is not in these figures.
#include "domain/Document.h"
#include "domain/protest/CraReader.h"
#include "domain/protest/CraWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace quita;

namespace quita::bench {
namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    work(); // warm-up
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

CraTransaction title(int i)
{
    CraTransaction t;
    t.creditorCode = QStringLiteral("12340012345");
    t.creditorName = QStringLiteral("BANCO HORIZONTE S.A.");
    t.drawerName = t.creditorName;
    const QString bank = QStringLiteral("614728030001");
    t.drawerDocument = Document::parse(bank + Document::cnpjCheckDigits(bank)).value();
    t.drawerAddress = {QStringLiteral("AV PAULISTA 1000"), QStringLiteral("01310100"),
                       QStringLiteral("SAO PAULO"), QStringLiteral("SP")};
    t.nossoNumero = QStringLiteral("%1").arg(i + 1, 12, 10, QLatin1Char('0'));
    t.species = i % 3 == 0 ? QStringLiteral("DMI") : QStringLiteral("CBI");
    t.titleNumber = QStringLiteral("CTR%1").arg(i, 8, 10, QLatin1Char('0'));
    t.issueDate = QDate(2025, 1, 10).addDays(i % 300);
    t.dueDate = t.issueDate.addDays(30);
    t.faceValue = Money::fromCents(10000 + (i % 5000) * 37);
    t.balance = Money::fromCents(t.faceValue.cents() - (i % 7) * 100);
    t.placeOfPayment = QStringLiteral("SAO PAULO");
    t.debtorName = QStringLiteral("Devedor %1 da Conceição Araújo").arg(i);
    const QString nine = QStringLiteral("%1").arg(100000000 + i, 9, 10, QLatin1Char('0'));
    t.debtorDocument = Document::parse(nine + Document::cpfCheckDigits(nine)).value();
    t.debtorAddress = {QStringLiteral("Rua das Flores, %1").arg(i % 2000 + 1),
                       QStringLiteral("01310100"), QStringLiteral("São Paulo"),
                       QStringLiteral("SP")};
    t.debtorNeighbourhood = QStringLiteral("Centro");
    return t;
}

// The titles as files of at most kMaxTransactions, of `kind`; return files carry the
// notary's reply.
QList<CraRemittance> files(int titles, CraFileKind kind)
{
    QList<CraRemittance> out;
    for (int from = 0, n = 0; from < titles; from += CraWriter::kMaxTransactions, ++n) {
        CraRemittance f;
        f.header.presenterCode = QStringLiteral("901");
        f.header.presenterName = QStringLiteral("BANCO HORIZONTE S.A.");
        f.header.date = QDate(2026, 11, 30);
        f.header.kind = kind;
        f.header.fileSequence = n + 1;
        f.header.municipality = QStringLiteral("3550308");
        const int to = std::min(titles, from + CraWriter::kMaxTransactions);
        for (int i = from; i < to; ++i) {
            CraTransaction t = title(i);
            if (kind == CraFileKind::Return) {
                t.reply.notaryOffice = 1 + i % 10;
                t.reply.protocol = QStringLiteral("%1").arg(i + 1, 10, 10, QLatin1Char('0'));
                t.reply.protocolDate = QDate(2026, 12, 2);
                t.reply.occurrence = static_cast<CraOccurrence>(1 + i % 9);
                t.reply.occurrenceDate = QDate(2026, 12, 10);
                t.reply.notaryFees = Money::fromCents(1500 + i % 100);
                t.reply.distributionFees = Money::fromCents(500);
                if (i % 9 == 4)
                    t.reply.irregularity = QStringLiteral("07");
            }
            f.transactions.append(t);
        }
        out.append(f);
    }
    return out;
}

} // namespace

int runProtestBench(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("quita-bench protest: CRA remittance writing and return reading."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("protest"), QStringLiteral("This mode."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption titlesOption(QStringLiteral("titles"),
                                          QStringLiteral("Titles (default 50000)."),
                                          QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Timed runs per figure (median; default 9)."),
        QStringLiteral("n"), QStringLiteral("9"));
    parser.addOptions({json, titlesOption, runsOption});
    parser.process(app);
    bool ok1 = false, ok2 = false;
    const int titles = parser.value(titlesOption).toInt(&ok1);
    const int runs = parser.value(runsOption).toInt(&ok2);
    if (!ok1 || !ok2 || titles < 1 || runs < 1) {
        std::fprintf(stderr, "quita-bench protest: --titles and --runs take whole numbers >= 1\n");
        return 2;
    }

    const QList<CraRemittance> remittances = files(titles, CraFileKind::Remittance);
    QList<QByteArray> written(remittances.size());
    const double writeMs = medianMs(runs, [&] {
        for (qsizetype i = 0; i < remittances.size(); ++i) {
            auto bytes = CraWriter::write(remittances.at(i));
            if (!bytes) {
                std::fprintf(stderr, "quita-bench protest: %s\n",
                             qPrintable(bytes.error().message));
                std::exit(1);
            }
            written[i] = std::move(bytes).value();
        }
    });
    std::vector<char> buffer;
    const double writeRawMs = medianMs(runs, [&] {
        for (const QByteArray &file : std::as_const(written)) {
            buffer.assign(std::size_t(file.size()), ' ');
            for (qsizetype at = 0; at < file.size(); at += 602)
                std::memcpy(buffer.data() + at, file.constData() + at, 602);
        }
    });

    QList<QByteArray> returns;
    for (const CraRemittance &f : files(titles, CraFileKind::Return))
        returns.append(CraWriter::write(f).value());
    qsizetype records = 0;
    const double readMs = medianMs(runs, [&] {
        records = 0;
        for (const QByteArray &file : std::as_const(returns)) {
            auto read = CraReader::read(file, CraFileKind::Return);
            if (!read) {
                std::fprintf(stderr, "quita-bench protest: %s\n", qPrintable(read.error().message));
                std::exit(1);
            }
            records += read->transactions.size();
        }
    });
    char record[600];
    long long lines = 0;
    const double readRawMs = medianMs(runs, [&] {
        lines = 0;
        for (const QByteArray &file : std::as_const(returns)) {
            const char *p = file.constData();
            const char *end = p + file.size();
            while (p < end) {
                const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
                std::memcpy(record, p, std::min<std::size_t>(600, size_t((nl ? nl : end) - p)));
                lines += record[0] == '1';
                p = nl ? nl + 1 : end;
            }
        }
    });

    if (parser.isSet(json)) {
        const QJsonObject o{{QStringLiteral("protest_remessa_50k_ms"), writeMs},
                            {QStringLiteral("protest_remessa_raw_ms"), writeRawMs},
                            {QStringLiteral("protest_remessa_ratio"), writeMs / writeRawMs},
                            {QStringLiteral("protest_return_50k_ms"), readMs},
                            {QStringLiteral("protest_return_raw_ms"), readRawMs},
                            {QStringLiteral("protest_return_ratio"), readMs / readRawMs},
                            {QStringLiteral("titles"), titles},
                            {QStringLiteral("files"), int(written.size())},
                            {QStringLiteral("records_read"), qint64(records)}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("%d titles in %lld files of at most %d (4-digit record sequence); median of %d "
                "runs\n",
                titles, static_cast<long long>(written.size()), CraWriter::kMaxTransactions, runs);
    std::printf("%-24s %10s  %s\n", "figure", "value", "target / note");
    std::printf("%-24s %10.2f  <= 1000 ms; %.1fx raw\n", "protest_remessa_50k_ms", writeMs,
                writeMs / writeRawMs);
    std::printf("%-24s %10.2f  baseline: memcpy of the finished records into a preallocated "
                "buffer\n",
                "protest_remessa_raw_ms", writeRawMs);
    std::printf("%-24s %10.2f  <= 2000 ms; %.1fx raw (%lld records read; codec only)\n",
                "protest_return_50k_ms", readMs, readMs / readRawMs,
                static_cast<long long>(records));
    std::printf("%-24s %10.2f  baseline: memchr line split + memcpy of each record (%lld)\n",
                "protest_return_raw_ms", readRawMs, lines);
    return 0;
}

} // namespace quita::bench
