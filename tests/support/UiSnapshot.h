#pragma once

#include <QTest>
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

} // namespace quita::test
