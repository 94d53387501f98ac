#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace quita {

// Every desktop setting in one place, typed, with its default (the idea of
// KeePassXC's Config and qBittorrent's SettingValue). Admin-provided defaults come from
// /etc/xdg/Quita/Quita.conf through QSettings' system scope; tests give a file path.
class Settings
{
public:
    enum class Key
    {
        Language,      // "" follows the system; "pt_BR", "es", "en"
        AgentName,     // who logs contacts on this desk
        DataDirectory, // where the local store lives; "" = the platform default
        ServerUrl,     // the central server (issue: central server)
        WindowGeometry,
        WindowState,
        SplitterState,
    };

    Settings();                             // the user's settings
    explicit Settings(const QString &file); // an explicit INI file (tests, --settings)

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString language() const { return value(Key::Language).toString(); }
    QString agentName() const;
    QString dataDirectory() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace quita
