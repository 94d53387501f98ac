#include "ContactPoint.h"

namespace quita {

bool ContactPoint::allows(Channel channel) const
{
    switch (channel) {
    case Channel::Phone:
        return kind == Kind::Phone && consentVoice && !optOutVoice;
    case Channel::Sms:
        return kind == Kind::Phone && consentSms && !optOutSms;
    case Channel::Whatsapp:
        return (kind == Kind::Phone || kind == Kind::Whatsapp) && consentWhatsapp && !optOutWhatsapp;
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
