#include "CraFileName.h"

#include <QCoreApplication>

namespace quita {

namespace {

Error nameError(const char *code, const char *field, const char *text)
{
    return Error{QString::fromLatin1(code), QString::fromLatin1(field),
                 QCoreApplication::translate("CraFileName", text)};
}

Result<QString> make(const char *prefix, const QString &presenterCode, const QDate &date,
                     int sequence)
{
    const QString code = presenterCode.trimmed();
    if (code.isEmpty())
        return nameError("required", "presenter_code",
                         QT_TRANSLATE_NOOP("CraFileName", "The presenter code is required."));
    for (QChar c : code) {
        if (!(c >= u'0' && c <= u'9') && !(c >= u'A' && c <= u'Z'))
            return nameError("characters", "presenter_code",
                             QT_TRANSLATE_NOOP("CraFileName",
                                               "The presenter code has digits and capital "
                                               "letters only."));
    }
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return nameError("required", "date",
                         QT_TRANSLATE_NOOP("CraFileName", "A valid file date is required."));
    if (sequence < 1 || sequence > 9)
        return nameError(
            "sequence", "sequence",
            QT_TRANSLATE_NOOP("CraFileName", "The file sequence of the day is one digit, 1 to 9."));
    return QLatin1String(prefix) + code + date.toString(QStringLiteral("ddMM")) + u'.' +
           date.toString(QStringLiteral("yy")) + QChar(u'0' + sequence);
}

} // namespace

Result<QString> CraFileName::remittance(const QString &presenterCode, const QDate &date,
                                        int sequence)
{
    return make("B", presenterCode, date, sequence);
}

Result<QString> CraFileName::confirmation(const QString &presenterCode, const QDate &date,
                                          int sequence)
{
    return make("C", presenterCode, date, sequence);
}

Result<QString> CraFileName::returnFile(const QString &presenterCode, const QDate &date,
                                        int sequence)
{
    return make("R", presenterCode, date, sequence);
}

Result<QString> CraFileName::withdrawal(const QString &presenterCode, const QDate &date,
                                        int sequence)
{
    return make("DP", presenterCode, date, sequence);
}

Result<QString> CraFileName::cancellation(const QString &presenterCode, const QDate &date,
                                          int sequence)
{
    return make("CP", presenterCode, date, sequence);
}

} // namespace quita
