#include "SettingsDialog.h"

#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QUrl>
#include <QVBoxLayout>

namespace quita {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_agent(new QLineEdit(this)), m_server(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    // Each language is shown in itself, so a person can find their own.
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_agent->setObjectName(QStringLiteral("settingsAgent"));
    m_agent->setText(settings.agentName());
    m_server->setObjectName(QStringLiteral("settingsServer"));
    m_server->setText(settings.value(Settings::Key::ServerUrl).toString());
    m_server->setPlaceholderText(tr("none: this desk works on its own"));
    auto *serverNote =
        new QLabel(tr("The address of the Quita server, e.g. https://quita.example.com.br. "
                      "A new address applies the next time Quita starts."),
                   this);
    serverNote->setWordWrap(true);
    serverNote->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *note = new QLabel(tr("A new language applies the next time Quita starts."), this);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Agent name:"), m_agent);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), serverNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    if (m_agent->text().trimmed().isEmpty()) {
        m_agent->setFocus();
        QMessageBox::warning(this, windowTitle(),
                             tr("Agent name: enter the name that signs your contacts."));
        return;
    }
    const QString server = m_server->text().trimmed();
    const QUrl url(server);
    if (!server.isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))) {
        m_server->setFocus();
        QMessageBox::warning(this, windowTitle(),
                             tr("Server: enter an address starting with https:// (or http:// "
                                "inside the office network), or leave it empty."));
        return;
    }
    m_settings.setValue(Settings::Key::Language, m_language->currentData());
    m_settings.setValue(Settings::Key::ServerUrl, server);
    m_settings.setValue(Settings::Key::AgentName, m_agent->text().trimmed());
    QDialog::accept();
}

} // namespace quita
