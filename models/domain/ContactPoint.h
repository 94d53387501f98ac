#pragma once

#include "ActivityKinds.h"
#include "Result.h"

#include <QString>
#include <QUuid>

namespace quita {

// A phone number, e-mail address or messaging handle of a debtor, with consent and
// opt-out per channel (a mobile number can be called, texted and reached on WhatsApp,
// with a separate answer for each).
struct ContactPoint
{
    enum class Kind
    {
        Phone,
        Email,
        Whatsapp
    };

    QUuid id;
    QUuid debtorId;
    Kind kind = Kind::Phone;
    QString value; // phone: digits with DDD, "11987654321"; e-mail: as typed, lowercase
    QString label; // "celular", "trabalho", "residencial", free text
    bool primary = false;
    // Per-channel flags. A channel not offered by the kind is simply false.
    bool consentVoice = false, consentSms = false, consentWhatsapp = false, consentEmail = false;
    bool optOutVoice = false, optOutSms = false, optOutWhatsapp = false, optOutEmail = false;

    // Whether this point may be used on the channel: consented and not opted out.
    bool allows(Channel channel) const;
    // A Brazilian phone as typed ("(11) 98765-4321", "+55 11 98765 4321") to its
    // canonical digits with DDD: 10 digits (landline) or 11 starting with 9 (mobile).
    static Result<QString> normalizePhone(const QString &text,
                                          const QString &field = QStringLiteral("phone"));
    // An e-mail address, trimmed and lowercased; refuses what cannot be an address.
    static Result<QString> normalizeEmail(const QString &text,
                                          const QString &field = QStringLiteral("email"));

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

} // namespace quita
