#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace quita {

class Settings;

// The desk's preferences: interface language, the agent's name, the central server.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *agentField() const { return m_agent; }
    QLineEdit *serverField() const { return m_server; }
    void accept() override;

private:
    Settings &m_settings;
    QComboBox *m_language;
    QLineEdit *m_agent;
    QLineEdit *m_server;
};

} // namespace quita
