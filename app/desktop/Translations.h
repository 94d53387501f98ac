#pragma once

#include <QString>

class QCoreApplication;

namespace quita {

// Installs Quita's and Qt's own translations for `language` ("pt_BR", "es", "en"), or
// for the system locale when it is empty, and makes that locale the default so
// numbers, dates and money follow it. Returns the locale name in use.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace quita
