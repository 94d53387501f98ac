#include "CraCodes.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace quita {

namespace {

struct OccurrenceEntry
{
    CraOccurrence occurrence;
    const char *name;
    const char *label;
};

constexpr std::array kOccurrences = {
    OccurrenceEntry{CraOccurrence::Paid, "paid", QT_TRANSLATE_NOOP("CraCodes", "Paid")},
    OccurrenceEntry{CraOccurrence::Protested, "protested",
                    QT_TRANSLATE_NOOP("CraCodes", "Protested")},
    OccurrenceEntry{CraOccurrence::Withdrawn, "withdrawn",
                    QT_TRANSLATE_NOOP("CraCodes", "Withdrawn by the presenter")},
    OccurrenceEntry{CraOccurrence::Suspended, "suspended",
                    QT_TRANSLATE_NOOP("CraCodes", "Suspended by court order")},
    OccurrenceEntry{CraOccurrence::ReturnedIrregular, "returned_irregular",
                    QT_TRANSLATE_NOOP("CraCodes", "Returned for irregularity, without fees")},
    OccurrenceEntry{CraOccurrence::ReturnedIrregularWithFees, "returned_irregular_with_fees",
                    QT_TRANSLATE_NOOP("CraCodes", "Returned for irregularity, with fees")},
    OccurrenceEntry{CraOccurrence::ConditionalSettlement, "conditional_settlement",
                    QT_TRANSLATE_NOOP("CraCodes", "Conditional settlement (debtor's cheque)")},
    OccurrenceEntry{CraOccurrence::Accepted, "accepted",
                    QT_TRANSLATE_NOOP("CraCodes", "Accepted by the debtor")},
    OccurrenceEntry{CraOccurrence::PublicNotice, "public_notice",
                    QT_TRANSLATE_NOOP("CraCodes", "Public notice (edital)")},
};

struct IrregularityEntry
{
    const char *code;
    const char *message;
};

// English renderings of the CRA table "Codigos de Irregularidades" (see CraCodes.h).
constexpr std::array kIrregularities = {
    IrregularityEntry{"01", QT_TRANSLATE_NOOP("CraCodes", "Presentation date before the due date")},
    IrregularityEntry{"02",
                      QT_TRANSLATE_NOOP("CraCodes", "No proof that the service was rendered")},
    IrregularityEntry{"03", QT_TRANSLATE_NOOP("CraCodes", "Debtor's name incomplete or wrong")},
    IrregularityEntry{"04", QT_TRANSLATE_NOOP("CraCodes", "Creditor's name incomplete or wrong")},
    IrregularityEntry{"05", QT_TRANSLATE_NOOP("CraCodes", "Drawer's name incomplete or wrong")},
    IrregularityEntry{"06", QT_TRANSLATE_NOOP("CraCodes", "Debtor's address insufficient")},
    IrregularityEntry{"07", QT_TRANSLATE_NOOP("CraCodes", "Debtor's CPF/CNPJ invalid or wrong")},
    IrregularityEntry{"08", QT_TRANSLATE_NOOP("CraCodes",
                                              "CPF/CNPJ does not match the debtor's, drawer's "
                                              "or guarantor's name")},
    IrregularityEntry{
        "09", QT_TRANSLATE_NOOP("CraCodes", "Debtor's CPF/CNPJ does not match the document type")},
    IrregularityEntry{
        "10", QT_TRANSLATE_NOOP("CraCodes", "Drawer's CPF/CNPJ does not match the species")},
    IrregularityEntry{
        "11", QT_TRANSLATE_NOOP("CraCodes", "Accepted title without the debtor's signature")},
    IrregularityEntry{"12", QT_TRANSLATE_NOOP("CraCodes", "Accepted title erased or torn")},
    IrregularityEntry{"13",
                      QT_TRANSLATE_NOOP("CraCodes", "Accepted title: the title itself is missing")},
    IrregularityEntry{"14", QT_TRANSLATE_NOOP("CraCodes", "Wrong CEP")},
    IrregularityEntry{"15",
                      QT_TRANSLATE_NOOP("CraCodes", "Place of payment does not match the address")},
    IrregularityEntry{"16", QT_TRANSLATE_NOOP("CraCodes", "Title number missing")},
    IrregularityEntry{"17",
                      QT_TRANSLATE_NOOP("CraCodes", "Title without the creditor's endorsement, or "
                                                    "irregular endorsement")},
    IrregularityEntry{"18", QT_TRANSLATE_NOOP("CraCodes", "Issue date missing")},
    IrregularityEntry{"19", QT_TRANSLATE_NOOP("CraCodes",
                                              "Accepted title: amount in words differs from the "
                                              "amount in figures")},
    IrregularityEntry{"20", QT_TRANSLATE_NOOP("CraCodes", "Issue date after the due date")},
    IrregularityEntry{"21", QT_TRANSLATE_NOOP("CraCodes", "Species not valid for protest")},
    IrregularityEntry{
        "22", QT_TRANSLATE_NOOP("CraCodes", "Debtor's CEP outside the protest jurisdiction")},
    IrregularityEntry{"23", QT_TRANSLATE_NOOP("CraCodes", "Species missing")},
    IrregularityEntry{"24", QT_TRANSLATE_NOOP("CraCodes", "Balance larger than the face value")},
    IrregularityEntry{"25", QT_TRANSLATE_NOOP("CraCodes", "Invalid endorsement type")},
    IrregularityEntry{"26", QT_TRANSLATE_NOOP("CraCodes", "Returned by court order")},
    IrregularityEntry{"27", QT_TRANSLATE_NOOP("CraCodes", "Title data do not match the file sent")},
    IrregularityEntry{
        "28", QT_TRANSLATE_NOOP("CraCodes", "Debtor and drawer or guarantor are the same person")},
    IrregularityEntry{"29", QT_TRANSLATE_NOOP("CraCodes", "Correct the species of the title")},
    IrregularityEntry{"30",
                      QT_TRANSLATE_NOOP("CraCodes", "Wait one business day after the due date")},
    IrregularityEntry{"31", QT_TRANSLATE_NOOP("CraCodes", "Due date erased")},
    IrregularityEntry{
        "32", QT_TRANSLATE_NOOP("CraCodes", "Due date in words does not match the figures")},
    IrregularityEntry{"33", QT_TRANSLATE_NOOP("CraCodes", "Due date missing on the title")},
    IrregularityEntry{
        "34", QT_TRANSLATE_NOOP("CraCodes", "DM/DMI without authenticated proof or declaration")},
    IrregularityEntry{"35", QT_TRANSLATE_NOOP("CraCodes", "Proof illegible")},
    IrregularityEntry{
        "36", QT_TRANSLATE_NOOP("CraCodes", "Name does not match the issuer or the debtor")},
    IrregularityEntry{"37", QT_TRANSLATE_NOOP("CraCodes",
                                              "Confirm whether there are two issuers and give "
                                              "both")},
    IrregularityEntry{"38",
                      QT_TRANSLATE_NOOP("CraCodes", "Debtor's address equals the drawer's or the "
                                                    "holder's")},
    IrregularityEntry{"39",
                      QT_TRANSLATE_NOOP("CraCodes", "Presenter's address incomplete or missing")},
    IrregularityEntry{"40", QT_TRANSLATE_NOOP("CraCodes", "Street or number does not exist")},
    IrregularityEntry{"41",
                      QT_TRANSLATE_NOOP("CraCodes", "State the kind of endorsement (M or T)")},
    IrregularityEntry{
        "42", QT_TRANSLATE_NOOP("CraCodes", "Payee's endorsement to the presenter missing")},
    IrregularityEntry{"43", QT_TRANSLATE_NOOP("CraCodes", "Issue date erased")},
    IrregularityEntry{
        "44", QT_TRANSLATE_NOOP("CraCodes", "Cheque protest forbidden for its return reason")},
    IrregularityEntry{"45", QT_TRANSLATE_NOOP("CraCodes", "Issuer's signature missing on cheque")},
    IrregularityEntry{
        "46", QT_TRANSLATE_NOOP("CraCodes", "Issuer's address on the cheque equals the bank's")},
    IrregularityEntry{"47",
                      QT_TRANSLATE_NOOP("CraCodes", "Cheque return reason missing or illegible")},
    IrregularityEntry{"48", QT_TRANSLATE_NOOP("CraCodes", "Drawer's signature missing")},
    IrregularityEntry{
        "49", QT_TRANSLATE_NOOP("CraCodes", "Presenter's name missing, incomplete or wrong")},
    IrregularityEntry{"50", QT_TRANSLATE_NOOP("CraCodes", "Title filled in wrongly")},
    IrregularityEntry{"51",
                      QT_TRANSLATE_NOOP("CraCodes", "Right of recourse on the title has expired")},
    IrregularityEntry{"52", QT_TRANSLATE_NOOP("CraCodes", "Title presented twice")},
    IrregularityEntry{"53", QT_TRANSLATE_NOOP("CraCodes", "Title already protested")},
    IrregularityEntry{"54",
                      QT_TRANSLATE_NOOP("CraCodes", "Overdue bill of exchange without the debtor's "
                                                    "acceptance")},
    IrregularityEntry{"55",
                      QT_TRANSLATE_NOOP("CraCodes", "Title lacks a sworn public translation")},
    IrregularityEntry{"56",
                      QT_TRANSLATE_NOOP("CraCodes", "Signed statement of the balance missing")},
    IrregularityEntry{
        "57", QT_TRANSLATE_NOOP("CraCodes", "Exchange contract without its account statement")},
    IrregularityEntry{"58", QT_TRANSLATE_NOOP("CraCodes", "Physical document missing")},
    IrregularityEntry{"59", QT_TRANSLATE_NOOP("CraCodes", "Debtor deceased")},
    IrregularityEntry{"60", QT_TRANSLATE_NOOP("CraCodes", "Debtor showed proof of payment")},
    IrregularityEntry{"61", QT_TRANSLATE_NOOP("CraCodes", "Title from another jurisdiction")},
    IrregularityEntry{"62", QT_TRANSLATE_NOOP("CraCodes",
                                              "Title issued before the debtor's composition with "
                                              "creditors")},
    IrregularityEntry{"63", QT_TRANSLATE_NOOP("CraCodes", "Debtor is on the bankruptcy list")},
    IrregularityEntry{"64",
                      QT_TRANSLATE_NOOP("CraCodes", "Presenter does not accept a public notice")},
    IrregularityEntry{"65", QT_TRANSLATE_NOOP("CraCodes", "Drawer's data blank or invalid")},
    IrregularityEntry{
        "66", QT_TRANSLATE_NOOP("CraCodes", "Title not authorised for protest by public notice")},
    IrregularityEntry{
        "67", QT_TRANSLATE_NOOP("CraCodes", "Amount differs between the title and the proof")},
    IrregularityEntry{
        "68", QT_TRANSLATE_NOOP("CraCodes", "A condominium cannot be protested for bankruptcy")},
    IrregularityEntry{"69",
                      QT_TRANSLATE_NOOP("CraCodes", "Notice by edital not allowed for a bankruptcy "
                                                    "protest")},
    IrregularityEntry{"70", QT_TRANSLATE_NOOP("CraCodes", "Creditor's data blank or invalid")},
    IrregularityEntry{"98", QT_TRANSLATE_NOOP("CraCodes",
                                              "Withdrawn for lack of time to serve notice or pass "
                                              "on the fees (meaning varies by state)")},
    IrregularityEntry{"99", QT_TRANSLATE_NOOP("CraCodes", "Other (meaning varies by state)")},
};

const OccurrenceEntry *findOccurrence(CraOccurrence occurrence)
{
    const auto it =
        std::find_if(kOccurrences.begin(), kOccurrences.end(),
                     [occurrence](const OccurrenceEntry &e) { return e.occurrence == occurrence; });
    return it == kOccurrences.end() ? nullptr : &*it;
}

const IrregularityEntry *findIrregularity(const QString &code)
{
    const auto it =
        std::find_if(kIrregularities.begin(), kIrregularities.end(),
                     [&code](const IrregularityEntry &e) { return code == QLatin1String(e.code); });
    return it == kIrregularities.end() ? nullptr : &*it;
}

} // namespace

QList<CraOccurrence> allOccurrences()
{
    QList<CraOccurrence> all;
    for (const auto &entry : kOccurrences)
        all.append(entry.occurrence);
    return all;
}

std::optional<CraOccurrence> occurrenceFromCode(char code)
{
    if (code < '1' || code > '9')
        return std::nullopt;
    return static_cast<CraOccurrence>(code - '0');
}

char occurrenceCode(CraOccurrence occurrence)
{
    return static_cast<char>('0' + static_cast<int>(occurrence));
}

QString occurrenceName(CraOccurrence occurrence)
{
    const OccurrenceEntry *entry = findOccurrence(occurrence);
    return entry ? QString::fromLatin1(entry->name) : QString();
}

std::optional<CraOccurrence> occurrenceFromName(const QString &name)
{
    for (const auto &entry : kOccurrences) {
        if (name == QLatin1String(entry.name))
            return entry.occurrence;
    }
    return std::nullopt;
}

QString occurrenceLabel(CraOccurrence occurrence)
{
    const OccurrenceEntry *entry = findOccurrence(occurrence);
    return entry ? QCoreApplication::translate("CraCodes", entry->label) : QString();
}

QStringList knownIrregularityCodes()
{
    QStringList codes;
    for (const auto &entry : kIrregularities)
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}

bool isKnownIrregularity(const QString &code)
{
    return findIrregularity(code) != nullptr;
}

QString irregularityMessage(const QString &code)
{
    if (const IrregularityEntry *entry = findIrregularity(code))
        return QCoreApplication::translate("CraCodes", entry->message);
    return QCoreApplication::translate("CraCodes", "unknown irregularity %1").arg(code);
}

} // namespace quita
