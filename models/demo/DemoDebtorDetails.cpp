#include "DemoDebtorDetails.h"

namespace quita::demo {

FoldedNames::FoldedNames()
{
    for (const QString &n : demo::femaleFirstNames())
        female.append(demo::asciiFold(n));
    for (const QString &n : demo::maleFirstNames())
        male.append(demo::asciiFold(n));
    for (const QString &n : demo::surnames())
        surnames.append(demo::asciiFold(n));
    for (const QString &n : demo::companyFantasyNames())
        fantasy.append(demo::asciiFold(n));
    for (const auto &kind : demo::companyKinds()) {
        QStringList folded;
        for (const QString &n : kind.fantasyNames)
            folded.append(demo::asciiFold(n));
        kindFantasy.push_back(folded);
    }
}

DebtorDetails::DebtorDetails(const QDate &today, const FoldedNames &folded, Rng &rng,
                             DemoSink &sink)
    : m_today(today), m_folded(folded), m_rng(rng), m_sink(sink)
{
    for (const auto &d : demo::emailDomains())
        m_domainWeights.add(d.weight);
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    m_labelCelular = s("celular");
    m_labelResidencial = s("residencial");
    m_labelComercial = s("comercial");
    m_labelTrabalho = s("trabalho");
    m_labelRecado = s("recado");
    m_labelPessoal = s("pessoal");
    m_labelFinanceiro = s("financeiro");
}

DebtorDetails::TitleTotals DebtorDetails::drawTitles(int portfolio)
{
    Rng &rng = m_rng;
    static constexpr int kBucketLo[] = {0, 1, 31, 61, 91, 181, 361};
    static constexpr int kBucketHi[] = {45, 30, 60, 90, 180, 360, 1800};
    static const Weighted bucketWeights{100, 120, 110, 100, 180, 200, 190};
    static const Weighted principalWeights{300, 280, 200, 130, 70, 20};
    static constexpr qint64 kPrincipalLo[] = {8000, 30000, 100000, 300000, 1000000, 3000000};
    static constexpr qint64 kPrincipalHi[] = {30000, 100000, 300000, 1000000, 3000000, 6000000};
    static const QString kKinds[] = {QStringLiteral("contract"), QStringLiteral("invoice"),
                                     QStringLiteral("card"), QStringLiteral("loan")};
    static const Weighted titleCountWeights{50, 28, 14, 8};
    m_titleCount = 1 + titleCountWeights.pick(rng);
    QDate oldestDue;
    Money openTotal;
    for (int t = 0; t < m_titleCount; ++t) {
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
    return {oldestDue, openTotal};
}

void DebtorDetails::emitTitles(const QUuid &debtor)
{
    for (int t = 0; t < m_titleCount; ++t) {
        m_titles[size_t(t)].debtorId = debtor;
        m_sink.addTitle(m_titles[size_t(t)]);
    }
}

void DebtorDetails::emitContactPoints(const QUuid &debtor, const DemoState &state,
                                      const DemoCity &city, const Mailbox &mailbox)
{
    Rng &rng = m_rng;
    const bool company = mailbox.company;
    static const Weighted phoneCountWeights{45, 35, 20};
    const int phones = 1 + phoneCountWeights.pick(rng);
    ContactPoint point;
    point.debtorId = debtor;
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
            point.value =
                kBoxes[rng.below(4)] + u'@' + mailbox.companyFold + QStringLiteral(".com.br");
            point.label = m_labelFinanceiro;
        } else {
            point.value = personEmail(mailbox.firstIndex, mailbox.female, mailbox.surnameIndex);
            point.label = m_labelPessoal;
        }
        point.primary = false;
        point.consentVoice = point.consentSms = point.consentWhatsapp = false;
        point.optOutVoice = point.optOutSms = point.optOutWhatsapp = false;
        point.consentEmail = rng.chance(950);
        point.optOutEmail = rng.chance(50);
        m_sink.addContactPoint(point);
    }
}

QString DebtorDetails::phoneNumber(int ddd, bool mobile)
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

QString DebtorDetails::personEmail(int firstIndex, bool female, int surnameIndex)
{
    const QString &first = female ? m_folded.female.at(firstIndex) : m_folded.male.at(firstIndex);
    const QString &last = m_folded.surnames.at(surnameIndex);
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

} // namespace quita::demo
