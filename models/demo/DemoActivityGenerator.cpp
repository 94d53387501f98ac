#include "DemoActivityGenerator.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace quita::demo {
namespace {

constexpr const char *kResultNames[ActivityGenerator::ResultCount] = {
    "no_answer", "busy",      "wrong_number", "left_message", "third_party", "rpc",
    "refused",   "ptp",       "dispute",      "callback",     "deceased",    "bankrupt",
    "sent",      "delivered", "read",         "replied",      "bounced",     "failed",
    "opted_out", "visited",   "simulated",    "proposal",     "agreement",   "paid",
};

constexpr int kChannelCount = ActivityGenerator::kChannelCount;
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

} // namespace

ActivityGenerator::ActivityGenerator(const DemoOptions &options, const DemoCalendar &calendar,
                                     Rng &rng, DemoSink &sink)
    : m_options(options), m_calendar(calendar), m_rng(rng), m_sink(sink)
{
    for (int w : kChannelWeights)
        m_channelWeights.add(w);
    // Local hours 8h..19h, busier mid-morning and mid-afternoon.
    m_hours = Weighted{4, 9, 11, 10, 6, 7, 10, 10, 9, 8, 7, 5};
    setupMixes();
    setupTexts();
    m_remainingActivities = std::max<qint64>(0, m_options.activities);
    m_keys.reserve(64);
}

void ActivityGenerator::setupMixes()
{
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
}

void ActivityGenerator::setupTexts()
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
}

// {de}, {a} and {o} are the name with its contracted article; the CNPJ goes where there
// is room.
void ActivityGenerator::setCreditorWording(int creditor, const CreditorWording &wording)
{
    const auto fill = [&](Channel c, std::initializer_list<const char *> templates) {
        QStringList &l = m_outboundBodies[creditor][ch(c)];
        for (const char *t : templates) {
            QString text = QString::fromUtf8(t);
            text.replace(QLatin1String("{name}"), wording.name)
                .replace(QLatin1String("{cnpj}"), wording.cnpj)
                .replace(QLatin1String("{de}"), wording.de)
                .replace(QLatin1String("{a}"), wording.a)
                .replace(QLatin1String("{o}"), wording.o);
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
    fill(Channel::Letter, {"Carta de cobrança {de} (CNPJ {cnpj}) com proposta de acordo e boleto.",
                           "Notificação extrajudicial {de} (CNPJ {cnpj}) sobre débito em aberto."});
}

Money ActivityGenerator::promiseAmount(const Money &openTotal)
{
    const qint64 open = openTotal.cents();
    qint64 cents =
        m_rng.chance(400) ? open * m_rng.between(60, 100) / 100 : open * m_rng.between(5, 30) / 100;
    cents = cents / 100 * 100; // whole reais
    if (cents < 1000)
        cents = std::min<qint64>(open, 1000);
    return Money::fromCents(cents);
}

void ActivityGenerator::emitActivity(const ActivityDebtor &d, int channel, int direction,
                                     int result, int day, int second, int forcedDay)
{
    Activity &a = m_activity;
    a.id = m_rng.uuid();
    a.debtorId = d.id;
    a.channel = Channel(channel);
    a.direction = direction == kIn ? Direction::Inbound : Direction::Outbound;
    a.result = m_resultNames[result];
    a.occurredAt =
        QDateTime::fromSecsSinceEpoch(m_calendar.utcSeconds(d.state, day, second), Qt::UTC);
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
        const int cbDay = forcedDay >= 0
                              ? forcedDay
                              : std::min(day + m_rng.between(1, 2), m_calendar.totalDays() - 1);
        const int hour = m_rng.between(9, 18);
        a.callbackAt = QDateTime::fromSecsSinceEpoch(
            m_calendar.utcSeconds(d.state, cbDay, hour * 3600 + 1800 * int(m_rng.below(2))),
            Qt::UTC);
        a.summary = m_callbackPrefix[channel][direction] + m_calendar.dayLabel(cbDay) +
                    QStringLiteral(" às ") + QString::number(hour) + u'h';
    } else if (result == Ptp) {
        int dueDay = forcedDay;
        if (dueDay < 0 && m_rng.chance(850)) {
            dueDay = std::min(day + m_rng.between(2, 10), m_calendar.totalDays() - 1);
            if (dueDay == m_calendar.todayDay()) // due-today promises are placed on purpose (~1%)
                ++dueDay;
        }
        if (dueDay < 0) {
            a.summary = m_ptpNoDate;
        } else {
            a.summary = m_ptpPrefix[channel][direction] + m_calendar.dayLabel(dueDay);
            Promise p;
            p.id = m_rng.uuid();
            p.debtorId = d.id;
            p.activityId = a.id;
            p.dueDate = m_calendar.dateOf(dueDay);
            p.amount = promiseAmount(d.openTotal);
            if (dueDay < m_calendar.todayDay()) {
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

void ActivityGenerator::generate(const ActivityDebtor &debtor, int index, bool heavy)
{
    Rng &rng = m_rng;
    const Tail tail = debtor.tail;

    // Activities: a share of the remaining budget, scaled by how long the account has
    // been with the desk (within the last 12 months); some debtors never contacted.
    const int windowStart = std::max(m_calendar.yearStartDay(), m_calendar.dayOf(debtor.placedOn));
    const int windowEnd = m_calendar.todayDay() - 1;
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

    m_promises.clear();

    int tailDay = windowEnd + 1;
    if (hasTail) {
        tailDay = tail == Tail::PromiseToday    ? m_calendar.todayDay() - rng.between(2, 6)
                  : tail == Tail::CallbackToday ? m_calendar.todayDay() - 1
                                                : m_calendar.todayDay() - rng.between(1, 2);
        --count;
    }
    const int randomEnd = std::min(windowEnd, tailDay - 1);
    m_keys.clear();
    if (randomEnd >= windowStart) {
        const quint64 span = quint64(randomEnd - windowStart + 1);
        for (qint64 i = 0; i < count; ++i) {
            int day = windowStart + int(rng.below(span));
            if (m_calendar.dayOfWeek(day) == 7 && rng.chance(800)) // few contacts on Sundays
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
        emitActivity(debtor, channel, direction, result, day, second, -1);
    }
    if (hasTail) {
        const int second = localSecond();
        switch (tail) {
        case Tail::PromiseToday:
            emitActivity(debtor, ch(Channel::Phone), kOut, Ptp, tailDay, second,
                         m_calendar.todayDay());
            break;
        case Tail::CallbackToday:
            emitActivity(debtor, ch(Channel::Phone), kOut, Callback, tailDay, second,
                         m_calendar.todayDay());
            break;
        case Tail::InboundWaiting: {
            static const Weighted channels{45, 20, 15, 10, 10};
            static constexpr Channel kChannels[] = {Channel::Whatsapp, Channel::Sms, Channel::Email,
                                                    Channel::Chat, Channel::Portal};
            const Channel c = kChannels[channels.pick(rng)];
            emitActivity(debtor, ch(c), kIn, c == Channel::Portal ? Proposal : Replied, tailDay,
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

} // namespace quita::demo
