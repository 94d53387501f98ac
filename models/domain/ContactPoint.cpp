#include "ContactPoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace quita {

Result<QString> ContactPoint::normalizePhone(const QString &text, const QString &field)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!QStringLiteral(" ()-.+").contains(c))
            return Error{QStringLiteral("characters"), field,
                         QCoreApplication::translate(
                             "ContactPoint", "Phone: use digits only, e.g. (11) 98765-4321")};
    }
    if (digits.startsWith(QLatin1String("55")) && (digits.size() == 12 || digits.size() == 13))
        digits.remove(0, 2); // country code
    if (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1); // long-distance prefix
    const bool landline = digits.size() == 10 && digits.at(2) != QLatin1Char('9');
    const bool mobile = digits.size() == 11 && digits.at(2) == QLatin1Char('9');
    if (!landline && !mobile)
        return Error{
            QStringLiteral("length"), field,
            QCoreApplication::translate(
                "ContactPoint", "Phone: enter the DDD and the number, e.g. (11) 98765-4321")};
    if (digits.at(0) == QLatin1Char('0') || digits.at(1) == QLatin1Char('0'))
        return Error{QStringLiteral("ddd"), field,
                     QCoreApplication::translate("ContactPoint", "Phone: %1 is not a valid DDD")
                         .arg(digits.left(2))};
    return digits;
}

Result<QString> ContactPoint::normalizeEmail(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    const QString email = text.trimmed().toLower();
    if (!pattern.match(email).hasMatch())
        return Error{
            QStringLiteral("format"), field,
            QCoreApplication::translate("ContactPoint", "E-mail: %1 is not an e-mail address")
                .arg(text.trimmed())};
    return email;
}

bool ContactPoint::allows(Channel channel) const
{
    switch (channel) {
    case Channel::Phone:
        return kind == Kind::Phone && consentVoice && !optOutVoice;
    case Channel::Sms:
        return kind == Kind::Phone && consentSms && !optOutSms;
    case Channel::Whatsapp:
        return (kind == Kind::Phone || kind == Kind::Whatsapp) && consentWhatsapp &&
               !optOutWhatsapp;
    case Channel::Email:
        return kind == Kind::Email && consentEmail && !optOutEmail;
    default:
        return false;
    }
}

QString ContactPoint::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Whatsapp:
        return QStringLiteral("whatsapp");
    }
    return {};
}

ContactPoint::Kind ContactPoint::kindFromName(const QString &name)
{
    if (name == QLatin1String("email"))
        return Kind::Email;
    if (name == QLatin1String("whatsapp"))
        return Kind::Whatsapp;
    return Kind::Phone;
}

} // namespace quita
