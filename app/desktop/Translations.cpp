#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace quita {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // English is the source; its file only holds plural forms. Other languages without a
    // translation of their own fall back to it as well.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("quita"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/quita_en.qm")))
        QCoreApplication::installTranslator(own);
    if (locale.language() == QLocale::English)
        return locale.name();
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

} // namespace quita
