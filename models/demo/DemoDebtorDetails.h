#pragma once

#include "DemoNames.h"
#include "DemoPortfolioGenerator.h"
#include "DemoRandom.h"

#include <array>
#include <vector>

namespace quita::demo {

// The name lists folded to lowercase ASCII (asciiFold), for e-mail addresses.
struct FoldedNames
{
    FoldedNames();

    QStringList female, male, surnames, fantasy;
    std::vector<QStringList> kindFantasy; // per company kind, as in companyKinds()
};

// What a debtor owes and where to reach it: its titles, its phones and its e-mail.
class DebtorDetails
{
public:
    DebtorDetails(const QDate &today, const FoldedNames &folded, Rng &rng, DemoSink &sink);

    struct TitleTotals
    {
        QDate oldestDue;
        Money openTotal;
    };
    // Draws 1-4 titles of the portfolio (0 cards and loans, 1 loans and contracts,
    // 2 retail invoices); emitTitles() hands them to the sink once the debtor exists.
    TitleTotals drawTitles(int portfolio);
    void emitTitles(const QUuid &debtor);

    // Whom the e-mail address is made for: a company's mailbox at its folded name, or a
    // person's address from the indexes of the first name and surname.
    struct Mailbox
    {
        bool company = false;
        QString companyFold;
        int firstIndex = 0;
        bool female = false;
        int surnameIndex = 0;
    };
    // 1-3 phones with the state's DDD, an e-mail for most.
    void emitContactPoints(const QUuid &debtor, const DemoState &state, const DemoCity &city,
                           const Mailbox &mailbox);

private:
    QString phoneNumber(int ddd, bool mobile);
    QString personEmail(int firstIndex, bool female, int surnameIndex);

    const QDate m_today;
    const FoldedNames &m_folded;
    Rng &m_rng;
    DemoSink &m_sink;

    Weighted m_domainWeights;
    QString m_labelCelular, m_labelResidencial, m_labelComercial, m_labelTrabalho, m_labelRecado,
        m_labelPessoal, m_labelFinanceiro;

    // Reused per debtor to avoid allocations.
    std::array<Title, 4> m_titles;
    int m_titleCount = 0;
};

} // namespace quita::demo
