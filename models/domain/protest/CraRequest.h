#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace quita {

// One title the presenter asks a notary to withdraw (desistencia, before the protest) or
// to cancel (cancelamento, after it, with the creditor's consent). The protocol and its
// date come from the notary's confirmation (CRT). Columns in CraLayout.h, cra::request.
struct CraRequest
{
    QString protocol;     // 2-11, digits
    QDate protocolDate;   // 12-19
    QString titleNumber;  // 20-30
    QString debtorName;   // 31-75
    Money value;          // 76-89, the amount of the title
    QString creditorCode; // 91-102, agency/account (agencia/conta)
    QString nossoNumero;  // 103-114 (carteira/nosso numero); 12 characters here, not 15
};

// The requests addressed to one notary's office.
struct CraNotaryRequests
{
    int notaryOffice = 0; // the office number of the confirmation (columns 446-447)
    QString municipality; // IBGE code, 7 digits
    QList<CraRequest> requests;
};

// A DP (withdrawal) or CP (cancellation) file.
struct CraRequestFile
{
    QString presenterCode;
    QString presenterName;
    QDate date;
    QList<CraNotaryRequests> offices;
};

} // namespace quita
