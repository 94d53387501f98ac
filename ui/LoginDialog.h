#pragma once

#include "FieldErrorMarker.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace quita {

class SyncController;

// Sign in to the central server: its address (kept in the settings), user name and
// password. The password only travels to the server; it is never stored.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(SyncController &sync, const QString &server, const QString &username,
                QWidget *parent = nullptr);

    QString server() const;
    QString username() const;

    // For tests and --user: fills the fields and signs in.
    void signIn(const QString &username, const QString &password);

private:
    void attempt();

    SyncController &m_sync;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    FieldErrorMarker m_marker;
    QPushButton *m_signIn;
};

} // namespace quita
