#pragma once

#include "domain/Document.h"
#include "domain/Money.h"
#include "domain/protest/CraCodes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace quita {

// The three kinds of 600-column CRA files (DOMAIN.md "Protest").
enum class CraFileKind
{
    Remittance,   // "TPR": titles sent to the notaries, BFO -> SDT
    Confirmation, // "CRT": the notary's protocol numbers, SDT -> BFO
    Return        // "RTP": what became of each title, SDT -> BFO
};

// Header "0". The counts are computed by the writer and read back by the reader.
struct CraHeader
{
    QString presenterCode; // 2-4, the presenter's code at the CRA (a bank's clearing code)
    QString presenterName; // 5-44
    QDate date;            // 45-52
    CraFileKind kind = CraFileKind::Remittance; // 53-61 "BFOSDTTPR", "SDTBFOCRT", "SDTBFORTP"
    int fileSequence = 1;                       // 62-67, continuous per presenter
    int recordCount = 0;                        // 68-71, transaction records
    int titleCount = 0;      // 72-75, transactions of a first debtor (debtor sequence 1)
    int indicationCount = 0; // 76-79, titles of species DMI, DRI and CBI
    int originalCount = 0;   // 80-83, the other titles
    QString presenterId;     // 84-89, optional ("agencia centralizadora")
    QString layoutVersion = QStringLiteral("043"); // 90-92
    QString municipality;                          // 93-99, IBGE code of the place of protest

    bool operator==(const CraHeader &) const = default;
};

struct CraAddress
{
    QString street; // with number and complement, e.g. "RUA DAS FLORES 12 AP 3"
    QString cep;    // 8 digits
    QString city;
    QString state; // UF, two letters

    bool operator==(const CraAddress &) const = default;
};

// Columns 446-596 of a transaction: filled by the notary in CRT and RTP files.
struct CraNotaryReply
{
    int notaryOffice = 0; // 446-447, number of the notary's office (cartorio)
    QString protocol;     // 448-457, ten digits as written; the key of later requests
    std::optional<CraOccurrence> occurrence; // 458; none in a plain confirmation
    QDate protocolDate;                      // 459-466
    Money notaryFees;                        // 467-476
    QDate occurrenceDate;                    // 478-485
    QString irregularity;                    // 486-487, two digits or empty
    Money distributionFees;                  // 508-517

    bool operator==(const CraNotaryReply &) const = default;
};

// Transaction "1": one title (or a further debtor of the title, debtorSequence > 1).
struct CraTransaction
{
    QString creditorCode;     // 5-19, agency/creditor code (cedente)
    QString creditorName;     // 20-64
    QString drawerName;       // 65-109 (sacador); the creditor's name when there is none
    Document drawerDocument;  // 110-123
    CraAddress drawerAddress; // 124-198
    QString nossoNumero;      // 199-213, the presenter's own id of the title
    QString species;          // 214-216, e.g. "DMI", "DSI", "CBI", "NP"
    QString titleNumber;      // 217-227
    QDate issueDate;          // 228-235
    QDate dueDate;            // 236-243
    bool dueAtSight = false;  // due date written as 99999999 ("a vista")
    Money faceValue;          // 247-260
    Money balance;            // 261-274, the amount to protest
    QString placeOfPayment;   // 275-294 (praca de pagamento)
    QString endorsement;      // 295: "M" mandate, "T" translative, empty for none
    QString acceptance = QStringLiteral("N"); // 296
    int debtorSequence = 1;                   // 297
    QString debtorName;                       // 298-342
    Document debtorDocument;                  // 343-359: type 001 CNPJ / 002 CPF and the number
    CraAddress debtorAddress;                 // 371-445
    QString debtorNeighbourhood;              // 488-507
    CraNotaryReply reply;                     // zeros and blanks in a TPR

    bool operator==(const CraTransaction &) const = default;
};

// Trailer "9". The writer computes it; the reader reads it back.
struct CraTrailer
{
    QString presenterCode; // 2-4
    QString presenterName; // 5-44
    QDate date;            // 45-52
    int checkSum = 0;      // 53-57: record + title + indication + original counts
    Money balanceSum;      // 58-75: balances of the first-debtor transactions

    bool operator==(const CraTrailer &) const = default;
};

// The header counts and trailer sums of a list of transactions (header 68-83, trailer
// 53-75). Titles are the first-debtor transactions (debtor sequence 1); a further debtor's
// record repeats its title and is counted as a record only.
struct CraTotals
{
    int records = 0;
    int titles = 0;
    int indications = 0; // titles of species DMI, DRI and CBI ("por indicacao")
    Money balances;      // of the titles

    int originals() const { return titles - indications; }
    // DOMAIN.md: the trailer's check sum is the sum of the four header counts.
    int checkSum() const { return records + titles + indications + originals(); }

    static bool isIndication(const QString &species)
    {
        const QString s = species.trimmed().toUpper();
        return s == QLatin1String("DMI") || s == QLatin1String("DRI") || s == QLatin1String("CBI");
    }

    static CraTotals of(const QList<CraTransaction> &transactions)
    {
        CraTotals totals;
        totals.records = int(transactions.size());
        for (const CraTransaction &t : transactions) {
            if (t.debtorSequence != 1)
                continue;
            ++totals.titles;
            if (isIndication(t.species))
                ++totals.indications;
            totals.balances += t.balance;
        }
        return totals;
    }
};

// A whole TPR, CRT or RTP file.
struct CraRemittance
{
    CraHeader header;
    QList<CraTransaction> transactions;
    CraTrailer trailer;
};

} // namespace quita
