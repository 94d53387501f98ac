// quita-bench negotiation: the figures of the negotiation issue, each with a raw baseline.
//   simulate_us          NegotiationSimulator::simulate of six offers with 360-installment
//                        schedules (Price, SAC, flat, with and without down payment) over a
//                        three-title balance, per recompute. Baseline: the same six
//                        schedules as bare double arithmetic (no money rounding, dates,
//                        policy or estimates).
//   agreement_create_ms  on a desk store: AgreementRepository::create of a 12-installment
//                        agreement (rows + outbox in one transaction), its 12 boletos and
//                        PIX codes, and its term as PDF. Baseline: 13 bare INSERTs in one
//                        transaction.
#include "NegotiationBench.h"

#include "domain/negotiation/BalanceUpdate.h"
#include "domain/negotiation/NegotiationSimulator.h"
#include "item/AgreementBook.h"
#include "print/AgreementTerm.h"
#include "store/AgreementRepository.h"
#include "store/Database.h"
#include "store/DebtorRepository.h"
#include "store/DemoStoreWriter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

namespace quita::bench {
namespace {

double medianUs(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> samples;
    samples.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        samples.push_back(double(t.nsecsElapsed()) / 1e3);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// Keeps the optimiser from dropping the baseline's arithmetic.
volatile double g_sink = 0;

double rawSchedules(double balance, int n)
{
    const double i = 0.0199;
    double sum = 0;
    const double pmt = balance * i / (1 - std::pow(1 + i, -n));
    double outstanding = balance;
    for (int k = 0; k < n; ++k) { // Price
        const double interest = outstanding * i;
        outstanding -= pmt - interest;
        sum += pmt;
    }
    for (int pass = 0; pass < 2; ++pass) { // SAC, and SAC after a down payment
        double out = balance * (pass ? 0.9 : 1.0);
        const double amortisation = out / n;
        for (int k = 0; k < n; ++k) {
            sum += amortisation + out * i;
            out -= amortisation;
        }
    }
    for (int k = 0; k < n; ++k) // flat
        sum += balance / n;
    const double pmt2 = balance * 0.9 * i / (1 - std::pow(1 + i, -n)); // Price after entry
    for (int k = 0; k < n; ++k)
        sum += pmt2;
    sum += balance * 0.8; // full with discount
    return sum;
}

} // namespace

int runNegotiationBench(int argc, char *argv[])
{
    std::vector<char *> args{argv[0]};
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    int count = int(args.size());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for the PDF, no display needed
    QGuiApplication app(count, args.data());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("quita-bench negotiation: simulate_us and agreement_create_ms."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs per figure (median; default 200)."),
                                  QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({json, runs});
    parser.process(app);
    const int timedRuns = std::max(1, parser.value(runs).toInt());

    // simulate_us
    const QDate today(2026, 11, 30);
    QList<Title> titles;
    for (int i = 0; i < 3; ++i) {
        Title t;
        t.id = QUuid::createUuid();
        t.number = QStringLiteral("CT-%1").arg(i);
        t.dueDate = today.addDays(-400 - 90 * i);
        t.issueDate = t.dueDate.addYears(-1);
        t.principal = t.openBalance = Money::fromCents(1500000 + 250000 * i);
        titles.append(t);
    }
    const auto balance = updateBalance(titles, ChargeTerms{}, IndexSeries{}, today);
    if (!balance) {
        std::fprintf(stderr, "quita-bench: %s\n", qPrintable(balance.error().message));
        return 1;
    }
    const QDate firstDue = today.addDays(5);
    const QList<ScenarioRequest> requests{
        {ScenarioKind::Full, 1, std::nullopt, 20.0, firstDue},
        {ScenarioKind::Price, 360, std::nullopt, 0.0, firstDue},
        {ScenarioKind::Sac, 360, std::nullopt, 0.0, firstDue},
        {ScenarioKind::Flat, 360, std::nullopt, 0.0, firstDue},
        {ScenarioKind::Price, 360, Money::fromCents(500000), 0.0, firstDue},
        {ScenarioKind::Sac, 360, Money::fromCents(500000), 5.0, firstDue}};
    const NegotiationSimulator simulator(NegotiationPolicy::defaults());
    int installments = 0;
    const double simulateUs = medianUs(timedRuns, [&] {
        const auto simulation =
            simulator.simulate(*balance, requests, ApprovalRole::Agent, today, std::nullopt);
        installments = 0;
        for (const SimulatedScenario &s : simulation->scenarios)
            installments += int(s.scenario.installments.size());
    });
    const double total = double(balance->totals.total().cents()) / 100.0;
    const double rawUs = medianUs(timedRuns, [&] { g_sink = rawSchedules(total, 360); });

    // agreement_create_ms, on a small desk store
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "quita-bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    QSqlDatabase db = opened.value()->connection();
    DemoOptions demo;
    demo.debtors = 50;
    demo.activities = 200;
    demo.today = today;
    DemoPortfolioGenerator generator(demo);
    if (auto written = DemoStoreWriter(db).write(generator); !written) {
        std::fprintf(stderr, "quita-bench: %s\n", qPrintable(written.error().message));
        return 1;
    }
    QSqlQuery pick(db);
    pick.exec(QStringLiteral("SELECT d.id FROM debtor d JOIN title t ON t.debtor_id = d.id WHERE "
                             "t.open_balance_cents > 0 GROUP BY d.id ORDER BY "
                             "sum(t.open_balance_cents) DESC LIMIT 1"));
    pick.next();
    const QUuid debtorId = QUuid::fromString(pick.value(0).toString());
    pick.finish();
    AgreementRepository agreements(db);
    const auto creditor = agreements.creditorOf(debtorId);
    QList<Title> open;
    for (const Title &t : DebtorRepository(db).titles(debtorId))
        if (t.openBalance.cents() > 0)
            open.append(t);
    const auto deskBalance = updateBalance(open, ChargeTerms{}, IndexSeries{}, today);
    const ScenarioRequest offer{ScenarioKind::Price, 12, std::nullopt, 0.0, firstDue};
    const auto plan = simulator.simulate(*deskBalance, {offer}, ApprovalRole::Agent, today);
    if (!creditor || !plan || plan->scenarios.first().error) {
        std::fprintf(stderr, "quita-bench: cannot set up the agreement\n");
        return 1;
    }
    qint64 ourNumber = 1;
    qint64 pdfBytes = 0;
    QString failure;
    FixedClock clock(QDateTime(today, QTime(15, 0), Qt::UTC));
    AgreementBook book(db, clock);
    book.open(debtorId);
    const int agreementRuns = std::max(5, timedRuns / 10);
    const double createUs = medianUs(agreementRuns, [&] {
        AgreementDraft draft;
        draft.id = QUuid::createUuid();
        draft.debtorId = debtorId;
        draft.creditorId = creditor->id;
        draft.request = offer;
        draft.scenario = plan->scenarios.first().scenario;
        draft.asOf = today;
        draft.createdBy = QStringLiteral("Bench");
        auto created = agreements.create(draft, clock.nowUtc());
        if (!created) {
            failure = created.error().message;
            return;
        }
        AgreementTermData term;
        term.agreement = *created;
        for (AgreementInstallment &i : term.agreement.installments)
            i.ourNumber = QString::number(ourNumber++); // as the server gives them out
        term.creditor = *creditor;
        term.debtor = book.debtor();
        term.titles = open;
        term.printedOn = today;
        for (const AgreementInstallment &i : term.agreement.installments) {
            auto codes = paymentCodes(creditor->account, creditor->name, i.ourNumber.toLongLong(),
                                      i.due, i.amount);
            if (!codes)
                failure = codes.error().message;
        }
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        if (auto written =
                writeAgreementTermPdf(term, pdf, QLocale(QLocale::Portuguese, QLocale::Brazil));
            !written)
            failure = written.error().message;
        pdfBytes = pdf.size();
    });
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "quita-bench: %s\n", qPrintable(failure));
        return 1;
    }
    QSqlQuery raw(db);
    raw.exec(QStringLiteral("CREATE TABLE raw_rows (id TEXT PRIMARY KEY, a TEXT, b INTEGER, c "
                            "TEXT, d INTEGER)"));
    const double rawInsertUs = medianUs(agreementRuns, [&] {
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO raw_rows VALUES (?,?,?,?,?)"));
        for (int i = 0; i < 13; ++i) {
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(QStringLiteral("2026-12-05"));
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("open"));
            q.addBindValue(45176);
            q.exec();
        }
        db.commit();
    });

    const double simulateRatio = rawUs > 0 ? simulateUs / rawUs : 0;
    const double createMs = createUs / 1000.0;
    const double createRatio = rawInsertUs > 0 ? createUs / rawInsertUs : 0;
    if (parser.isSet(json)) {
        const QJsonObject out{{QStringLiteral("simulate_us"), simulateUs},
                              {QStringLiteral("simulate_raw_us"), rawUs},
                              {QStringLiteral("simulate_ratio"), simulateRatio},
                              {QStringLiteral("simulate_installments"), installments},
                              {QStringLiteral("agreement_create_ms"), createMs},
                              {QStringLiteral("agreement_raw_insert_ms"), rawInsertUs / 1000.0},
                              {QStringLiteral("agreement_create_ratio"), createRatio},
                              {QStringLiteral("agreement_pdf_bytes"), pdfBytes}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("%-24s %10s  %s\n", "figure", "value", "target / note");
    std::printf("%-24s %10.1f  <= 200 us (six offers, %d installments; %.1fx the raw %.1f us)\n",
                "simulate_us", simulateUs, installments, simulateRatio, rawUs);
    std::printf("%-24s %10.1f  <= 100 ms (12 installments, boletos, PIX, %lld-byte PDF; %.0fx "
                "the raw %.2f ms of 13 bare INSERTs)\n",
                "agreement_create_ms", createMs, static_cast<long long>(pdfBytes), createRatio,
                rawInsertUs / 1000.0);
    return 0;
}

} // namespace quita::bench
