#include "DemoPortfolioGenerator.h"

#include "DemoNames.h"
#include "domain/BrazilianStates.h"
#include "domain/Document.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <random>
#include <unordered_set>
#include <utility>
#include <vector>

namespace quita {
namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01
constexpr int kPlacementDays = 547;             // placements within the last 18 months
constexpr int kFutureDays = 14;                 // callbacks and promises after today
constexpr int kSecondsPerDay = 86400;

// Reproducible randomness. std::mt19937_64 is specified bit for bit by the standard;
// the distributions are not, so everything below draws through these helpers only
// (integers; unit() is an exact 53-bit fraction). The only floating point elsewhere is
// plain IEEE multiplication and division in the activity budget, the same everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform in [0, n); the modulo bias is below 2^-40 for every range used here.
    quint64 below(quint64 n) { return n <= 1 ? 0 : m_engine() % n; }
    int index(qsizetype size) { return int(below(quint64(size))); }
    // Uniform in [lo, hi], inclusive.
    int between(int lo, int hi) { return hi <= lo ? lo : lo + int(below(quint64(hi - lo) + 1)); }
    bool chance(int perMille) { return int(below(1000)) < perMille; }
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }

    // A version 4 (random) UUID built from the engine, so ids repeat with the seed.
    QUuid uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000),
                     uchar(((b >> 56) & 0x3f) | 0x80), uchar(b >> 48), uchar(b >> 40),
                     uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(index(list.size()));
    }

private:
    std::mt19937_64 m_engine;
};

// Cumulative weights for a categorical draw.
class Weighted
{
public:
    Weighted() = default;
    Weighted(std::initializer_list<int> weights)
    {
        for (int w : weights)
            add(w);
    }
    void add(int weight)
    {
        m_total += weight;
        m_cumulative.push_back(m_total);
    }
    int pick(Rng &rng) const
    {
        const int r = int(rng.below(quint64(m_total)));
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) -
                   m_cumulative.begin());
    }
    bool isEmpty() const { return m_total == 0; }

private:
    std::vector<int> m_cumulative;
    int m_total = 0;
};

// The default results of DOMAIN.md, by index.
enum Res : int
{
    NoAnswer,
    Busy,
    WrongNumber,
    LeftMessage,
    ThirdParty,
    Rpc,
    Refused,
    Ptp,
    Dispute,
    Callback,
    Deceased,
    Bankrupt,
    Sent,
    Delivered,
    Read,
    Replied,
    Bounced,
    Failed,
    OptedOut,
    Visited,
    Simulated,
    Proposal,
    Agreement,
    Paid,
    ResultCount
};

constexpr const char *kResultNames[ResultCount] = {
    "no_answer", "busy",      "wrong_number", "left_message", "third_party", "rpc",
    "refused",   "ptp",       "dispute",      "callback",     "deceased",    "bankrupt",
    "sent",      "delivered", "read",         "replied",      "bounced",     "failed",
    "opted_out", "visited",   "simulated",    "proposal",     "agreement",   "paid",
};

constexpr int kChannelCount = 10;
constexpr int ch(Channel c)
{
    return int(c);
}
constexpr int kOut = 0;
constexpr int kIn = 1;

// Channel mix of all activities (per cent, in enum order) and the inbound share of
// each channel (per mille): about 15% inbound overall.
constexpr int kChannelWeights[kChannelCount] = {40, 19, 12, 14, 3, 2, 3, 4, 2, 1};
constexpr int kInboundPerMille[kChannelCount] = {70, 80, 70, 220, 500, 350, 1000, 350, 0, 0};

struct ResultMix
{
    std::vector<int> results;
    Weighted weights;
};

enum class Tail
{
    None,
    PromiseToday,
    CallbackToday,
    InboundWaiting
};

struct CreditorInfo
{
    Creditor creditor;
    QString shortName;
};

class Generator
{
public:
    Generator(const DemoOptions &options, DemoSink &sink,
              const std::function<void(int, int)> &progress)
        : m_options(options), m_sink(sink), m_progress(progress), m_rng(options.seed)
    {
        m_today = options.today.isValid() ? options.today : QDate::currentDate();
    }

    void run();

private:
    void setupTables();
    void setupTexts();
    void setupCreditors();
    void generateDebtor(int index);

    Document makeCpf();
    Document makeCnpj(bool alphanumeric);
    QString phoneNumber(int ddd, bool mobile);
    QString personEmail(int firstIndex, bool female, int surnameIndex);

    // Days are indexed from m_baseJd (18 months before today).
    qint64 utcSeconds(int state, int day, int secondOfDay) const
    {
        return (m_baseJd + day - kUnixEpochJulianDay) * kSecondsPerDay + secondOfDay -
               m_offsets[size_t(state)][size_t(day)];
    }
    QDate dateOf(int day) const { return QDate::fromJulianDay(m_baseJd + day); }
    int dayOf(const QDate &date) const { return int(date.toJulianDay() - m_baseJd); }
    int localSecond() { return m_hours.pick(m_rng) * 3600 + int(m_rng.below(3600)) + 8 * 3600; }
    const QString &agent()
    {
        return m_options.agents.isEmpty()
                   ? m_empty
                   : m_options.agents.at(m_rng.index(m_options.agents.size()));
    }

    struct DebtorContext
    {
        QUuid id;
        int state = 0;
        int creditor = 0;
        Money openTotal;
    };
    // forcedDay: the promise's due day of a ptp, the day of a callback; -1 to draw one.
    void emitActivity(const DebtorContext &d, int channel, int direction, int result, int day,
                      int second, int forcedDay);
    Money promiseAmount(const Money &openTotal);

    const DemoOptions &m_options;
    DemoSink &m_sink;
    const std::function<void(int, int)> &m_progress;
    Rng m_rng;
    QDate m_today;
    qint64 m_baseJd = 0;
    int m_todayDay = 0;     // index of today
    int m_yearStartDay = 0; // index of today minus 12 months
    int m_totalDays = 0;

    QString m_empty;
    std::vector<std::vector<int>> m_offsets; // per state and day, seconds east of UTC
    std::vector<int> m_dayOfWeek;            // 1 = Monday .. 7 = Sunday
    QStringList m_dayLabels;                 // "dd/MM"

    Weighted m_stateWeights;
    std::vector<Weighted> m_cityWeights;
    Weighted m_channelWeights;
    Weighted m_hours;
    Weighted m_streetTypeWeights;
    Weighted m_domainWeights;
    std::array<std::array<ResultMix, 2>, kChannelCount> m_mixes;

    QStringList m_femaleFolded, m_maleFolded, m_surnameFolded, m_fantasyFolded;
    std::vector<QStringList> m_kindFantasyFolded;
    QString m_resultNames[ResultCount];
    QString m_summaries[kChannelCount][2][ResultCount];
    QStringList m_notes[ResultCount];               // call and visit notes
    QStringList m_selfServiceBodies[ResultCount];   // portal and IVR
    QStringList m_outboundBodies[2][kChannelCount]; // per creditor
    QStringList m_inboundReplies, m_optOutReplies;
    QString m_ptpPrefix[kChannelCount][2], m_callbackPrefix[kChannelCount][2];
    QString m_ptpNoDate;
    QString m_labelCelular, m_labelResidencial, m_labelComercial, m_labelTrabalho, m_labelRecado,
        m_labelPessoal, m_labelFinanceiro;

    std::array<CreditorInfo, 2> m_creditors;
    std::array<Portfolio, 3> m_portfolios;
    std::unordered_set<quint64> m_usedCpf, m_usedCnpj;

    // Activity budget, spread adaptively so the total lands close to the request.
    qint64 m_remainingActivities = 0;
    double m_windowSum = 0;
    int m_processed = 0;

    // Reused per row to avoid allocations.
    Activity m_activity;
    std::vector<qint64> m_keys;
    std::vector<Promise> m_promises;
    std::array<Title, 4> m_titles;
};

void Generator::setupTables()
{
    m_baseJd = m_today.toJulianDay() - kPlacementDays;
    m_todayDay = kPlacementDays;
    m_yearStartDay = dayOf(m_today.addYears(-1));
    m_totalDays = kPlacementDays + 1 + kFutureDays;

    const auto &states = demo::states();
    m_offsets.resize(size_t(states.size()));
    for (qsizetype s = 0; s < states.size(); ++s) {
        const QTimeZone zone = BrazilianStates::timeZone(states.at(s).code);
        auto &offsets = m_offsets[size_t(s)];
        offsets.resize(size_t(m_totalDays));
        for (int day = 0; day < m_totalDays; ++day) {
            const QDateTime noon(dateOf(day), QTime(15, 0), Qt::UTC);
            offsets[size_t(day)] = zone.isValid() ? zone.offsetFromUtc(noon) : -3 * 3600;
        }
        m_stateWeights.add(states.at(s).population);
        Weighted cities;
        for (const auto &city : states.at(s).cities)
            cities.add(city.weight);
        m_cityWeights.push_back(cities);
    }
    m_dayOfWeek.resize(size_t(m_totalDays));
    for (int day = 0; day < m_totalDays; ++day) {
        m_dayOfWeek[size_t(day)] = int((m_baseJd + day) % 7) + 1;
        m_dayLabels.append(dateOf(day).toString(QStringLiteral("dd/MM")));
    }

    for (int w : kChannelWeights)
        m_channelWeights.add(w);
    // Local hours 8h..19h, busier mid-morning and mid-afternoon.
    m_hours = Weighted{4, 9, 11, 10, 6, 7, 10, 10, 9, 8, 7, 5};
    for (const auto &t : demo::streetTypes())
        m_streetTypeWeights.add(t.weight);
    for (const auto &d : demo::emailDomains())
        m_domainWeights.add(d.weight);

    const auto mix = [this](Channel c, int direction,
                            std::initializer_list<std::pair<int, int>> entries) {
        ResultMix &m = m_mixes[size_t(ch(c))][size_t(direction)];
        for (const auto &[result, weight] : entries) {
            m.results.push_back(result);
            m.weights.add(weight);
        }
    };
    // Calls: mostly no answer or busy, about 15% right-party.
    mix(Channel::Phone, kOut,
        {{NoAnswer, 457},
         {Busy, 150},
         {LeftMessage, 100},
         {WrongNumber, 60},
         {ThirdParty, 80},
         {Rpc, 50},
         {Refused, 20},
         {Ptp, 40},
         {Dispute, 8},
         {Callback, 30},
         {Deceased, 3},
         {Bankrupt, 2}});
    mix(Channel::Phone, kIn,
        {{Rpc, 450},
         {Ptp, 250},
         {Callback, 60},
         {Dispute, 70},
         {Refused, 40},
         {ThirdParty, 80},
         {WrongNumber, 50}});
    mix(Channel::Visit, kOut,
        {{NoAnswer, 300},
         {ThirdParty, 200},
         {Rpc, 200},
         {Ptp, 120},
         {Refused, 80},
         {WrongNumber, 60},
         {Callback, 30},
         {Deceased, 10}});
    mix(Channel::Sms, kOut, {{Sent, 250}, {Delivered, 620}, {Failed, 80}, {Replied, 50}});
    mix(Channel::Sms, kIn, {{Replied, 960}, {OptedOut, 40}});
    mix(Channel::Whatsapp, kOut,
        {{Sent, 100}, {Delivered, 350}, {Read, 450}, {Replied, 70}, {Failed, 30}});
    mix(Channel::Whatsapp, kIn, {{Replied, 980}, {OptedOut, 20}});
    mix(Channel::Email, kOut,
        {{Sent, 300}, {Delivered, 350}, {Read, 220}, {Bounced, 100}, {Replied, 30}});
    mix(Channel::Email, kIn, {{Replied, 980}, {OptedOut, 20}});
    mix(Channel::Chat, kOut, {{Delivered, 300}, {Read, 400}, {Replied, 300}});
    mix(Channel::Chat, kIn, {{Replied, 1000}});
    mix(Channel::Social, kOut, {{Sent, 400}, {Delivered, 300}, {Read, 200}, {Replied, 100}});
    mix(Channel::Social, kIn, {{Replied, 970}, {OptedOut, 30}});
    mix(Channel::Letter, kOut, {{Sent, 850}, {Delivered, 100}, {Bounced, 50}});
    mix(Channel::Portal, kIn,
        {{Visited, 550}, {Simulated, 250}, {Proposal, 100}, {Agreement, 70}, {Paid, 30}});
    mix(Channel::Ivr, kOut,
        {{Visited, 700}, {Simulated, 150}, {Proposal, 80}, {Agreement, 50}, {Paid, 20}});
    mix(Channel::Ivr, kIn,
        {{Visited, 500}, {Simulated, 250}, {Proposal, 120}, {Agreement, 80}, {Paid, 50}});

    for (int r = 0; r < ResultCount; ++r)
        m_resultNames[r] = QString::fromLatin1(kResultNames[r]);

    for (const QString &n : demo::femaleFirstNames())
        m_femaleFolded.append(demo::asciiFold(n));
    for (const QString &n : demo::maleFirstNames())
        m_maleFolded.append(demo::asciiFold(n));
    for (const QString &n : demo::surnames())
        m_surnameFolded.append(demo::asciiFold(n));
    for (const QString &n : demo::companyFantasyNames())
        m_fantasyFolded.append(demo::asciiFold(n));
    for (const auto &kind : demo::companyKinds()) {
        QStringList folded;
        for (const QString &n : kind.fantasyNames)
            folded.append(demo::asciiFold(n));
        m_kindFantasyFolded.push_back(folded);
    }
}

void Generator::setupTexts()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const auto set = [this, &s](Channel c, int direction, int result, const char *text) {
        m_summaries[ch(c)][direction][result] = s(text);
    };
    set(Channel::Phone, kOut, NoAnswer, "Ligação sem resposta");
    set(Channel::Phone, kOut, Busy, "Linha ocupada");
    set(Channel::Phone, kOut, LeftMessage, "Recado deixado na caixa postal");
    set(Channel::Phone, kOut, WrongNumber, "Número não pertence ao cliente");
    set(Channel::Phone, kOut, ThirdParty, "Atendido por terceiro");
    set(Channel::Phone, kOut, Rpc, "Contato com o cliente");
    set(Channel::Phone, kOut, Refused, "Cliente se recusou a negociar");
    set(Channel::Phone, kOut, Dispute, "Cliente contesta a dívida");
    set(Channel::Phone, kOut, Deceased, "Informado o falecimento do titular");
    set(Channel::Phone, kOut, Bankrupt, "Informada falência do devedor");
    set(Channel::Phone, kIn, Rpc, "Cliente ligou para negociar");
    set(Channel::Phone, kIn, Dispute, "Cliente ligou contestando a dívida");
    set(Channel::Phone, kIn, Refused, "Cliente ligou e recusou a proposta");
    set(Channel::Phone, kIn, ThirdParty, "Terceiro ligou em nome do cliente");
    set(Channel::Phone, kIn, WrongNumber, "Ligação recebida de pessoa desconhecida");
    set(Channel::Visit, kOut, NoAnswer, "Visita: ninguém no endereço");
    set(Channel::Visit, kOut, ThirdParty, "Visita: atendido por familiar");
    set(Channel::Visit, kOut, Rpc, "Visita: contato com o cliente");
    set(Channel::Visit, kOut, Refused, "Visita: cliente se recusou a negociar");
    set(Channel::Visit, kOut, WrongNumber, "Visita: cliente não mora no endereço");
    set(Channel::Visit, kOut, Deceased, "Visita: informado o falecimento do titular");
    set(Channel::Sms, kOut, Sent, "SMS de lembrete enviado");
    set(Channel::Sms, kOut, Delivered, "SMS de cobrança entregue");
    set(Channel::Sms, kOut, Failed, "Falha no envio do SMS");
    set(Channel::Sms, kOut, Replied, "SMS respondido pelo cliente");
    set(Channel::Sms, kIn, Replied, "Cliente respondeu por SMS");
    set(Channel::Sms, kIn, OptedOut, "Cliente pediu para não receber SMS");
    set(Channel::Whatsapp, kOut, Sent, "Mensagem de WhatsApp enviada");
    set(Channel::Whatsapp, kOut, Delivered, "WhatsApp entregue");
    set(Channel::Whatsapp, kOut, Read, "WhatsApp lido pelo cliente");
    set(Channel::Whatsapp, kOut, Replied, "WhatsApp respondido pelo cliente");
    set(Channel::Whatsapp, kOut, Failed, "Falha no envio do WhatsApp");
    set(Channel::Whatsapp, kIn, Replied, "Cliente respondeu pelo WhatsApp");
    set(Channel::Whatsapp, kIn, OptedOut, "Cliente pediu para sair da lista do WhatsApp");
    set(Channel::Email, kOut, Sent, "E-mail de cobrança enviado");
    set(Channel::Email, kOut, Delivered, "E-mail entregue");
    set(Channel::Email, kOut, Read, "E-mail aberto pelo cliente");
    set(Channel::Email, kOut, Bounced, "E-mail devolvido: endereço inválido");
    set(Channel::Email, kOut, Replied, "E-mail respondido pelo cliente");
    set(Channel::Email, kIn, Replied, "Cliente respondeu por e-mail");
    set(Channel::Email, kIn, OptedOut, "Cliente pediu descadastro do e-mail");
    set(Channel::Chat, kOut, Delivered, "Mensagem do chat entregue");
    set(Channel::Chat, kOut, Read, "Mensagem do chat lida");
    set(Channel::Chat, kOut, Replied, "Conversa no chat com o cliente");
    set(Channel::Chat, kIn, Replied, "Cliente iniciou conversa no chat");
    set(Channel::Social, kOut, Sent, "Mensagem enviada pela rede social");
    set(Channel::Social, kOut, Delivered, "Mensagem na rede social entregue");
    set(Channel::Social, kOut, Read, "Mensagem na rede social lida");
    set(Channel::Social, kOut, Replied, "Cliente respondeu pela rede social");
    set(Channel::Social, kIn, Replied, "Cliente escreveu pela rede social");
    set(Channel::Social, kIn, OptedOut, "Cliente pediu para não ser contatado pela rede social");
    set(Channel::Letter, kOut, Sent, "Carta de cobrança enviada");
    set(Channel::Letter, kOut, Delivered, "Carta entregue com AR");
    set(Channel::Letter, kOut, Bounced, "Carta devolvida pelos Correios");
    set(Channel::Portal, kIn, Visited, "Cliente acessou o portal");
    set(Channel::Portal, kIn, Simulated, "Cliente simulou acordo no portal");
    set(Channel::Portal, kIn, Proposal, "Cliente enviou proposta pelo portal");
    set(Channel::Portal, kIn, Agreement, "Acordo fechado pelo portal");
    set(Channel::Portal, kIn, Paid, "Pagamento confirmado pelo portal");
    set(Channel::Ivr, kOut, Visited, "URA: mensagem de cobrança ouvida");
    set(Channel::Ivr, kOut, Simulated, "URA: cliente simulou parcelamento");
    set(Channel::Ivr, kOut, Proposal, "URA: cliente registrou proposta");
    set(Channel::Ivr, kOut, Agreement, "URA: acordo fechado");
    set(Channel::Ivr, kOut, Paid, "URA: pagamento confirmado");
    set(Channel::Ivr, kIn, Visited, "Cliente ligou para a URA");
    set(Channel::Ivr, kIn, Simulated, "Cliente simulou parcelamento na URA");
    set(Channel::Ivr, kIn, Proposal, "Cliente registrou proposta na URA");
    set(Channel::Ivr, kIn, Agreement, "Acordo fechado na URA");
    set(Channel::Ivr, kIn, Paid, "Pagamento confirmado na URA");

    m_ptpPrefix[ch(Channel::Phone)][kOut] = s("Promessa de pagamento para ");
    m_ptpPrefix[ch(Channel::Phone)][kIn] = s("Cliente ligou e prometeu pagar em ");
    m_ptpPrefix[ch(Channel::Visit)][kOut] = s("Visita: promessa de pagamento para ");
    m_callbackPrefix[ch(Channel::Phone)][kOut] = s("Retornar ligação em ");
    m_callbackPrefix[ch(Channel::Phone)][kIn] = s("Cliente ligou e pediu retorno em ");
    m_callbackPrefix[ch(Channel::Visit)][kOut] = s("Visita: retornar em ");
    m_ptpNoDate = s("Promessa de pagamento sem data definida");

    const auto list = [&s](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *item : items)
            l.append(s(item));
        return l;
    };
    m_notes[Rpc] =
        list({"Cliente confirmou os dados e vai analisar a proposta.",
              "Cliente informou que está desempregado e pediu prazo.",
              "Explicadas as opções de parcelamento; cliente vai conversar com a família."});
    m_notes[Refused] = list({"Cliente disse que não tem condições de pagar agora.",
                             "Cliente não aceitou nenhuma das propostas apresentadas."});
    m_notes[Ptp] = list({"Cliente prometeu pagar à vista com desconto.",
                         "Combinado o pagamento da entrada; boleto enviado por WhatsApp.",
                         "Cliente vai pagar quando receber o salário."});
    m_notes[Dispute] = list({"Cliente alega que não fez a compra.",
                             "Cliente diz que já pagou e vai enviar o comprovante."});
    m_notes[Callback] = list(
        {"Cliente pediu para ligar outro dia.", "Cliente estava no trabalho e pediu retorno."});
    m_notes[ThirdParty] =
        list({"Atendeu um familiar; cliente chega à noite. Dívida não informada.",
              "Atendeu um colega de trabalho; nenhum dado da dívida foi informado."});
    m_notes[WrongNumber] = list({"A pessoa que atendeu não conhece o cliente.",
                                 "Número pertence a outra pessoa; marcar para revisão."});
    m_notes[LeftMessage] = list({"Deixado recado pedindo retorno."});
    m_notes[Deceased] = list({"Familiar informou o falecimento; solicitar certidão de óbito."});
    m_notes[Bankrupt] = list({"Informada recuperação judicial; encaminhar ao jurídico."});

    m_selfServiceBodies[Simulated] =
        list({"Simulação em 3 parcelas.", "Simulação em 6 parcelas sem entrada.",
              "Simulação em 10 parcelas.", "Simulação à vista com desconto."});
    m_selfServiceBodies[Proposal] = list({"Proposta: entrada de 10% e saldo em 10 parcelas.",
                                          "Proposta: pagamento à vista com 40% de desconto."});
    m_selfServiceBodies[Agreement] = list({"Acordo em 6 parcelas; primeira vence em 5 dias.",
                                           "Acordo à vista com desconto; boleto emitido."});
    m_selfServiceBodies[Paid] =
        list({"Pagamento via PIX identificado.", "Pagamento do boleto compensado."});

    m_inboundReplies = list(
        {"Oi, recebi a mensagem. Consigo pagar dia 10.", "Quero parcelar. Qual o valor da entrada?",
         "Já paguei, vou mandar o comprovante.", "Pode me mandar o boleto atualizado?",
         "Não reconheço essa dívida.", "Estou desempregado, só consigo pagar no mês que vem.",
         "Qual o desconto para pagar à vista?", "Me liga depois das 18h, por favor."});
    m_optOutReplies =
        list({"SAIR", "Parem de me mandar mensagens.", "Não quero mais receber mensagens."});

    m_labelCelular = s("celular");
    m_labelResidencial = s("residencial");
    m_labelComercial = s("comercial");
    m_labelTrabalho = s("trabalho");
    m_labelRecado = s("recado");
    m_labelPessoal = s("pessoal");
    m_labelFinanceiro = s("financeiro");
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
        CreditorInfo &c = m_creditors[i];
        c.creditor.id = m_rng.uuid();
        c.creditor.name = QString::fromUtf8(raw[i].name);
        c.shortName = QString::fromUtf8(raw[i].shortName);
        const QString body = QString::fromLatin1(raw[i].root);
        const auto parsed = Document::parse(body + Document::cnpjCheckDigits(body));
        if (parsed.ok())
            c.creditor.document = parsed.value();
    }
    const char *portfolioNames[] = {"Banco Horizonte — Cartões", "Banco Horizonte — Empréstimos",
                                    "Lojas Aurora — Crediário"};
    const int owners[] = {0, 0, 1};
    for (size_t i = 0; i < m_portfolios.size(); ++i) {
        m_portfolios[i].id = m_rng.uuid();
        m_portfolios[i].creditorId = m_creditors[size_t(owners[i])].creditor.id;
        m_portfolios[i].name = QString::fromUtf8(portfolioNames[i]);
    }

    // Outbound message texts carry the creditor's name (CDC art. 42-A), and its CNPJ
    // where there is room. {de}, {a} and {o} are the name with its contracted article:
    // "do Banco Horizonte", "às Lojas Aurora", "o Banco Horizonte".
    for (size_t i = 0; i < m_creditors.size(); ++i) {
        const QString name = m_creditors[i].shortName;
        const QString cnpj = m_creditors[i].creditor.document.formatted();
        const QString de = QString::fromUtf8(raw[i].de);
        const QString a = QString::fromUtf8(raw[i].a);
        const QString o = QString::fromUtf8(raw[i].o);
        const auto fill = [&](Channel c, std::initializer_list<const char *> templates) {
            QStringList &l = m_outboundBodies[i][ch(c)];
            for (const char *t : templates) {
                QString text = QString::fromUtf8(t);
                text.replace(QLatin1String("{name}"), name)
                    .replace(QLatin1String("{cnpj}"), cnpj)
                    .replace(QLatin1String("{de}"), de)
                    .replace(QLatin1String("{a}"), a)
                    .replace(QLatin1String("{o}"), o);
                l.append(text);
            }
        };
        fill(Channel::Sms,
             {"{name}: consta um débito em aberto em seu nome. Regularize com desconto em "
              "quita.app/acordo. Para não receber, responda SAIR.",
              "{name}: lembrete: sua parcela vence em breve. Pague pelo boleto ou PIX e evite "
              "juros. SAIR p/ cancelar.",
              "{name}: temos uma proposta especial para quitar sua dívida. Responda SIM. SAIR p/ "
              "cancelar."});
        fill(Channel::Whatsapp,
             {"Olá! Aqui é da central de cobrança {de}. Temos uma condição especial para "
              "regularizar seu débito. Posso enviar as opções?",
              "Bom dia! Lembrete {de}: seu boleto vence nos próximos dias. Precisa da segunda via?",
              "Olá, tudo bem? Sua dívida {de} tem desconto para pagamento à vista. Quer simular?"});
        fill(Channel::Email,
             {"Prezado(a) cliente, identificamos pendências em seu nome junto {a} (CNPJ {cnpj}). "
              "Acesse o portal para consultar valores e condições.",
              "Sua proposta de acordo com {o} (CNPJ {cnpj}) está disponível: parcele em até 12 "
              "vezes sem entrada.",
              "Lembrete: o boleto do seu acordo com {o} (CNPJ {cnpj}) vence em breve."});
        fill(Channel::Chat, {"Olá! Falo em nome {de}. Como posso ajudar?",
                             "Posso gerar o boleto agora, à vista ou parcelado.",
                             "Enviei a simulação com as condições de hoje."});
        fill(Channel::Social,
             {"Olá! Fale com {o} por mensagem privada para regularizar sua situação com desconto.",
              "Temos uma proposta {de} para você. Responda esta mensagem."});
        fill(Channel::Letter,
             {"Carta de cobrança {de} (CNPJ {cnpj}) com proposta de acordo e boleto.",
              "Notificação extrajudicial {de} (CNPJ {cnpj}) sobre débito em aberto."});
    }
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

QString Generator::phoneNumber(int ddd, bool mobile)
{
    char digits[11];
    digits[0] = char('0' + ddd / 10);
    digits[1] = char('0' + ddd % 10);
    int length;
    if (mobile) {
        digits[2] = '9';
        digits[3] = char('0' + m_rng.between(6, 9));
        length = 11;
    } else {
        digits[2] = char('0' + m_rng.between(2, 5));
        digits[3] = char('0' + m_rng.below(10));
        length = 10;
    }
    for (int i = 4; i < length; ++i)
        digits[i] = char('0' + m_rng.below(10));
    return QString::fromLatin1(digits, length);
}

QString Generator::personEmail(int firstIndex, bool female, int surnameIndex)
{
    const QString &first = female ? m_femaleFolded.at(firstIndex) : m_maleFolded.at(firstIndex);
    const QString &last = m_surnameFolded.at(surnameIndex);
    QString local;
    switch (m_rng.below(4)) {
    case 0:
        local = first + u'.' + last;
        break;
    case 1:
        local = first + last;
        break;
    case 2:
        local = first + u'_' + last;
        break;
    default:
        local = first.left(1) + last;
        break;
    }
    if (m_rng.chance(450))
        local +=
            QString::number(m_rng.chance(500) ? m_rng.between(1, 99) : m_rng.between(1965, 2005));
    return local + u'@' + demo::emailDomains().at(m_domainWeights.pick(m_rng)).text;
}

Money Generator::promiseAmount(const Money &openTotal)
{
    const qint64 open = openTotal.cents();
    qint64 cents =
        m_rng.chance(400) ? open * m_rng.between(60, 100) / 100 : open * m_rng.between(5, 30) / 100;
    cents = cents / 100 * 100; // whole reais
    if (cents < 1000)
        cents = std::min<qint64>(open, 1000);
    return Money::fromCents(cents);
}

void Generator::emitActivity(const DebtorContext &d, int channel, int direction, int result,
                             int day, int second, int forcedDay)
{
    Activity &a = m_activity;
    a.id = m_rng.uuid();
    a.debtorId = d.id;
    a.channel = Channel(channel);
    a.direction = direction == kIn ? Direction::Inbound : Direction::Outbound;
    a.result = m_resultNames[result];
    a.occurredAt = QDateTime::fromSecsSinceEpoch(utcSeconds(d.state, day, second), Qt::UTC);
    a.callbackAt = QDateTime();
    a.summary = m_summaries[channel][direction][result];
    a.body = m_empty;
    a.agent = m_empty;

    const Channel c = Channel(channel);
    const bool outbound = direction == kOut;
    switch (c) {
    case Channel::Phone:
    case Channel::Visit:
        a.agent = agent();
        if (!m_notes[result].isEmpty())
            a.body = m_rng.pick(m_notes[result]);
        break;
    case Channel::Portal:
    case Channel::Ivr:
        if (!m_selfServiceBodies[result].isEmpty() && m_rng.chance(700))
            a.body = m_rng.pick(m_selfServiceBodies[result]);
        break;
    default: {
        const int agentShare = c == Channel::Chat || c == Channel::Social ? 1000
                               : c == Channel::Whatsapp                   ? 300
                               : c == Channel::Email                      ? 100
                               : c == Channel::Sms                        ? 30
                                                                          : 0;
        if (outbound) {
            if (agentShare > 0 && m_rng.chance(agentShare))
                a.agent = agent();
            a.body = m_rng.pick(m_outboundBodies[d.creditor][channel]);
        } else {
            a.body = m_rng.pick(result == OptedOut ? m_optOutReplies : m_inboundReplies);
        }
        break;
    }
    }

    if (result == Callback) {
        const int cbDay =
            forcedDay >= 0 ? forcedDay : std::min(day + m_rng.between(1, 2), m_totalDays - 1);
        const int hour = m_rng.between(9, 18);
        a.callbackAt = QDateTime::fromSecsSinceEpoch(
            utcSeconds(d.state, cbDay, hour * 3600 + 1800 * int(m_rng.below(2))), Qt::UTC);
        a.summary = m_callbackPrefix[channel][direction] + m_dayLabels.at(cbDay) +
                    QStringLiteral(" às ") + QString::number(hour) + u'h';
    } else if (result == Ptp) {
        int dueDay = forcedDay;
        if (dueDay < 0 && m_rng.chance(850)) {
            dueDay = std::min(day + m_rng.between(2, 10), m_totalDays - 1);
            if (dueDay == m_todayDay) // due-today promises are placed on purpose (~1%)
                ++dueDay;
        }
        if (dueDay < 0) {
            a.summary = m_ptpNoDate;
        } else {
            a.summary = m_ptpPrefix[channel][direction] + m_dayLabels.at(dueDay);
            Promise p;
            p.id = m_rng.uuid();
            p.debtorId = d.id;
            p.activityId = a.id;
            p.dueDate = dateOf(dueDay);
            p.amount = promiseAmount(d.openTotal);
            if (dueDay < m_todayDay) {
                const int roll = int(m_rng.below(100));
                p.status = roll < 50   ? Promise::Status::Kept
                           : roll < 85 ? Promise::Status::Broken
                           : roll < 95 ? Promise::Status::Open // broken, not yet marked
                                       : Promise::Status::Cancelled;
            } else {
                p.status = Promise::Status::Open;
            }
            m_promises.push_back(std::move(p));
        }
    }
    m_sink.addActivity(a);
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
    static constexpr int kBucketLo[] = {0, 1, 31, 61, 91, 181, 361};
    static constexpr int kBucketHi[] = {45, 30, 60, 90, 180, 360, 1800};
    static const Weighted bucketWeights{100, 120, 110, 100, 180, 200, 190};
    static const Weighted principalWeights{300, 280, 200, 130, 70, 20};
    static constexpr qint64 kPrincipalLo[] = {8000, 30000, 100000, 300000, 1000000, 3000000};
    static constexpr qint64 kPrincipalHi[] = {30000, 100000, 300000, 1000000, 3000000, 6000000};
    static const QString kKinds[] = {QStringLiteral("contract"), QStringLiteral("invoice"),
                                     QStringLiteral("card"), QStringLiteral("loan")};
    static const Weighted titleCountWeights{50, 28, 14, 8};
    const int titleCount = 1 + titleCountWeights.pick(rng);
    QDate oldestDue;
    Money openTotal;
    for (int t = 0; t < titleCount; ++t) {
        Title &title = m_titles[size_t(t)];
        title.id = rng.uuid();
        const int bucket = bucketWeights.pick(rng);
        const int days = rng.between(kBucketLo[bucket], kBucketHi[bucket]);
        title.dueDate = bucket == 0 ? m_today.addDays(days) : m_today.addDays(-days);
        int kind; // 0 contract, 1 invoice, 2 card, 3 loan
        if (portfolio == 0)
            kind = rng.chance(750) ? 2 : 3;
        else if (portfolio == 1)
            kind = rng.chance(550) ? 3 : 0;
        else
            kind = rng.chance(700) ? 1 : (rng.chance(500) ? 2 : 0);
        title.kind = kKinds[kind];
        switch (kind) {
        case 2:
            title.issueDate = title.dueDate.addDays(-rng.between(10, 40));
            title.number = QString::number(rng.between(5100, 5599)) +
                           QStringLiteral(" **** **** ") +
                           QString::number(rng.between(0, 9999)).rightJustified(4, u'0');
            break;
        case 1:
            title.issueDate = title.dueDate.addDays(-rng.between(30, 330));
            title.number = QStringLiteral("NF-") +
                           QString::number(rng.between(1, 999999)).rightJustified(6, u'0') + u'-' +
                           QString::number(rng.between(1, 12)).rightJustified(2, u'0');
            break;
        case 3:
            title.issueDate = title.dueDate.addDays(-rng.between(60, 1400));
            title.number = QStringLiteral("EMP-") + QString::number(title.issueDate.year()) + u'-' +
                           QString::number(rng.between(1, 9999999)).rightJustified(7, u'0');
            break;
        default:
            title.issueDate = title.dueDate.addDays(-rng.between(60, 1400));
            title.number = QStringLiteral("CTR-") +
                           QString::number(rng.between(1, 999999999)).rightJustified(9, u'0');
            break;
        }
        const int pb = principalWeights.pick(rng);
        const qint64 principal =
            kPrincipalLo[pb] + qint64(rng.below(quint64(kPrincipalHi[pb] - kPrincipalLo[pb]) + 1));
        title.principal = Money::fromCents(principal);
        const int roll = int(rng.below(100));
        const qint64 open = roll < 60   ? principal
                            : roll < 95 ? principal * rng.between(20, 99) / 100
                                        : principal * rng.between(1, 19) / 100;
        title.openBalance = Money::fromCents(open);
        title.disputed = rng.chance(20);
        openTotal += title.openBalance;
        if (!oldestDue.isValid() || title.dueDate < oldestDue)
            oldestDue = title.dueDate;
    }

    // Placement: after the oldest due date (pre-due accounts: the last two months),
    // within the last 18 months.
    QDate lo = oldestDue < m_today
                   ? std::max(m_today.addDays(-kPlacementDays), oldestDue.addDays(1))
                   : m_today.addDays(-60);
    QDate hi = m_today;
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
            companyFold = m_kindFantasyFolded[size_t(k)].at(f);
        } else {
            const int f = rng.index(demo::companyFantasyNames().size());
            fantasy = demo::companyFantasyNames().at(f);
            companyFold = m_fantasyFolded.at(f);
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
            companyFold = m_surnameFolded.at(a) + m_surnameFolded.at(b);
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

    // Contact points: 1-3 phones with the state's DDD, an e-mail for most.
    static const Weighted phoneCountWeights{45, 35, 20};
    const int phones = 1 + phoneCountWeights.pick(rng);
    ContactPoint point;
    point.debtorId = debtor.id;
    point.kind = ContactPoint::Kind::Phone;
    for (int p = 0; p < phones; ++p) {
        const bool mobile = p == 0 ? rng.chance(company ? 500 : 880) : rng.chance(500);
        int ddd = city.ddd;
        if (p > 0 && rng.chance(100))
            ddd = rng.pick(state.cities).ddd;
        point.id = rng.uuid();
        point.value = phoneNumber(ddd, mobile);
        if (mobile)
            point.label =
                p == 0 ? m_labelCelular : (rng.chance(500) ? m_labelTrabalho : m_labelRecado);
        else
            point.label = company ? m_labelComercial : m_labelResidencial;
        point.primary = p == 0;
        point.consentVoice = rng.chance(970);
        point.consentSms = mobile && rng.chance(950);
        point.consentWhatsapp = mobile && rng.chance(880);
        point.consentEmail = false;
        point.optOutVoice = rng.chance(50);
        point.optOutSms = mobile && rng.chance(50);
        point.optOutWhatsapp = mobile && rng.chance(50);
        point.optOutEmail = false;
        m_sink.addContactPoint(point);
    }
    if (rng.chance(company ? 800 : 700)) {
        point.id = rng.uuid();
        point.kind = ContactPoint::Kind::Email;
        if (company) {
            static const QString kBoxes[] = {QStringLiteral("financeiro"),
                                             QStringLiteral("contato"), QStringLiteral("adm"),
                                             QStringLiteral("comercial")};
            point.value = kBoxes[rng.below(4)] + u'@' + companyFold + QStringLiteral(".com.br");
            point.label = m_labelFinanceiro;
        } else {
            point.value = personEmail(firstIndex, female, surnameIndex);
            point.label = m_labelPessoal;
        }
        point.primary = false;
        point.consentVoice = point.consentSms = point.consentWhatsapp = false;
        point.optOutVoice = point.optOutSms = point.optOutWhatsapp = false;
        point.consentEmail = rng.chance(950);
        point.optOutEmail = rng.chance(50);
        m_sink.addContactPoint(point);
    }

    for (int t = 0; t < titleCount; ++t) {
        m_titles[size_t(t)].debtorId = debtor.id;
        m_sink.addTitle(m_titles[size_t(t)]);
    }

    // Activities: a share of the remaining budget, scaled by how long the account has
    // been with the desk (within the last 12 months); some debtors never contacted.
    const int windowStart = std::max(m_yearStartDay, dayOf(placedOn));
    const int windowEnd = m_todayDay - 1;
    const int windowDays = std::max(0, windowEnd - windowStart + 1);
    const double windowFactor = std::min(1.0, windowDays / 365.0);
    m_windowSum += windowFactor;
    ++m_processed;
    static const Weighted multiplierWeights{150, 85, 119, 119, 119, 119, 85, 85, 76, 43};
    static constexpr int kMultiplierPct[] = {0, 24, 47, 71, 94, 118, 141, 176, 235, 353};
    const int multiplier = kMultiplierPct[multiplierWeights.pick(rng)];
    const double fraction = rng.unit();
    qint64 count = 0;
    if (windowDays > 0 && m_remainingActivities > 0 && m_windowSum > 0) {
        const int remainingDebtors = m_options.debtors - index;
        const double meanWindow = m_windowSum / m_processed;
        const double expected = double(m_remainingActivities) / remainingDebtors * multiplier /
                                100.0 * windowFactor / meanWindow;
        count = std::min<qint64>(qint64(expected + fraction), m_remainingActivities);
    }
    const bool hasTail = tail != Tail::None && windowDays > 3;
    if (hasTail && count == 0)
        count = 1;
    m_remainingActivities = std::max<qint64>(0, m_remainingActivities - count);
    if (heavy)
        count += m_options.heavyDebtorActivities;

    DebtorContext ctx;
    ctx.id = debtor.id;
    ctx.state = stateIndex;
    ctx.creditor = creditor;
    ctx.openTotal = openTotal;
    m_promises.clear();

    int tailDay = windowEnd + 1;
    if (hasTail) {
        tailDay = tail == Tail::PromiseToday    ? m_todayDay - rng.between(2, 6)
                  : tail == Tail::CallbackToday ? m_todayDay - 1
                                                : m_todayDay - rng.between(1, 2);
        --count;
    }
    const int randomEnd = std::min(windowEnd, tailDay - 1);
    m_keys.clear();
    if (randomEnd >= windowStart) {
        const quint64 span = quint64(randomEnd - windowStart + 1);
        for (qint64 i = 0; i < count; ++i) {
            int day = windowStart + int(rng.below(span));
            if (m_dayOfWeek[size_t(day)] == 7 && rng.chance(800)) // few contacts on Sundays
                day = windowStart + int(rng.below(span));
            m_keys.push_back(qint64(day) * kSecondsPerDay + localSecond());
        }
        std::sort(m_keys.begin(), m_keys.end());
    }
    for (const qint64 key : m_keys) {
        const int day = int(key / kSecondsPerDay);
        const int second = int(key % kSecondsPerDay);
        const int channel = m_channelWeights.pick(rng);
        const int direction = rng.chance(kInboundPerMille[channel]) ? kIn : kOut;
        const ResultMix &mix = m_mixes[size_t(channel)][size_t(direction)];
        const int result = mix.results[size_t(mix.weights.pick(rng))];
        emitActivity(ctx, channel, direction, result, day, second, -1);
    }
    if (hasTail) {
        const int second = localSecond();
        switch (tail) {
        case Tail::PromiseToday:
            emitActivity(ctx, ch(Channel::Phone), kOut, Ptp, tailDay, second, m_todayDay);
            break;
        case Tail::CallbackToday:
            emitActivity(ctx, ch(Channel::Phone), kOut, Callback, tailDay, second, m_todayDay);
            break;
        case Tail::InboundWaiting: {
            static const Weighted channels{45, 20, 15, 10, 10};
            static constexpr Channel kChannels[] = {Channel::Whatsapp, Channel::Sms, Channel::Email,
                                                    Channel::Chat, Channel::Portal};
            const Channel c = kChannels[channels.pick(rng)];
            emitActivity(ctx, ch(c), kIn, c == Channel::Portal ? Proposal : Replied, tailDay,
                         second, -1);
            break;
        }
        case Tail::None:
            break;
        }
    }
    for (const Promise &p : m_promises)
        m_sink.addPromise(p);
}

void Generator::run()
{
    setupTables();
    setupTexts();
    setupCreditors();
    for (const CreditorInfo &c : m_creditors)
        m_sink.addCreditor(c.creditor);
    for (const Portfolio &p : m_portfolios)
        m_sink.addPortfolio(p);

    const int total = std::max(0, m_options.debtors);
    m_remainingActivities = std::max<qint64>(0, m_options.activities);
    m_usedCpf.reserve(size_t(total));
    m_keys.reserve(64);
    for (int i = 0; i < total; ++i) {
        generateDebtor(i);
        if (m_progress)
            m_progress(i + 1, total);
    }
}

} // namespace

DemoPortfolioGenerator::DemoPortfolioGenerator(DemoOptions options) : m_options(std::move(options))
{}

void DemoPortfolioGenerator::generate(DemoSink &sink)
{
    Generator generator(m_options, sink, m_progress);
    generator.run();
}

} // namespace quita
