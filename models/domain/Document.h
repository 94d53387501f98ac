#pragma once

#include "Result.h"

#include <QString>

namespace quita {

// A Brazilian taxpayer document: CPF (people, 11 digits) or CNPJ (companies, 14
// characters, alphanumeric from July 2026). Stored canonical: uppercase, no
// punctuation. DOMAIN.md "Documents".
class Document
{
public:
    enum class Kind
    {
        Cpf,
        Cnpj
    };

    Document() = default;

    // Accepts punctuation (".", "-", "/", spaces) and lowercase letters; validates the
    // check digits. The error's field is `field`, its code one of "empty",
    // "length", "characters", "repeated", "check_digit".
    static Result<Document> parse(const QString &text,
                                  const QString &field = QStringLiteral("document"));
    static bool isValid(const QString &text);

    // Check digits for a CPF body of 9 digits or a CNPJ body of 12 characters
    // (A-Z, 0-9). Empty string if the body is malformed. Used by the demo generator.
    static QString cpfCheckDigits(const QString &nineDigits);
    static QString cnpjCheckDigits(const QString &twelveChars);

    bool isNull() const { return m_value.isEmpty(); }
    Kind kind() const { return m_kind; }
    // Canonical, e.g. "12345678909" or "12ABC34501DE35".
    const QString &value() const { return m_value; }
    // "123.456.789-09" or "12.ABC.345/01DE-35".
    QString formatted() const;
    // For lists (LGPD): the first three and the check digits hidden for a CPF,
    // "***.456.789-**"; the first two and the check digits for a CNPJ, "**.ABC.345/01DE-**".
    QString masked() const;

    bool operator==(const Document &) const = default;

private:
    Document(Kind kind, QString value) : m_kind(kind), m_value(std::move(value)) {}
    Kind m_kind = Kind::Cpf;
    QString m_value;
};

} // namespace quita
