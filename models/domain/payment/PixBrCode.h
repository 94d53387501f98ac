#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace quita {

// Field 01, "point of initiation method". The BCB manual's own static example omits
// it; "11" says the code may be paid many times, "12" once.
enum class PixInitiation
{
    Omitted,
    Reusable,  // "11"
    SingleUse, // "12"
};

// Text limits of the BR Code (DOMAIN.md "PIX BR Code"), as data.
struct PixTextLimits
{
    qsizetype merchantName = 25; // tag 59
    qsizetype city = 15;         // tag 60
    qsizetype txid = 25;         // tag 62/05
};

// A PIX BR Code (EMV QR, merchant presented): the copy-and-paste text and the fields
// it carries. TLV = id(2) + decimal length(2) + value; 00 "01"; 01 optional; 26 = {00
// "br.gov.bcb.pix", 01 key (static) | 25 location URL without scheme (dynamic), 02
// optional description}; 52 "0000"; 53 "986"; 54 optional amount "123.45"; 58 "BR";
// 59 merchant name; 60 city; 62 = {05 txid, "***" when none}; 63 CRC16 CCITT-FALSE
// (poly 0x1021, init 0xFFFF) over everything up to and including "6304", 4 uppercase
// hex digits. Source: BCB "Manual de Padrões para Iniciação do Pix" (BR Code).
class PixBrCode
{
public:
    struct StaticRequest
    {
        QString key;                 // CPF/CNPJ, e-mail, +55 phone or random key, as registered
        QString merchantName;        // accents removed, cut at 25
        QString city;                // accents removed, cut at 15
        std::optional<Money> amount; // > 0; absent: the payer types it
        QString txid;                // A-Z a-z 0-9, at most 25; empty: "***"
        QString description;         // optional, accents removed
        PixInitiation initiation = PixInitiation::Reusable;
    };
    struct DynamicRequest
    {
        QString location; // the PSP's payload URL without "https://"
        QString merchantName;
        QString city;
        std::optional<Money> amount;
        QString txid;
        PixInitiation initiation = PixInitiation::SingleUse;
    };

    PixBrCode() = default;

    // Error fields: `key`, `location`, `description`, `merchant_name`, `city`, `amount`,
    // `txid`.
    static Result<PixBrCode> buildStatic(const StaticRequest &request,
                                         const PixTextLimits &limits = {});
    static Result<PixBrCode> buildDynamic(const DynamicRequest &request,
                                          const PixTextLimits &limits = {});

    // Strict reader: printable ASCII only, every TLV length, the CRC, the order (00
    // first, 63 last), no repeated tag, the mandatory tags and their values. The error
    // field names the tag: "00", "26", "26.00", "26.01", "54", "62.05", "63", ... or
    // "payload" for the text as a whole. Unknown tags are skipped. A received txid may
    // hold any printable character (the BCB manual's own dynamic example has
    // "RP12345678-2019"); only our builder restricts it to letters and digits.
    static Result<PixBrCode> parse(const QString &payload, const PixTextLimits &limits = {});

    // CRC16 CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor.
    static quint16 crc16(QByteArrayView bytes);
    // Accents dropped (NFD, combining marks removed), anything outside printable
    // ASCII dropped, trimmed, cut at maxLength (a negative maxLength: no cut).
    static QString plainText(QStringView text, qsizetype maxLength);

    bool isNull() const { return m_payload.isEmpty(); }
    // The copy-and-paste text; the QR code carries the same.
    const QString &payload() const { return m_payload; }

    bool isDynamic() const { return !m_location.isEmpty(); }
    PixInitiation initiation() const { return m_initiation; }
    const QString &key() const { return m_key; }
    const QString &location() const { return m_location; }
    const QString &description() const { return m_description; }
    const QString &merchantName() const { return m_merchantName; }
    const QString &city() const { return m_city; }
    const std::optional<Money> &amount() const { return m_amount; }
    // As carried: "***" when the code has no txid.
    const QString &txid() const { return m_txid; }

    bool operator==(const PixBrCode &) const = default;

private:
    static Result<PixBrCode> assemble(PixBrCode code);

    PixInitiation m_initiation = PixInitiation::Omitted;
    QString m_key;
    QString m_location;
    QString m_description;
    QString m_merchantName;
    QString m_city;
    std::optional<Money> m_amount;
    QString m_txid;
    QString m_payload;
};

} // namespace quita
