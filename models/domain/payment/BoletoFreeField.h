#pragma once

#include "domain/Result.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace quita {

// The bank-specific 25-digit free field ("campo livre", barcode positions 20-44) of a
// Bradesco (bank 237) boleto:
//   20-23 agency without check digit (4)   24-25 wallet, "carteira" (2)
//   26-36 our number, "nosso número", without check digit (11)
//   37-43 account without check digit (7)  44 zero
// Sources, which agree: kivanio/brcobranca lib/brcobranca/boleto/bradesco.rb
// (codigo_barras_segunda_parte, https://rubydoc.info/github/kivanio/brcobranca/
// Brcobranca/Boleto/Bradesco), klawdyo/boleto_parser dist/layouts/bradesco.js
// (bounds agency 19-23, type 23-25, ourNumber 25-36, clientCode 36-43, fixedZero 43)
// and hellbound22/boleto-bradesco's README example; the worked barcodes are in
// TestBoleto and TestBoletoFreeField.
//
// The our-number check digit Bradesco prints ("06/00000004042-8") is mod 11 base 7
// over wallet + our number: weights 2..7 from the right, r = sum mod 11; r = 0 gives
// "0", r = 1 gives "P", otherwise 11 - r. Source: Bradesco manual
// "layout_cobranca_port.pdf" (CNAB 400), "Dígito de Auto Conferência do Nosso Número",
// worked example wallet 19, number 00000000002 -> 8.
class BradescoFreeField
{
public:
    BradescoFreeField() = default;

    // Digits only; shorter values are zero-padded on the left to their width, longer
    // ones refused. Error fields: `agency`, `wallet`, `our_number`, `account`.
    static Result<BradescoFreeField> create(const QString &agency, const QString &wallet,
                                            const QString &ourNumber, const QString &account);
    // Reads 25 digits back (error field `field`; the last digit must be 0).
    static Result<BradescoFreeField> parse(const QString &freeField,
                                           const QString &field = QStringLiteral("free_field"));

    // '0'..'9' or 'P' for a 2-digit wallet and 11-digit our number (digits only; a
    // null QChar for anything else).
    static QChar ourNumberCheckDigit(QStringView wallet, QStringView ourNumber);

    bool isNull() const { return m_agency.isEmpty(); }
    const QString &agency() const { return m_agency; }
    const QString &wallet() const { return m_wallet; }
    const QString &ourNumber() const { return m_ourNumber; }
    const QString &account() const { return m_account; }

    // The 25 digits for Boleto::Fields::freeField.
    QString toString() const;
    QChar ourNumberCheckDigit() const { return ourNumberCheckDigit(m_wallet, m_ourNumber); }
    // As printed on the boleto: "06/00000004042-8".
    QString printedOurNumber() const;

    bool operator==(const BradescoFreeField &) const = default;

private:
    QString m_agency;
    QString m_wallet;
    QString m_ourNumber;
    QString m_account;
};

} // namespace quita
