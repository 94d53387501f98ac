#include "ProtestPrompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

#include <optional>

namespace quita {
namespace {

QStringList &nextFileNames()
{
    static QStringList names;
    return names;
}

std::optional<bool> &nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

QString &directory()
{
    static QString dir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir;
}

void remember(const QString &path)
{
    if (!path.isEmpty())
        directory() = QFileInfo(path).absolutePath();
}

} // namespace

void ProtestPrompts::setNextFileName(const QString &path)
{
    nextFileNames().append(path);
}

void ProtestPrompts::setNextAnswer(bool yes)
{
    nextAnswer() = yes;
}

void ProtestPrompts::setDirectory(const QString &dir)
{
    directory() = dir;
}

QString ProtestPrompts::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().takeFirst();
    const QString path = QFileDialog::getOpenFileName(parent, caption, directory(), filter);
    remember(path);
    return path;
}

QString ProtestPrompts::saveFileName(QWidget *parent, const QString &caption,
                                     const QString &suggestedName, const QString &filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().takeFirst();
    const QString path = QFileDialog::getSaveFileName(
        parent, caption, QDir(directory()).filePath(suggestedName), filter);
    remember(path);
    return path;
}

bool ProtestPrompts::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &acceptLabel)
{
    if (nextAnswer()) {
        const bool yes = *nextAnswer();
        nextAnswer().reset();
        return yes;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString ProtestPrompts::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("ProtestPrompts",
                                           "The file could not be saved to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace quita
