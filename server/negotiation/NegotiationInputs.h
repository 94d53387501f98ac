#pragma once

#include "domain/Result.h"
#include "domain/Title.h"
#include "domain/negotiation/ChargeTerms.h"
#include "domain/negotiation/ChargeTermsJson.h"
#include "domain/negotiation/IndexSeries.h"
#include "domain/negotiation/NegotiationPolicy.h"
#include "domain/negotiation/RecoveryEstimate.h"
#include "domain/payment/CollectionAccount.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace quita::server {

// What the negotiation rules need about one debtor, read from the server's store: the
// titles being negotiated, the portfolio's charge terms, policy and agreement history,
// the correction indexes and the creditor.
struct NegotiationInputs
{
    QString debtorId;
    QString portfolioId;
    QString creditorId;
    QString creditorName;
    QString creditorDocument;
    std::optional<Money> monthlyCapacity; // the debtor's declared capacity, if any
    QList<Title> titles;
    ChargeTerms terms;
    NegotiationPolicy policy;
    IndexSeries series;
    AgreementHistory history;
    int graceDays = 5;
};

// `titleIds` absent: every open title of the debtor. A title that is not the debtor's,
// or has nothing open, is an error naming "title_ids[i]" (code unknown_title /
// title_closed); no open title at all is an error naming "title_ids".
Result<NegotiationInputs> loadNegotiationInputs(const QSqlDatabase &db, const QString &debtorId,
                                                const std::optional<QStringList> &titleIds);

// The creditor's collection account (its bank and PIX settings); a missing setting is
// an error naming it, as CollectionAccount::validate() does.
Result<CollectionAccount> loadCollectionAccount(const QSqlDatabase &db, const QString &creditorId);

} // namespace quita::server
