#include "domain/payment/PixBrCode.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace quita {

namespace {

// CRC16 CCITT-FALSE table for poly 0x1021, built at compile time.
constexpr std::array<quint16, 256> kCrcTable = [] {
    std::array<quint16, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        unsigned crc = i << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000u) ? (crc << 1) ^ 0x1021u : crc << 1;
        table[i] = static_cast<quint16>(crc & 0xFFFFu);
    }
    return table;
}();

template <typename ByteAt>
quint16 crcOver(qsizetype count, ByteAt byteAt)
{
    unsigned crc = 0xFFFFu;
    for (qsizetype i = 0; i < count; ++i)
        crc = ((crc << 8) ^ kCrcTable[((crc >> 8) ^ byteAt(i)) & 0xFFu]) & 0xFFFFu;
    return static_cast<quint16>(crc);
}

// Over text already known to be ASCII: the UTF-8 bytes are the code units.
quint16 crcOverAscii(QStringView text)
{
    return crcOver(text.size(), [text](qsizetype i) { return unsigned(text.at(i).unicode()); });
}

constexpr qsizetype kTemplateMax = 99;              // two decimal digits of length
constexpr qsizetype kAmountMax = 13;                // EMV tag 54
constexpr qint64 kMaxAmountCents = 999'999'999'999; // "9999999999.99", 13 characters
const QLatin1String kGui("br.gov.bcb.pix");
const QLatin1String kNoTxid("***");

bool isPrintableAscii(QChar c)
{
    return c.unicode() >= 0x20 && c.unicode() <= 0x7E;
}

bool allPrintableAscii(QStringView s)
{
    for (QChar c : s) {
        if (!isPrintableAscii(c))
            return false;
    }
    return true;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

void appendTwoDigits(QString &out, qsizetype n)
{
    out.append(QChar(char16_t(u'0' + n / 10 % 10))).append(QChar(char16_t(u'0' + n % 10)));
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

void appendHeader(QString &out, int id, qsizetype length)
{
    appendTwoDigits(out, id);
    appendTwoDigits(out, length);
}

void appendTlv(QString &out, int id, QStringView value)
{
    appendHeader(out, id, value.size());
    out.append(value);
}

void appendTlv(QString &out, int id, QLatin1String value)
{
    appendHeader(out, id, value.size());
    out.append(value);
}

QString amountText(qint64 cents)
{
    QString s = QString::number(cents / 100);
    s.append(u'.');
    appendTwoDigits(s, cents % 100);
    return s;
}

// "123.45", "10", "0.5": digits, then optionally a dot and one or two digits.
std::optional<qint64> parseAmount(QStringView v)
{
    if (v.isEmpty() || v.size() > kAmountMax)
        return std::nullopt;
    const qsizetype dot = v.indexOf(u'.');
    const QStringView whole = dot < 0 ? v : v.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : v.sliced(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && (fraction.isEmpty() || fraction.size() > 2)))
        return std::nullopt;
    qint64 cents = 0;
    for (QChar c : whole) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - u'0');
    }
    cents *= 100;
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        if (!isAsciiDigit(fraction.at(i)))
            return std::nullopt;
        cents += (fraction.at(i).unicode() - u'0') * (i == 0 ? 10 : 1);
    }
    return cents;
}

Error pixError(const char *code, const QString &field, const char *sourceText)
{
    return Error{QString::fromLatin1(code), field,
                 QCoreApplication::translate("PixBrCode", sourceText).arg(field)};
}

Error pixError(const char *code, const char *field, const char *sourceText)
{
    return pixError(code, QString::fromLatin1(field), sourceText);
}

struct Tlv
{
    int id = -1;
    QStringView value;
};
using TlvList = QVarLengthArray<Tlv, 16>;

// Splits `data` into TLVs. `parent` is "" at the top level or "26"/"62" inside a
// template; error fields are "<parent>.<id>" (or "<id>").
std::optional<Error> splitTlv(QStringView data, const QString &parent, TlvList &out)
{
    // Names are built only on the error path: no allocation per tag.
    auto fieldFor = [&parent](int id) {
        QString field = parent.isEmpty() ? QString() : parent + u'.';
        appendTwoDigits(field, id);
        return field;
    };
    std::array<bool, 100> seen{};
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (data.size() - pos < 4 || !isAsciiDigit(data.at(pos)) ||
            !isAsciiDigit(data.at(pos + 1)) || !isAsciiDigit(data.at(pos + 2)) ||
            !isAsciiDigit(data.at(pos + 3))) {
            const QString where = parent.isEmpty() ? QStringLiteral("payload") : parent;
            Error e = pixError("format", where,
                               QT_TRANSLATE_NOOP("PixBrCode", "%1: expected a two-digit tag and "
                                                              "a two-digit length at position %2"));
            e.message = e.message.arg(pos + 1);
            return e;
        }
        const int id = (data.at(pos).unicode() - u'0') * 10 + (data.at(pos + 1).unicode() - u'0');
        const qsizetype length =
            (data.at(pos + 2).unicode() - u'0') * 10 + (data.at(pos + 3).unicode() - u'0');
        if (pos + 4 + length > data.size())
            return pixError("length", fieldFor(id),
                            QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: its length runs past the end "
                                                           "of the data"));
        if (seen[static_cast<std::size_t>(id)])
            return pixError("duplicate", fieldFor(id),
                            QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: appears twice"));
        seen[static_cast<std::size_t>(id)] = true;
        out.append(Tlv{id, data.sliced(pos + 4, length)});
        pos += 4 + length;
    }
    return std::nullopt;
}

const Tlv *findTag(const TlvList &list, int id)
{
    for (const Tlv &t : list) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

// The checks shared by both builders: name, city, amount, txid.
std::optional<Error> checkCommon(const QString &merchantName, const QString &city,
                                 const std::optional<Money> &amount, const QString &txid,
                                 const PixTextLimits &limits, QString &nameOut, QString &cityOut,
                                 QString &txidOut)
{
    nameOut = PixBrCode::plainText(merchantName, limits.merchantName);
    if (nameOut.isEmpty())
        return pixError("empty", "merchant_name",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: enter the receiver's name"));
    cityOut = PixBrCode::plainText(city, limits.city);
    if (cityOut.isEmpty())
        return pixError("empty", "city", QT_TRANSLATE_NOOP("PixBrCode", "%1: enter the city"));
    if (amount) {
        if (amount->cents() <= 0)
            return pixError("amount", "amount",
                            QT_TRANSLATE_NOOP("PixBrCode", "%1: the amount must be more than "
                                                           "zero"));
        if (amount->cents() > kMaxAmountCents)
            return pixError("amount", "amount",
                            QT_TRANSLATE_NOOP("PixBrCode", "%1: the amount is too large for a "
                                                           "PIX code"));
    }
    const QString t = txid.trimmed();
    if (t.isEmpty()) {
        txidOut = kNoTxid;
        return std::nullopt;
    }
    for (QChar c : t) {
        if (!isAsciiAlnum(c))
            return pixError("characters", "txid",
                            QT_TRANSLATE_NOOP("PixBrCode", "%1: use only letters A-Z, a-z and "
                                                           "digits"));
    }
    if (t.size() > limits.txid) {
        Error e =
            pixError("length", "txid", QT_TRANSLATE_NOOP("PixBrCode", "%1: at most %2 characters"));
        e.message = e.message.arg(limits.txid);
        return e;
    }
    txidOut = t;
    return std::nullopt;
}

} // namespace

quint16 PixBrCode::crc16(QByteArrayView bytes)
{
    return crcOver(bytes.size(), [bytes](qsizetype i) { return unsigned(quint8(bytes.at(i))); });
}

QString PixBrCode::plainText(QStringView text, qsizetype maxLength)
{
    QString out;
    if (allPrintableAscii(text)) {
        out = text.trimmed().toString();
    } else {
        const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
        out.reserve(decomposed.size());
        for (QChar c : decomposed) {
            if (!c.isMark() && isPrintableAscii(c))
                out.append(c);
        }
        out = out.trimmed();
    }
    if (maxLength >= 0 && out.size() > maxLength) {
        out.truncate(maxLength);
        while (!out.isEmpty() && out.back() == u' ')
            out.chop(1);
    }
    return out;
}

Result<PixBrCode> PixBrCode::buildStatic(const StaticRequest &request, const PixTextLimits &limits)
{
    PixBrCode code;
    code.m_initiation = request.initiation;
    code.m_key = request.key.trimmed();
    if (code.m_key.isEmpty())
        return pixError("empty", "key", QT_TRANSLATE_NOOP("PixBrCode", "%1: enter the PIX key"));
    if (!allPrintableAscii(code.m_key))
        return pixError("characters", "key",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: a PIX key has no accents or "
                                                       "special characters"));
    // Template 26 holds 00 (18 characters), 01 and 02, at most 99 in all.
    const qsizetype keyRoom = kTemplateMax - (4 + kGui.size()) - 4;
    if (code.m_key.size() > keyRoom)
        return pixError("length", "key",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: the PIX key is too long"));
    code.m_description = plainText(request.description, -1);
    if (!code.m_description.isEmpty() &&
        code.m_key.size() + 4 + code.m_description.size() > keyRoom)
        return pixError("length", "description",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: too long to fit beside this key"));
    if (const auto e = checkCommon(request.merchantName, request.city, request.amount, request.txid,
                                   limits, code.m_merchantName, code.m_city, code.m_txid))
        return *e;
    code.m_amount = request.amount;
    return assemble(std::move(code));
}

Result<PixBrCode> PixBrCode::buildDynamic(const DynamicRequest &request,
                                          const PixTextLimits &limits)
{
    PixBrCode code;
    code.m_initiation = request.initiation;
    code.m_location = request.location.trimmed();
    if (code.m_location.isEmpty())
        return pixError("empty", "location",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: enter the payload URL"));
    if (code.m_location.contains(QLatin1String("://")))
        return pixError("scheme", "location",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: write the URL without https://"));
    if (!allPrintableAscii(code.m_location) || code.m_location.contains(u' '))
        return pixError("characters", "location",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: the URL has invalid characters"));
    if (code.m_location.size() > kTemplateMax - (4 + kGui.size()) - 4)
        return pixError("length", "location",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: the URL is too long"));
    if (const auto e = checkCommon(request.merchantName, request.city, request.amount, request.txid,
                                   limits, code.m_merchantName, code.m_city, code.m_txid))
        return *e;
    code.m_amount = request.amount;
    return assemble(std::move(code));
}

Result<PixBrCode> PixBrCode::assemble(PixBrCode code)
{
    QString &out = code.m_payload;
    out.reserve(256);
    appendTlv(out, 0, QLatin1String("01"));
    if (code.m_initiation != PixInitiation::Omitted)
        appendTlv(out, 1,
                  QLatin1String(code.m_initiation == PixInitiation::Reusable ? "11" : "12"));

    const bool dynamic = !code.m_location.isEmpty();
    qsizetype account = 4 + kGui.size();
    account += 4 + (dynamic ? code.m_location.size() : code.m_key.size());
    if (!dynamic && !code.m_description.isEmpty())
        account += 4 + code.m_description.size();
    appendHeader(out, 26, account);
    appendTlv(out, 0, kGui);
    if (dynamic) {
        appendTlv(out, 25, code.m_location);
    } else {
        appendTlv(out, 1, code.m_key);
        if (!code.m_description.isEmpty())
            appendTlv(out, 2, code.m_description);
    }

    appendTlv(out, 52, QLatin1String("0000"));
    appendTlv(out, 53, QLatin1String("986"));
    if (code.m_amount)
        appendTlv(out, 54, amountText(code.m_amount->cents()));
    appendTlv(out, 58, QLatin1String("BR"));
    appendTlv(out, 59, code.m_merchantName);
    appendTlv(out, 60, code.m_city);
    appendHeader(out, 62, 4 + code.m_txid.size());
    appendTlv(out, 5, code.m_txid);
    out.append(QLatin1String("6304"));

    const quint16 crc = crcOverAscii(out);
    static constexpr char16_t kHex[] = u"0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4)
        out.append(QChar(kHex[(crc >> shift) & 0xF]));
    return code;
}

Result<PixBrCode> PixBrCode::parse(const QString &payload, const PixTextLimits &limits)
{
    const QString text = payload.trimmed();
    if (text.isEmpty())
        return pixError("empty", "payload",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: paste the PIX code"));
    if (!allPrintableAscii(text))
        return pixError("characters", "payload",
                        QT_TRANSLATE_NOOP("PixBrCode", "%1: a PIX code has only plain ASCII "
                                                       "characters"));

    TlvList top;
    if (const auto e = splitTlv(text, QString(), top))
        return *e;
    if (top.front().id != 0)
        return pixError("order", "00", QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: must come first"));
    const Tlv &last = top.back();
    if (last.id != 63 || last.value.size() != 4)
        return pixError("order", "63",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the 4-digit CRC must come last"));

    const bool hexOk = std::all_of(last.value.begin(), last.value.end(), isHexDigit);
    const uint carried = hexOk ? last.value.toUInt(nullptr, 16) : 0x10000u;
    const quint16 computed = crcOverAscii(QStringView(text).first(text.size() - 4));
    if (carried != computed)
        return pixError("crc", "63",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the CRC does not match; the "
                                                       "code is damaged or mistyped"));

    static constexpr std::array<int, 9> kMandatory{0, 26, 52, 53, 58, 59, 60, 62, 63};
    for (int id : kMandatory) {
        if (!findTag(top, id)) {
            QString field;
            appendTwoDigits(field, id);
            return pixError("missing", field,
                            QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: required but missing"));
        }
    }

    PixBrCode code;
    if (findTag(top, 0)->value != QLatin1String("01"))
        return pixError("value", "00",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the format indicator must be "
                                                       "01"));
    if (const Tlv *t = findTag(top, 1)) {
        if (t->value == QLatin1String("11"))
            code.m_initiation = PixInitiation::Reusable;
        else if (t->value == QLatin1String("12"))
            code.m_initiation = PixInitiation::SingleUse;
        else
            return pixError("value", "01",
                            QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the initiation method must "
                                                           "be 11 or 12"));
    }

    TlvList account;
    if (const auto e = splitTlv(findTag(top, 26)->value, QStringLiteral("26"), account))
        return *e;
    const Tlv *gui = findTag(account, 0);
    if (!gui || gui->value.compare(kGui, Qt::CaseInsensitive) != 0)
        return pixError("value", "26.00",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: must be br.gov.bcb.pix"));
    const Tlv *key = findTag(account, 1);
    const Tlv *url = findTag(account, 25);
    if (key && url)
        return pixError("value", "26",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: carries both a key (01) and a "
                                                       "URL (25)"));
    if ((key && key->value.isEmpty()) || (url && url->value.isEmpty()) || (!key && !url))
        return pixError("missing", key ? "26.01" : (url ? "26.25" : "26.01"),
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the PIX key or the URL is "
                                                       "missing"));
    if (key)
        code.m_key = key->value.toString();
    else
        code.m_location = url->value.toString();
    if (const Tlv *d = findTag(account, 2))
        code.m_description = d->value.toString();

    const QStringView category = findTag(top, 52)->value;
    if (category.size() != 4 || !std::all_of(category.begin(), category.end(), isAsciiDigit))
        return pixError("value", "52",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the category code has 4 digits"));
    if (findTag(top, 53)->value != QLatin1String("986"))
        return pixError("value", "53",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the currency must be 986 (real)"));
    if (const Tlv *a = findTag(top, 54)) {
        const std::optional<qint64> cents = parseAmount(a->value);
        if (!cents || *cents <= 0)
            return pixError("value", "54",
                            QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the amount must look like "
                                                           "123.45 and be more than zero"));
        code.m_amount = Money::fromCents(*cents);
    }
    if (findTag(top, 58)->value != QLatin1String("BR"))
        return pixError("value", "58",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the country must be BR"));
    const QStringView name = findTag(top, 59)->value;
    if (name.isEmpty() || name.size() > limits.merchantName)
        return pixError("length", "59",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the receiver's name is empty "
                                                       "or too long"));
    code.m_merchantName = name.toString();
    const QStringView city = findTag(top, 60)->value;
    if (city.isEmpty() || city.size() > limits.city)
        return pixError("length", "60",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the city is empty or too long"));
    code.m_city = city.toString();

    TlvList additional;
    if (const auto e = splitTlv(findTag(top, 62)->value, QStringLiteral("62"), additional))
        return *e;
    const Tlv *txid = findTag(additional, 5);
    if (!txid)
        return pixError("missing", "62.05",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the txid is missing (*** when "
                                                       "there is none)"));
    if (txid->value.isEmpty() || txid->value.size() > limits.txid)
        return pixError("length", "62.05",
                        QT_TRANSLATE_NOOP("PixBrCode", "Tag %1: the txid is empty or too long"));
    code.m_txid = txid->value.toString();

    code.m_payload = text;
    return code;
}

} // namespace quita
