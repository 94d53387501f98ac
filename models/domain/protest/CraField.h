#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace quita {

// One field of a fixed-width CRA (IEPTB) record: its first column (1-based), its width
// and how it is filled (DOMAIN.md "Protest (protesto) through the CRA / IEPTB layout").
// The tables of every record type are in CraLayout.h.
struct CraField
{
    enum class Kind
    {
        Text,  // upper-case ASCII without accents, left-aligned, padded with blanks
        Number // digits, right-aligned, padded with zeros; a value too wide is an error
    };

    const char *name;  // machine name, e.g. "debtor_name"; the writer's Error::field
    const char *label; // English label for messages, translated in context "CraField"
    int start;         // first column, 1-based
    int width;
    Kind kind;
    bool mayCut = false; // names and addresses are cut at the width; other text is an error

    constexpr int last() const { return start + width - 1; }
    // "columns 298-342", or "column 458" for a one-column field (translated).
    QString columns() const;
    QString displayLabel() const;
};

// The text rule of the layout: upper case, compatibility decomposition (NFKD) with the
// combining marks dropped, white space as blanks, trimmed: "Conceição" -> "CONCEICAO",
// "ç" -> "C", "Nº 5" -> "NO 5". std::nullopt when a character has no ASCII form ("€").
std::optional<QString> craText(QStringView text);

// Writes the fields of one record into a buffer the caller owns (e.g. a slice of the
// whole file, preallocated once). The record starts as blanks. `what` names the record
// in messages, a QT_TRANSLATE_NOOP("CraField", ...) text such as "title %1" with `number`.
class CraRecordWriter
{
public:
    CraRecordWriter(char *record, int length, const char *what, int number = 0);

    void constant(const CraField &field, const char *latin1);
    void zeros(const CraField &field);
    Status text(const CraField &field, QStringView value);
    Status number(const CraField &field, qint64 value);
    // A number kept as text: CEP, protocol, IBGE code. Digits only; empty writes zeros.
    Status digits(const CraField &field, QStringView value);
    Status money(const CraField &field, Money amount);
    // DDMMAAAA; an invalid date is an error ("required").
    Status date(const CraField &field, const QDate &date);
    // DDMMAAAA, or zeros when the date is null (optional dates of the notary's reply).
    Status optionalDate(const CraField &field, const QDate &date);

    Error error(const char *code, const CraField &field, const QString &detail) const;

private:
    char *at(const CraField &field) const { return m_record + field.start - 1; }

    char *m_record;
    const char *m_what;
    int m_number;
};

// Reads the fields of one record of a file held as ISO-8859-1 bytes. Errors name the
// 1-based line, the columns and the field.
class CraRecordReader
{
public:
    CraRecordReader(const char *record, int line) : m_record(record), m_line(line) {}

    int line() const { return m_line; }
    // The field's bytes as Latin-1 text, blanks trimmed at both ends.
    QString text(const CraField &field) const;
    bool isBlank(const CraField &field) const;
    bool isAll(const CraField &field, char c) const;
    char at(int column) const { return m_record[column - 1]; }
    Result<qint64> number(const CraField &field) const;
    // The digits as written, leading zeros kept (CEP, protocol, IBGE code).
    Result<QString> digits(const CraField &field) const;
    Result<Money> money(const CraField &field) const;
    Result<QDate> date(const CraField &field) const;
    // A null date for zeros or blanks, else a valid DDMMAAAA date.
    Result<QDate> optionalDate(const CraField &field) const;

    Error error(const char *code, const CraField &field, const QString &detail) const
    {
        return errorAt(m_line, code, field, detail);
    }
    // Error::field is "line N", untranslated; the message names the line, columns and field.
    static Error errorAt(int line, const char *code, const CraField &field, const QString &detail);

private:
    const char *m_record;
    int m_line;
};

} // namespace quita
