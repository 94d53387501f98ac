#include "domain/payment/FreeFieldDigits.h"

#include <QCoreApplication>

namespace quita {

bool isAllDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Result<QString> freeFieldDigits(const QString &value, const char *field, qsizetype width)
{
    const QString name = QString::fromLatin1(field);
    const QString v = value.trimmed();
    if (v.isEmpty())
        return Error{QStringLiteral("empty"), name,
                     QCoreApplication::translate("BoletoFreeField", "%1: required").arg(name)};
    if (!isAllDigits(v))
        return Error{
            QStringLiteral("characters"), name,
            QCoreApplication::translate("BoletoFreeField", "%1: use digits only").arg(name)};
    if (v.size() > width)
        return Error{QStringLiteral("length"), name,
                     QCoreApplication::translate("BoletoFreeField", "%1: at most %2 digits")
                         .arg(name)
                         .arg(width)};
    return v.rightJustified(width, u'0');
}

} // namespace quita
