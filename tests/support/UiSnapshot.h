#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace quita::test {

// With QUITA_SCREENSHOT_DIR set, saves what the agent sees at this step (for looking at
// the screens, not for asserting on pixels).
inline void snapshot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("QUITA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let posted layout requests run, as the event loop would
    window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(".png"));
}

// With QUITA_SCREENSHOT_QM set to a compiled translation (build/app/desktop/quita_pt_BR.qm),
// the screens of a test speak that language, to look at them as an agent would. Call it
// before any widget is made.
inline void translateScreens()
{
    const QString qm = qEnvironmentVariable("QUITA_SCREENSHOT_QM");
    if (qm.isEmpty())
        return;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(qm))
        QCoreApplication::installTranslator(translator);
    if (qm.contains(QLatin1String("pt_BR")))
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    else if (qm.contains(QLatin1String("_es")))
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::LatinAmerica));
}

} // namespace quita::test
