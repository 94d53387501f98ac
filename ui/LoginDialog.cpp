#include "LoginDialog.h"

#include "FieldErrorMarker.h"
#include "item/SyncController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace quita {

LoginDialog::LoginDialog(SyncController &sync, const QString &server, const QString &username,
                         QWidget *parent)
    : QDialog(parent), m_sync(sync), m_server(new QLineEdit(server, this)),
      m_username(new QLineEdit(username, this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_marker(m_error), m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to the Quita server"));
    m_server->setObjectName(QStringLiteral("loginServer"));
    m_server->setPlaceholderText(QStringLiteral("https://quita.example.com.br"));
    m_username->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_signIn->setObjectName(QStringLiteral("loginButton"));
    m_signIn->setDefault(true);

    auto *intro = new QLabel(tr("Your work is kept on this computer and sent to the server "
                                "whenever it can be reached."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&User:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Work &offline"), QDialogButtonBox::RejectRole);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(&m_sync, &SyncController::signedIn, this, [this] {
        m_password->clear();
        accept();
    });
    connect(&m_sync, &SyncController::signInFailed, this, [this](const QString &message) {
        m_signIn->setEnabled(true);
        m_password->clear();
        m_marker.mark(m_password, message);
    });
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

// As a full URL ("quita.example.com.br" becomes "http://quita.example.com.br"), which is
// what the settings and --server expect at the next start.
QString LoginDialog::server() const
{
    const QString typed = m_server->text().trimmed();
    return typed.isEmpty() ? typed : QUrl::fromUserInput(typed).toString();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed().toLower();
}

void LoginDialog::signIn(const QString &username, const QString &password)
{
    m_username->setText(username);
    m_password->setText(password);
    attempt();
}

void LoginDialog::attempt()
{
    const QUrl url(server());
    if (server().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return m_marker.mark(m_server, tr("Server: enter the address your administrator gave you, "
                                          "e.g. https://quita.example.com.br"));
    if (username().isEmpty())
        return m_marker.mark(m_username, tr("User: enter your user name"));
    if (m_password->text().isEmpty())
        return m_marker.mark(m_password, tr("Password: enter your password"));
    m_marker.clear();
    m_signIn->setEnabled(false);
    m_sync.setServer(url);
    m_sync.login(username(), m_password->text());
}

} // namespace quita
