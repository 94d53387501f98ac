#include "DemoPortfolioGenerator.h"

#include "DemoActivityGenerator.h"
#include "DemoCalendar.h"
#include "DemoDebtorDetails.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "domain/Document.h"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <utility>
#include <vector>

namespace quita::demo {
namespace {

// Creditors and portfolios first, then debtor after debtor: where it lives, whose it
// is, its name, document and address; its titles and contact points (DebtorDetails);
// its activities and promises (ActivityGenerator). All draw from one Rng, in a fixed
// order, so the rows repeat with the seed.
class Generator
{
public:
    Generator(const DemoOptions &options, DemoSink &sink,
              const std::function<void(int, int)> &progress)
        : m_options(options), m_sink(sink), m_progress(progress), m_rng(options.seed),
          m_calendar(options.today.isValid() ? options.today : QDate::currentDate()),
          m_details(m_calendar.today(), m_folded, m_rng, sink),
          m_activities(options, m_calendar, m_rng, sink)
    {}

    void run();

private:
    void setupTables();
    void setupCreditors();
    void generateDebtor(int index);

    Document makeCpf();
    Document makeCnpj(bool alphanumeric);

    const DemoOptions &m_options;
    DemoSink &m_sink;
    const std::function<void(int, int)> &m_progress;
    Rng m_rng;
    DemoCalendar m_calendar;
    FoldedNames m_folded;
    DebtorDetails m_details;
    ActivityGenerator m_activities;

    Weighted m_stateWeights;
    std::vector<Weighted> m_cityWeights;
    Weighted m_streetTypeWeights;

    std::array<Creditor, kCreditorCount> m_creditors;
    std::array<Portfolio, 3> m_portfolios;
    std::unordered_set<quint64> m_usedCpf, m_usedCnpj;
};

void Generator::setupTables()
{
    for (const auto &state : demo::states()) {
        m_stateWeights.add(state.population);
        Weighted cities;
        for (const auto &city : state.cities)
            cities.add(city.weight);
        m_cityWeights.push_back(cities);
    }
    for (const auto &t : demo::streetTypes())
        m_streetTypeWeights.add(t.weight);
}

void Generator::setupCreditors()
{
    struct RawCreditor
    {
        const char *name;
        const char *shortName;
        const char *root; // 12 characters: 8 of the root, 4 of the branch
        // The short name with its contracted article, for message texts.
        const char *de, *a, *o;
    };
    // The retailer's CNPJ is alphanumeric (from July 2026).
    const RawCreditor raw[] = {
        {"Banco Horizonte S.A.", "Banco Horizonte", "614728030001", "do Banco Horizonte",
         "ao Banco Horizonte", "o Banco Horizonte"},
        {"Lojas Aurora Comércio Varejista Ltda", "Lojas Aurora", "7RK4QP280001", "das Lojas Aurora",
         "às Lojas Aurora", "as Lojas Aurora"},
    };
    for (size_t i = 0; i < m_creditors.size(); ++i) {
        Creditor &c = m_creditors[i];
        c.id = m_rng.uuid();
        c.name = QString::fromUtf8(raw[i].name);
        const QString body = QString::fromLatin1(raw[i].root);
        const auto parsed = Document::parse(body + Document::cnpjCheckDigits(body));
        if (parsed.ok())
            c.document = parsed.value();
        // Both collect through (made-up) Bradesco accounts; the CNPJ is the PIX key.
        c.account = CollectionAccount{
            QStringLiteral("237"),
            QStringLiteral("%1").arg(1234 + int(i), 4, 10, QLatin1Char('0')),
            QStringLiteral("%1").arg(12345 + int(i) * 1111, 7, 10, QLatin1Char('0')),
            QStringLiteral("09"),
            c.document.value(),
            QStringLiteral("SAO PAULO")};
    }
    const char *portfolioNames[] = {"Banco Horizonte — Cartões", "Banco Horizonte — Empréstimos",
                                    "Lojas Aurora — Crediário"};
    const int owners[] = {0, 0, 1};
    for (size_t i = 0; i < m_portfolios.size(); ++i) {
        m_portfolios[i].id = m_rng.uuid();
        m_portfolios[i].creditorId = m_creditors[size_t(owners[i])].id;
        m_portfolios[i].name = QString::fromUtf8(portfolioNames[i]);
        // The loans are corrected by IPCA (Lei 14.905/2024's default); the cards and the
        // retailer's instalment plans have no correction.
        if (i == 1)
            m_portfolios[i].chargeTerms = QStringLiteral("{\"correction_index\":\"ipca\"}");
    }

    // Outbound message texts carry the creditor's name (CDC art. 42-A), and its CNPJ
    // where there is room.
    for (size_t i = 0; i < m_creditors.size(); ++i)
        m_activities.setCreditorWording(
            int(i), {QString::fromUtf8(raw[i].shortName), m_creditors[i].document.formatted(),
                     QString::fromUtf8(raw[i].de), QString::fromUtf8(raw[i].a),
                     QString::fromUtf8(raw[i].o)});
}

Document Generator::makeCpf()
{
    for (;;) {
        const quint64 body = m_rng.below(1000000000);
        if (body % 111111111 == 0) // all nine digits equal
            continue;
        if (!m_usedCpf.insert(body).second)
            continue;
        const QString nine = QString::number(body).rightJustified(9, u'0');
        const auto parsed = Document::parse(nine + Document::cpfCheckDigits(nine));
        return parsed.ok() ? parsed.value() : Document();
    }
}

Document Generator::makeCnpj(bool alphanumeric)
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    char chars[12];
    for (;;) {
        bool letter = false;
        for (int i = 0; i < 8; ++i) {
            if (alphanumeric && m_rng.chance(400)) {
                chars[i] = kAlphabet[10 + m_rng.below(26)];
                letter = true;
            } else {
                chars[i] = kAlphabet[m_rng.below(10)];
            }
        }
        if (alphanumeric && !letter)
            chars[m_rng.below(8)] = kAlphabet[10 + m_rng.below(26)];
        int branch = m_rng.chance(880) ? 1 : m_rng.between(2, 12); // 0001 is the head office
        for (int i = 11; i >= 8; --i, branch /= 10)
            chars[i] = char('0' + branch % 10);
        quint64 key = 0;
        for (char c : chars)
            key = key * 36 + quint64(c <= '9' ? c - '0' : c - 'A' + 10);
        if (!m_usedCnpj.insert(key).second)
            continue;
        const QString twelve = QString::fromLatin1(chars, 12);
        const auto parsed = Document::parse(twelve + Document::cnpjCheckDigits(twelve));
        return parsed.ok() ? parsed.value() : Document();
    }
}

void Generator::generateDebtor(int index)
{
    const auto &states = demo::states();
    Rng &rng = m_rng;

    // Where and whose.
    static const Weighted portfolioWeights{40, 25, 35};
    const int portfolio = portfolioWeights.pick(rng);
    const int creditor = portfolio == 2 ? 1 : 0;
    const bool company = rng.chance(100);
    const int stateIndex = index < states.size() ? index : m_stateWeights.pick(rng);
    const demo::DemoState &state = states.at(stateIndex);
    const int cityIndex = m_cityWeights[size_t(stateIndex)].pick(rng);
    const demo::DemoCity &city = state.cities.at(cityIndex);

    const Tail tail = index % 100 == 7   ? Tail::PromiseToday
                      : index % 50 == 11 ? Tail::CallbackToday
                      : index % 40 == 5  ? Tail::InboundWaiting
                                         : Tail::None;
    const bool heavy = index == 0 && m_options.heavyDebtorActivities > 0;

    // Titles first: the placement date follows the oldest due date.
    const auto [oldestDue, openTotal] = m_details.drawTitles(portfolio);

    // Placement: after the oldest due date (pre-due accounts: the last two months),
    // within the last 18 months.
    QDate lo = oldestDue < m_calendar.today()
                   ? std::max(m_calendar.today().addDays(-kPlacementDays), oldestDue.addDays(1))
                   : m_calendar.today().addDays(-60);
    QDate hi = m_calendar.today();
    const int minAge = heavy ? 366 : (tail != Tail::None ? 12 : 0);
    hi = hi.addDays(-minAge);
    if (lo > hi)
        lo = hi;
    const QDate placedOn = lo.addDays(qint64(rng.below(quint64(lo.daysTo(hi)) + 1)));

    // The debtor.
    Debtor debtor;
    debtor.id = rng.uuid();
    debtor.portfolioId = m_portfolios[size_t(portfolio)].id;
    debtor.placedOn = placedOn;
    int firstIndex = 0, surnameIndex = 0;
    bool female = false;
    QString companyFold;
    if (company) {
        const auto &kinds = demo::companyKinds();
        const int k = rng.index(kinds.size());
        const demo::DemoCompanyKind &kind = kinds.at(k);
        QString fantasy;
        if (rng.chance(500)) {
            const int f = rng.index(kind.fantasyNames.size());
            fantasy = kind.fantasyNames.at(f);
            companyFold = m_folded.kindFantasy[size_t(k)].at(f);
        } else {
            const int f = rng.index(demo::companyFantasyNames().size());
            fantasy = demo::companyFantasyNames().at(f);
            companyFold = m_folded.fantasy.at(f);
        }
        static const Weighted nameForms{25, 20, 20, 15, 10, 10};
        switch (nameForms.pick(rng)) {
        case 0:
            debtor.name = kind.activity + u' ' + fantasy + QStringLiteral(" Ltda");
            break;
        case 1:
            debtor.name = kind.activity + u' ' + fantasy + QStringLiteral(" ME");
            break;
        case 2:
            debtor.name = fantasy + u' ' + kind.segment + QStringLiteral(" Eireli");
            break;
        case 3:
            debtor.name = fantasy + u' ' + kind.segment + QStringLiteral(" Ltda");
            break;
        case 4: {
            const int a = rng.index(demo::surnames().size());
            int b = rng.index(demo::surnames().size());
            if (b == a)
                b = (b + 1) % int(demo::surnames().size());
            debtor.name = demo::surnames().at(a) + QStringLiteral(" & ") + demo::surnames().at(b) +
                          u' ' + kind.segment + QStringLiteral(" Ltda");
            companyFold = m_folded.surnames.at(a) + m_folded.surnames.at(b);
            break;
        }
        default:
            debtor.name = kind.activity + u' ' + fantasy + QStringLiteral(" Ltda - ME");
            break;
        }
        debtor.document = makeCnpj(rng.chance(333));
    } else {
        female = rng.chance(520);
        const QStringList &firsts = female ? demo::femaleFirstNames() : demo::maleFirstNames();
        firstIndex = rng.index(firsts.size());
        surnameIndex = rng.index(demo::surnames().size());
        debtor.name = firsts.at(firstIndex) + u' ';
        if (rng.chance(450)) {
            if (rng.chance(350)) {
                debtor.name += rng.pick(demo::particleSurnames()) + u' ';
            } else {
                int other = rng.index(demo::surnames().size());
                if (other == surnameIndex)
                    other = (other + 1) % int(demo::surnames().size());
                debtor.name += demo::surnames().at(other) + u' ';
            }
        }
        debtor.name += demo::surnames().at(surnameIndex);
        debtor.document = makeCpf();
    }

    // Address, a few incomplete.
    Address &address = debtor.address;
    address.state = state.code;
    address.city = city.name;
    address.neighborhood = rng.pick(city.neighborhoods);
    const int streetNumber = rng.chance(700) ? rng.between(1, 999) : rng.between(1000, 4500);
    address.street = demo::streetTypes().at(m_streetTypeWeights.pick(rng)).text + u' ' +
                     rng.pick(demo::streetNames()) + QStringLiteral(", ") +
                     QString::number(streetNumber);
    if (rng.chance(350))
        address.street += QStringLiteral(", ") + rng.pick(demo::addressComplements());
    const int cep5 = rng.between(city.cepFrom, city.cepTo);
    address.postalCode =
        QString::number(qint64(cep5) * 1000 + rng.between(0, 999)).rightJustified(8, u'0');
    if (rng.chance(30)) {
        const int what = int(rng.below(5));
        if (what < 2 || what == 4)
            address.street.clear();
        if (what >= 2)
            address.postalCode.clear();
    }
    if (rng.chance(400))
        debtor.declaredMonthlyCapacity = company ? Money::fromCents(rng.between(10, 200) * 10000)
                                                 : Money::fromCents(rng.between(2, 40) * 5000);
    m_sink.addDebtor(debtor);

    m_details.emitContactPoints(debtor.id, state, city,
                                {company, companyFold, firstIndex, female, surnameIndex});
    m_details.emitTitles(debtor.id);

    // Activities, then the promises made in them.
    m_activities.generate({debtor.id, stateIndex, creditor, openTotal, placedOn, tail}, index,
                          heavy);
}

void Generator::run()
{
    setupTables();
    setupCreditors();
    for (const Creditor &c : m_creditors)
        m_sink.addCreditor(c);
    for (const Portfolio &p : m_portfolios)
        m_sink.addPortfolio(p);

    const int total = std::max(0, m_options.debtors);
    m_usedCpf.reserve(size_t(total));
    for (int i = 0; i < total; ++i) {
        generateDebtor(i);
        if (m_progress)
            m_progress(i + 1, total);
    }
}

} // namespace
} // namespace quita::demo

namespace quita {

DemoPortfolioGenerator::DemoPortfolioGenerator(DemoOptions options) : m_options(std::move(options))
{}

void DemoPortfolioGenerator::generate(DemoSink &sink)
{
    demo::Generator generator(m_options, sink, m_progress);
    generator.run();
}

} // namespace quita
