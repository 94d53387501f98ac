#pragma once

#include "auth/Scope.h"
#include "domain/Debtor.h"
#include "domain/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace quita::server::protest {

// A portfolio's protest rules (protest_rule); a portfolio without a row has these.
struct ProtestRules
{
    int minDaysPastDue = 30;
    qint64 minBalanceCents = 5000;
    bool agentsMayFile = false;
};

// Why a title may not be sent to protest: a stable code and an English sentence.
struct Reason
{
    QString code;
    QString message;
};

// A title with what the rules need about it, its debtor and their holder.
struct Candidate
{
    QString titleId;
    QString titleNumber;
    QString titleKind;
    QDate issuedOn;
    QDate dueOn;
    qint64 principalCents = 0;
    qint64 balanceCents = 0;
    bool disputed = false;
    QString debtorId;
    QString debtorName;
    QString document; // as stored: never logged, masked in answers
    Address address;
    QString portfolioId;
    QString creditorId;
    QString agentId;
    QString supervisorId;
    ProtestRules rules;
    int daysPastDue = 0;
    QList<Reason> reasons; // filled by ProtestEligibility::judge

    bool eligible() const { return reasons.isEmpty(); }
    QJsonObject toJson() const;
};

// The eligibility rules of issue 5, each a reason code: too_recent (days past due below
// the portfolio's minimum), agreement (a pending or active agreement covers the title),
// promise (the debtor has an open promise), invalid_document, disputed, below_minimum
// (balance), incomplete_address, in_protest (an open protest request has the title).
class ProtestEligibility
{
public:
    ProtestEligibility(QSqlDatabase db, const QDate &today) : m_db(std::move(db)), m_today(today) {}

    static QStringList reasonCodes();

    // The titles with these ids (deleted ones are absent), in any scope: the caller checks.
    Result<QHash<QString, Candidate>> byIds(const QStringList &ids) const;
    // Titles with an open balance in the caller's scope, the oldest due first.
    // `agentPortfolios`: only portfolios whose rules let agents file.
    Result<QList<Candidate>> page(const Scope &scope, const QString &portfolioId,
                                  bool agentPortfolios, int offset, int count) const;
    // Days past due and the reasons, for every candidate.
    Status judge(QList<Candidate *> candidates) const;

    // The rules of a portfolio (defaults when it has no row); NotFound-like: nullopt when
    // the portfolio does not exist.
    Result<std::optional<ProtestRules>> rulesOf(const QString &portfolioId) const;
    // Whether any portfolio lets agents file.
    Result<bool> anyAgentPortfolio() const;

private:
    QSqlDatabase m_db;
    QDate m_today;
};

// "1234.56": amounts in messages (the API's English).
QString moneyText(qint64 cents);
// The masked document of lists (LGPD), or asterisks when it is not a valid CPF/CNPJ.
QString maskedDocument(const QString &document);

} // namespace quita::server::protest
