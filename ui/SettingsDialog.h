#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace quita {

class Settings;

// The desk's preferences: interface language and the agent's name.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *agentField() const { return m_agent; }
    void accept() override;

private:
    Settings &m_settings;
    QComboBox *m_language;
    QLineEdit *m_agent;
};

} // namespace quita
