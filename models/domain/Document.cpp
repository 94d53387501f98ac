#include "Document.h"

#include <QCoreApplication>

#include <array>
#include <span>

namespace quita {

namespace {

constexpr qsizetype kCpfLength = 11;
constexpr qsizetype kCnpjLength = 14;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isPunctuation(QChar c)
{
    return c == u'.' || c == u'-' || c == u'/' || c.isSpace();
}

// The Receita rule: r = sum mod 11; DV = 0 if r < 2 else 11 - r. A character's value
// is its ASCII code minus 48 (digits 0-9, A=17, B=18, ...).
int checkDigit(QStringView body, std::span<const int> weights)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        sum += (body.at(i).unicode() - 48) * weights[static_cast<std::size_t>(i)];
    const int r = sum % 11;
    return r < 2 ? 0 : 11 - r;
}

constexpr std::array<int, 10> kCpfWeights{11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
constexpr std::array<int, 13> kCnpjWeights{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

QString digitsToString(int d1, int d2)
{
    return QString(QChar(u'0' + d1)) + QChar(u'0' + d2);
}

bool allEqual(const QString &s)
{
    for (QChar c : s) {
        if (c != s.front())
            return false;
    }
    return true;
}

Error documentError(const char *code, const QString &field, const char *sourceText)
{
    return Error{QString::fromLatin1(code), field,
                 QCoreApplication::translate("Document", sourceText).arg(field)};
}

} // namespace

QString Document::cpfCheckDigits(const QString &nineDigits)
{
    if (nineDigits.size() != 9)
        return {};
    for (QChar c : nineDigits) {
        if (!isAsciiDigit(c))
            return {};
    }
    const std::span<const int> weights(kCpfWeights);
    const int d1 = checkDigit(nineDigits, weights.subspan(1));
    const QString ten = nineDigits + QChar(u'0' + d1);
    const int d2 = checkDigit(ten, weights);
    return digitsToString(d1, d2);
}

QString Document::cnpjCheckDigits(const QString &twelveChars)
{
    if (twelveChars.size() != 12)
        return {};
    for (QChar c : twelveChars) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c))
            return {};
    }
    const std::span<const int> weights(kCnpjWeights);
    const int d1 = checkDigit(twelveChars, weights.subspan(1));
    const QString thirteen = twelveChars + QChar(u'0' + d1);
    const int d2 = checkDigit(thirteen, weights);
    return digitsToString(d1, d2);
}

Result<Document> Document::parse(const QString &text, const QString &field)
{
    QString canonical;
    canonical.reserve(text.size());
    for (QChar c : text) {
        if (!isPunctuation(c))
            canonical += c;
    }
    if (canonical.isEmpty())
        return documentError("empty", field,
                             QT_TRANSLATE_NOOP("Document", "%1: enter a CPF or CNPJ"));

    // Uppercase ASCII letters only; anything else outside [0-9A-Z] is rejected.
    for (QChar &c : canonical) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - (u'a' - u'A'));
        if (!isAsciiDigit(c) && !isAsciiUpper(c))
            return documentError(
                "characters", field,
                QT_TRANSLATE_NOOP("Document",
                                  "%1: use only digits, letters and the punctuation . - /"));
    }

    if (canonical.size() == kCpfLength) {
        for (QChar c : canonical) {
            if (!isAsciiDigit(c))
                return documentError("characters", field,
                                     QT_TRANSLATE_NOOP("Document", "%1: a CPF has digits only"));
        }
        if (allEqual(canonical))
            return documentError(
                "repeated", field,
                QT_TRANSLATE_NOOP("Document", "%1: a CPF cannot have all digits equal"));
        if (cpfCheckDigits(canonical.left(9)) != canonical.mid(9))
            return documentError(
                "check_digit", field,
                QT_TRANSLATE_NOOP("Document", "%1: CPF check digits do not match"));
        return Document(Kind::Cpf, canonical);
    }

    if (canonical.size() == kCnpjLength) {
        if (!isAsciiDigit(canonical.at(12)) || !isAsciiDigit(canonical.at(13)))
            return documentError(
                "characters", field,
                QT_TRANSLATE_NOOP("Document", "%1: the last two characters of a CNPJ are digits"));
        if (allEqual(canonical))
            return documentError(
                "repeated", field,
                QT_TRANSLATE_NOOP("Document", "%1: a CNPJ cannot have all digits equal"));
        if (cnpjCheckDigits(canonical.left(12)) != canonical.mid(12))
            return documentError(
                "check_digit", field,
                QT_TRANSLATE_NOOP("Document", "%1: CNPJ check digits do not match"));
        return Document(Kind::Cnpj, canonical);
    }

    return documentError(
        "length", field,
        QT_TRANSLATE_NOOP("Document", "%1: a CPF has 11 digits and a CNPJ 14 characters"));
}

bool Document::isValid(const QString &text)
{
    return parse(text).ok();
}

QString Document::formatted() const
{
    if (m_value.size() == kCpfLength && m_kind == Kind::Cpf) {
        return m_value.left(3) + u'.' + m_value.mid(3, 3) + u'.' + m_value.mid(6, 3) + u'-' +
               m_value.mid(9, 2);
    }
    if (m_value.size() == kCnpjLength && m_kind == Kind::Cnpj) {
        return m_value.left(2) + u'.' + m_value.mid(2, 3) + u'.' + m_value.mid(5, 3) + u'/' +
               m_value.mid(8, 4) + u'-' + m_value.mid(12, 2);
    }
    return m_value;
}

QString Document::masked() const
{
    if (m_value.size() == kCpfLength && m_kind == Kind::Cpf)
        return QStringLiteral("***.") + m_value.mid(3, 3) + u'.' + m_value.mid(6, 3) +
               QStringLiteral("-**");
    if (m_value.size() == kCnpjLength && m_kind == Kind::Cnpj) {
        return QStringLiteral("**.") + m_value.mid(2, 3) + u'.' + m_value.mid(5, 3) + u'/' +
               m_value.mid(8, 4) + QStringLiteral("-**");
    }
    return m_value;
}

} // namespace quita
