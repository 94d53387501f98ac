#pragma once

#include "CraField.h"
#include "CraRemittance.h"

#include <QtGlobal>

#include <array>

// The field tables of the CRA (IEPTB) files, 1-based columns.
//
// Remittance (TPR), confirmation (CRT) and return (RTP): 600-column records, header "0",
// one transaction "1" per title, trailer "9" (DOMAIN.md; the Febraban/IEPTB layout 4.3,
// "versao 043", as published by IEPTB-MG and restated field by field in the CRA-21 manual,
// github.com/p21sistemas/manual). DOMAIN.md lists the columns the product uses; the other
// columns below come from that layout and are written as zeros or blanks.
//
// Withdrawal (DP, desistencia) and cancellation (CP, cancelamento): the IEPTB layout 2.1
// for those files (as implemented by the IEPTB-TO CRA, github.com/leferreira/cra-base),
// 127-column records: presenter header "0", notary header "1", one request "2" per title,
// notary trailer "8", presenter trailer "9", record sequence at 123-127. DOMAIN.md names
// these files but not their columns; its "600-character records" is the TPR/CRT/RTP rule.
namespace quita::cra {

inline constexpr int kRecordLength = 600;
inline constexpr int kRequestRecordLength = 127;

// The three letters of header columns 59-61.
constexpr const char *kindCode(CraFileKind kind)
{
    switch (kind) {
    case CraFileKind::Remittance:
        return "TPR";
    case CraFileKind::Confirmation:
        return "CRT";
    case CraFileKind::Return:
        return "RTP";
    }
    return "TPR";
}

// Header columns 53-55 and 56-58. DOMAIN.md gives the TPR's "BFO" then "SDT"; the
// notaries' answers go the other way (the CRA-21 manual's sample return reads
// "SDTBFORTP").
constexpr const char *senderCode(CraFileKind kind)
{
    return kind == CraFileKind::Remittance ? "BFO" : "SDT";
}

constexpr const char *receiverCode(CraFileKind kind)
{
    return kind == CraFileKind::Remittance ? "SDT" : "BFO";
}

constexpr CraField textField(const char *name, const char *label, int start, int width)
{
    return CraField{name, label, start, width, CraField::Kind::Text, false};
}
// Names and addresses: cut at the width.
constexpr CraField cutField(const char *name, const char *label, int start, int width)
{
    return CraField{name, label, start, width, CraField::Kind::Text, true};
}
constexpr CraField numberField(const char *name, const char *label, int start, int width)
{
    return CraField{name, label, start, width, CraField::Kind::Number, false};
}

inline constexpr CraField kRecordType =
    textField("record_type", QT_TRANSLATE_NOOP("CraField", "record type"), 1, 1);

// Header "0" (TPR, CRT, RTP).
namespace header {
inline constexpr CraField presenterCode =
    textField("presenter_code", QT_TRANSLATE_NOOP("CraField", "presenter code"), 2, 3);
inline constexpr CraField presenterName =
    cutField("presenter_name", QT_TRANSLATE_NOOP("CraField", "presenter name"), 5, 40);
inline constexpr CraField date =
    numberField("date", QT_TRANSLATE_NOOP("CraField", "file date"), 45, 8);
inline constexpr CraField sender =
    textField("sender", QT_TRANSLATE_NOOP("CraField", "sender"), 53, 3);
inline constexpr CraField receiver =
    textField("receiver", QT_TRANSLATE_NOOP("CraField", "receiver"), 56, 3);
inline constexpr CraField fileKind =
    textField("file_kind", QT_TRANSLATE_NOOP("CraField", "file kind"), 59, 3);
inline constexpr CraField fileSequence =
    numberField("file_sequence", QT_TRANSLATE_NOOP("CraField", "file sequence"), 62, 6);
inline constexpr CraField recordCount =
    numberField("record_count", QT_TRANSLATE_NOOP("CraField", "record count"), 68, 4);
inline constexpr CraField titleCount =
    numberField("title_count", QT_TRANSLATE_NOOP("CraField", "title count"), 72, 4);
inline constexpr CraField indicationCount =
    numberField("indication_count", QT_TRANSLATE_NOOP("CraField", "indications count"), 76, 4);
inline constexpr CraField originalCount =
    numberField("original_count", QT_TRANSLATE_NOOP("CraField", "originals count"), 80, 4);
inline constexpr CraField presenterId =
    textField("presenter_id", QT_TRANSLATE_NOOP("CraField", "presenter id"), 84, 6);
inline constexpr CraField layoutVersion =
    numberField("layout_version", QT_TRANSLATE_NOOP("CraField", "layout version"), 90, 3);
inline constexpr CraField municipality =
    numberField("municipality", QT_TRANSLATE_NOOP("CraField", "IBGE municipality"), 93, 7);
inline constexpr CraField filler =
    textField("filler", QT_TRANSLATE_NOOP("CraField", "blanks"), 100, 497);
inline constexpr CraField sequence =
    numberField("record_sequence", QT_TRANSLATE_NOOP("CraField", "record sequence"), 597, 4);

inline constexpr std::array all = {
    kRecordType, presenterCode, presenterName, date,       sender,          receiver,
    fileKind,    fileSequence,  recordCount,   titleCount, indicationCount, originalCount,
    presenterId, layoutVersion, municipality,  filler,     sequence};
} // namespace header

// Transaction "1", one per title (and per further debtor of a title).
namespace title {
inline constexpr CraField presenterCode =
    textField("presenter_code", QT_TRANSLATE_NOOP("CraField", "presenter code"), 2, 3);
inline constexpr CraField creditorCode =
    textField("creditor_code", QT_TRANSLATE_NOOP("CraField", "creditor code"), 5, 15);
inline constexpr CraField creditorName =
    cutField("creditor_name", QT_TRANSLATE_NOOP("CraField", "creditor name"), 20, 45);
inline constexpr CraField drawerName =
    cutField("drawer_name", QT_TRANSLATE_NOOP("CraField", "drawer name"), 65, 45);
inline constexpr CraField drawerDocument =
    textField("drawer_document", QT_TRANSLATE_NOOP("CraField", "drawer CNPJ"), 110, 14);
inline constexpr CraField drawerAddress =
    cutField("drawer_address", QT_TRANSLATE_NOOP("CraField", "drawer address"), 124, 45);
inline constexpr CraField drawerCep =
    numberField("drawer_cep", QT_TRANSLATE_NOOP("CraField", "drawer CEP"), 169, 8);
inline constexpr CraField drawerCity =
    cutField("drawer_city", QT_TRANSLATE_NOOP("CraField", "drawer city"), 177, 20);
inline constexpr CraField drawerState =
    textField("drawer_state", QT_TRANSLATE_NOOP("CraField", "drawer state"), 197, 2);
inline constexpr CraField nossoNumero =
    textField("nosso_numero", QT_TRANSLATE_NOOP("CraField", "nosso numero"), 199, 15);
inline constexpr CraField species =
    textField("species", QT_TRANSLATE_NOOP("CraField", "species"), 214, 3);
inline constexpr CraField titleNumber =
    textField("title_number", QT_TRANSLATE_NOOP("CraField", "title number"), 217, 11);
inline constexpr CraField issueDate =
    numberField("issue_date", QT_TRANSLATE_NOOP("CraField", "issue date"), 228, 8);
inline constexpr CraField dueDate =
    numberField("due_date", QT_TRANSLATE_NOOP("CraField", "due date"), 236, 8);
inline constexpr CraField currency =
    numberField("currency", QT_TRANSLATE_NOOP("CraField", "currency"), 244, 3);
inline constexpr CraField faceValue =
    numberField("face_value", QT_TRANSLATE_NOOP("CraField", "face value"), 247, 14);
inline constexpr CraField balance =
    numberField("balance", QT_TRANSLATE_NOOP("CraField", "balance"), 261, 14);
inline constexpr CraField placeOfPayment =
    cutField("place_of_payment", QT_TRANSLATE_NOOP("CraField", "place of payment"), 275, 20);
inline constexpr CraField endorsement =
    textField("endorsement", QT_TRANSLATE_NOOP("CraField", "endorsement"), 295, 1);
inline constexpr CraField acceptance =
    textField("acceptance", QT_TRANSLATE_NOOP("CraField", "acceptance"), 296, 1);
inline constexpr CraField debtorSequence =
    numberField("debtor_sequence", QT_TRANSLATE_NOOP("CraField", "debtor sequence"), 297, 1);
inline constexpr CraField debtorName =
    cutField("debtor_name", QT_TRANSLATE_NOOP("CraField", "debtor name"), 298, 45);
inline constexpr CraField debtorDocumentType = numberField(
    "debtor_document_type", QT_TRANSLATE_NOOP("CraField", "debtor document type"), 343, 3);
// Numeric in the layout; an alphanumeric CNPJ (from July 2026) is written as its 14
// characters, which the layout does not foresee yet.
inline constexpr CraField debtorDocument =
    numberField("debtor_document", QT_TRANSLATE_NOOP("CraField", "debtor CPF/CNPJ"), 346, 14);
inline constexpr CraField debtorIdentity =
    textField("debtor_identity", QT_TRANSLATE_NOOP("CraField", "debtor identity card"), 360, 11);
inline constexpr CraField debtorAddress =
    cutField("debtor_address", QT_TRANSLATE_NOOP("CraField", "debtor address"), 371, 45);
inline constexpr CraField debtorCep =
    numberField("debtor_cep", QT_TRANSLATE_NOOP("CraField", "debtor CEP"), 416, 8);
inline constexpr CraField debtorCity =
    cutField("debtor_city", QT_TRANSLATE_NOOP("CraField", "debtor city"), 424, 20);
inline constexpr CraField debtorState =
    textField("debtor_state", QT_TRANSLATE_NOOP("CraField", "debtor state"), 444, 2);
// 446-596: filled by the notary in CRT and RTP; zeros and blanks in a TPR.
inline constexpr CraField notaryOffice =
    numberField("notary_office", QT_TRANSLATE_NOOP("CraField", "notary office"), 446, 2);
inline constexpr CraField protocol =
    numberField("protocol", QT_TRANSLATE_NOOP("CraField", "protocol"), 448, 10);
inline constexpr CraField occurrence =
    textField("occurrence", QT_TRANSLATE_NOOP("CraField", "occurrence"), 458, 1);
inline constexpr CraField protocolDate =
    numberField("protocol_date", QT_TRANSLATE_NOOP("CraField", "protocol date"), 459, 8);
inline constexpr CraField notaryFees =
    numberField("notary_fees", QT_TRANSLATE_NOOP("CraField", "notary fees"), 467, 10);
inline constexpr CraField presenterDeclaration = textField(
    "presenter_declaration", QT_TRANSLATE_NOOP("CraField", "presenter declaration"), 477, 1);
inline constexpr CraField occurrenceDate =
    numberField("occurrence_date", QT_TRANSLATE_NOOP("CraField", "occurrence date"), 478, 8);
inline constexpr CraField irregularity =
    textField("irregularity", QT_TRANSLATE_NOOP("CraField", "irregularity code"), 486, 2);
inline constexpr CraField debtorNeighbourhood = cutField(
    "debtor_neighbourhood", QT_TRANSLATE_NOOP("CraField", "debtor neighbourhood"), 488, 20);
inline constexpr CraField distributionFees =
    numberField("distribution_fees", QT_TRANSLATE_NOOP("CraField", "distribution fees"), 508, 10);
inline constexpr CraField distributionRegister = numberField(
    "distribution_register", QT_TRANSLATE_NOOP("CraField", "distribution register"), 518, 6);
inline constexpr CraField recordingFee = numberField(
    "recording_fee", QT_TRANSLATE_NOOP("CraField", "electronic recording fee"), 524, 10);
inline constexpr CraField bankOperation =
    numberField("bank_operation", QT_TRANSLATE_NOOP("CraField", "bank operation"), 534, 5);
inline constexpr CraField bankContract =
    numberField("bank_contract", QT_TRANSLATE_NOOP("CraField", "bank contract"), 539, 15);
inline constexpr CraField contractInstallment = numberField(
    "contract_installment", QT_TRANSLATE_NOOP("CraField", "contract installment"), 554, 3);
inline constexpr CraField billOfExchangeType = textField(
    "bill_of_exchange_type", QT_TRANSLATE_NOOP("CraField", "bill of exchange type"), 557, 1);
inline constexpr CraField irregularityComplement = textField(
    "irregularity_complement", QT_TRANSLATE_NOOP("CraField", "irregularity complement"), 558, 8);
inline constexpr CraField bankruptcyProtest = textField(
    "bankruptcy_protest", QT_TRANSLATE_NOOP("CraField", "protest for bankruptcy"), 566, 1);
inline constexpr CraField protestInstrument =
    textField("protest_instrument", QT_TRANSLATE_NOOP("CraField", "protest instrument"), 567, 1);
inline constexpr CraField otherExpenses =
    numberField("other_expenses", QT_TRANSLATE_NOOP("CraField", "other expenses"), 568, 10);
inline constexpr CraField filler =
    textField("filler", QT_TRANSLATE_NOOP("CraField", "blanks"), 578, 19);
inline constexpr CraField sequence =
    numberField("record_sequence", QT_TRANSLATE_NOOP("CraField", "record sequence"), 597, 4);

inline constexpr std::array all = {kRecordType,
                                   presenterCode,
                                   creditorCode,
                                   creditorName,
                                   drawerName,
                                   drawerDocument,
                                   drawerAddress,
                                   drawerCep,
                                   drawerCity,
                                   drawerState,
                                   nossoNumero,
                                   species,
                                   titleNumber,
                                   issueDate,
                                   dueDate,
                                   currency,
                                   faceValue,
                                   balance,
                                   placeOfPayment,
                                   endorsement,
                                   acceptance,
                                   debtorSequence,
                                   debtorName,
                                   debtorDocumentType,
                                   debtorDocument,
                                   debtorIdentity,
                                   debtorAddress,
                                   debtorCep,
                                   debtorCity,
                                   debtorState,
                                   notaryOffice,
                                   protocol,
                                   occurrence,
                                   protocolDate,
                                   notaryFees,
                                   presenterDeclaration,
                                   occurrenceDate,
                                   irregularity,
                                   debtorNeighbourhood,
                                   distributionFees,
                                   distributionRegister,
                                   recordingFee,
                                   bankOperation,
                                   bankContract,
                                   contractInstallment,
                                   billOfExchangeType,
                                   irregularityComplement,
                                   bankruptcyProtest,
                                   protestInstrument,
                                   otherExpenses,
                                   filler,
                                   sequence};
} // namespace title

// Trailer "9" (TPR, CRT, RTP).
namespace trailer {
inline constexpr CraField presenterCode =
    textField("presenter_code", QT_TRANSLATE_NOOP("CraField", "presenter code"), 2, 3);
inline constexpr CraField presenterName =
    cutField("presenter_name", QT_TRANSLATE_NOOP("CraField", "presenter name"), 5, 40);
inline constexpr CraField date =
    numberField("date", QT_TRANSLATE_NOOP("CraField", "file date"), 45, 8);
inline constexpr CraField checkSum =
    numberField("check_sum", QT_TRANSLATE_NOOP("CraField", "check sum"), 53, 5);
inline constexpr CraField balanceSum =
    numberField("balance_sum", QT_TRANSLATE_NOOP("CraField", "sum of balances"), 58, 18);
inline constexpr CraField filler =
    textField("filler", QT_TRANSLATE_NOOP("CraField", "blanks"), 76, 521);
inline constexpr CraField sequence =
    numberField("record_sequence", QT_TRANSLATE_NOOP("CraField", "record sequence"), 597, 4);

inline constexpr std::array all = {kRecordType, presenterCode, presenterName, date,
                                   checkSum,    balanceSum,    filler,        sequence};
} // namespace trailer

// Withdrawal (DP) and cancellation (CP) files, 127 columns.
namespace request {
inline constexpr CraField presenterCode =
    textField("presenter_code", QT_TRANSLATE_NOOP("CraField", "presenter code"), 2, 3);
inline constexpr CraField presenterName =
    cutField("presenter_name", QT_TRANSLATE_NOOP("CraField", "presenter name"), 5, 45);
inline constexpr CraField date =
    numberField("date", QT_TRANSLATE_NOOP("CraField", "file date"), 50, 8);
inline constexpr CraField requestCount =
    numberField("request_count", QT_TRANSLATE_NOOP("CraField", "request count"), 58, 5);
inline constexpr CraField requestRecordCount = numberField(
    "request_record_count", QT_TRANSLATE_NOOP("CraField", "request record count"), 63, 5);
inline constexpr CraField headerFiller =
    textField("filler", QT_TRANSLATE_NOOP("CraField", "blanks"), 68, 55);
inline constexpr CraField valueSum =
    numberField("value_sum", QT_TRANSLATE_NOOP("CraField", "sum of values"), 63, 14);
inline constexpr CraField trailerFiller =
    textField("filler", QT_TRANSLATE_NOOP("CraField", "blanks"), 77, 46);

inline constexpr CraField notaryOffice =
    numberField("notary_office", QT_TRANSLATE_NOOP("CraField", "notary office"), 2, 2);
inline constexpr CraField notaryRequestCount =
    numberField("request_count", QT_TRANSLATE_NOOP("CraField", "request count"), 4, 5);
inline constexpr CraField municipality =
    numberField("municipality", QT_TRANSLATE_NOOP("CraField", "IBGE municipality"), 9, 7);
inline constexpr CraField notaryHeaderFiller =
    textField("filler", QT_TRANSLATE_NOOP("CraField", "blanks"), 16, 107);
inline constexpr CraField notaryTrailerFiller =
    textField("filler", QT_TRANSLATE_NOOP("CraField", "blanks"), 9, 114);

inline constexpr CraField protocol =
    numberField("protocol", QT_TRANSLATE_NOOP("CraField", "protocol"), 2, 10);
inline constexpr CraField protocolDate =
    numberField("protocol_date", QT_TRANSLATE_NOOP("CraField", "protocol date"), 12, 8);
inline constexpr CraField titleNumber =
    textField("title_number", QT_TRANSLATE_NOOP("CraField", "title number"), 20, 11);
inline constexpr CraField debtorName =
    cutField("debtor_name", QT_TRANSLATE_NOOP("CraField", "debtor name"), 31, 45);
inline constexpr CraField titleValue =
    numberField("title_value", QT_TRANSLATE_NOOP("CraField", "title value"), 76, 14);
inline constexpr CraField kind =
    textField("request_kind", QT_TRANSLATE_NOOP("CraField", "request kind"), 90, 1);
inline constexpr CraField creditorCode =
    textField("creditor_code", QT_TRANSLATE_NOOP("CraField", "creditor code"), 91, 12);
inline constexpr CraField nossoNumero =
    textField("nosso_numero", QT_TRANSLATE_NOOP("CraField", "nosso numero"), 103, 12);
inline constexpr CraField reserved =
    textField("reserved", QT_TRANSLATE_NOOP("CraField", "reserved"), 115, 2);
inline constexpr CraField receiptControl =
    textField("receipt_control", QT_TRANSLATE_NOOP("CraField", "receipt control"), 117, 6);
inline constexpr CraField sequence =
    numberField("record_sequence", QT_TRANSLATE_NOOP("CraField", "record sequence"), 123, 5);

inline constexpr std::array header = {kRecordType,  presenterCode,      presenterName, date,
                                      requestCount, requestRecordCount, headerFiller,  sequence};
inline constexpr std::array notaryHeader = {kRecordType,  notaryOffice,       notaryRequestCount,
                                            municipality, notaryHeaderFiller, sequence};
inline constexpr std::array item = {kRecordType, protocol,   protocolDate,   titleNumber,
                                    debtorName,  titleValue, kind,           creditorCode,
                                    nossoNumero, reserved,   receiptControl, sequence};
inline constexpr std::array notaryTrailer = {kRecordType, notaryOffice, notaryRequestCount,
                                             notaryTrailerFiller, sequence};
inline constexpr std::array trailer = {kRecordType,  presenterCode, presenterName, date,
                                       requestCount, valueSum,      trailerFiller, sequence};
} // namespace request

} // namespace quita::cra
