#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace quita {

// The file dialogs and questions of the protest screens, with seams for tests (as
// KeePassXC's MessageBox::setNextAnswer): a preset answer is used once instead of showing
// a modal dialog.
class ProtestPrompts
{
public:
    // An empty string: the user cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption,
                                const QString &suggestedName, const QString &filter);
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptLabel);

    // Writes `bytes` exactly; an error sentence, or empty on success.
    static QString writeFile(const QString &path, const QByteArray &bytes);

    // Seams: the next open or save dialog answers `path` (empty: cancelled), the next
    // question `yes`; each is used once.
    static void setNextFileName(const QString &path);
    static void setNextAnswer(bool yes);
    // Where the dialogs start (default: the user's documents).
    static void setDirectory(const QString &directory);
};

} // namespace quita
