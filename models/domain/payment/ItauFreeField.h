#pragma once

#include "domain/Result.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace quita {

// The 25-digit free field ("campo livre", barcode positions 20-44) of an Itaú (bank 341)
// boleto, for the registered wallets that carry agency and account (109, 175 and the
// like):
//   20-22 wallet, "carteira" (3)        23-30 our number, "nosso número" (8)
//   31    DAC of agency/account/wallet/our number, mod 10 (wallets 112, 126, 131, 146,
//         150 and 168: of wallet/our number only)
//   32-35 agency (4)                    36-40 account without its check digit (5)
//   41    DAC of agency/account, mod 10  42-44 zeros
// The wallets that carry the payer's own document number instead (106, 107, 122, 142,
// 143, 195, 196, 198) are refused. Source: kivanio/brcobranca lib/brcobranca/boleto/
// itau.rb (codigo_barras_segunda_parte) and its spec's worked barcodes, which
// TestItauFreeField checks.
class ItauFreeField
{
public:
    ItauFreeField() = default;

    // Digits only, zero-padded on the left to their width; longer values are refused. The
    // two DACs are FEBRABAN's mod 10 (Boleto::fieldCheckDigit).
    // Error fields: `agency`, `wallet`, `our_number`, `account`.
    static Result<ItauFreeField> create(const QString &agency, const QString &wallet,
                                        const QString &ourNumber, const QString &account);

    QChar ourNumberCheckDigit() const;
    QChar accountCheckDigit() const;
    // The 25 digits for Boleto::Fields::freeField.
    QString toString() const;
    // As printed on the boleto: "175/12345678-4".
    QString printedOurNumber() const;

private:
    QString m_agency;
    QString m_wallet;
    QString m_ourNumber;
    QString m_account;
};

} // namespace quita
