#include "Settings.h"

#include <QStandardPaths>

namespace quita {

Settings::Settings() : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &file)
    : m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::AgentName:
        return QStringLiteral("desk/agent");
    case Key::DataDirectory:
        return QStringLiteral("store/directory");
    case Key::ServerUrl:
        return QStringLiteral("server/url");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::SplitterState:
        return QStringLiteral("window/splitter");
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
    case Key::DataDirectory:
    case Key::ServerUrl:
        return QString();
    case Key::AgentName:
        return qEnvironmentVariable("USER", QStringLiteral("agent"));
    default:
        return {};
    }
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

QString Settings::agentName() const
{
    const QString name = value(Key::AgentName).toString().trimmed();
    return name.isEmpty() ? defaultValue(Key::AgentName).toString() : name;
}

QString Settings::dataDirectory() const
{
    const QString dir = value(Key::DataDirectory).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

} // namespace quita
