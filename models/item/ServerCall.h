#pragma once

#include <QJsonDocument>
#include <QObject>
#include <QString>

namespace quita {

// One online request to quita-server made through the signed-in session (see
// SyncController::call): the answer arrives once, with finished(). A view keeps the
// pointer while it waits and lets it go after; the object deletes itself after
// finished() has been delivered.
class ServerCall : public QObject
{
    Q_OBJECT
public:
    explicit ServerCall(QObject *parent = nullptr) : QObject(parent) {}

    // 2xx.
    bool ok() const { return m_status >= 200 && m_status < 300; }
    // The HTTP status, or 0 when the server could not be reached or nobody is signed in.
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    // Why it failed, in the user's language where the server or Qt gave one; empty on success.
    const QString &errorMessage() const { return m_error; }

    // Called by SyncController on the UI thread.
    void complete(int status, const QByteArray &body, const QString &error);

signals:
    void finished();

private:
    int m_status = 0;
    QByteArray m_body;
    QString m_error;
};

} // namespace quita
