#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace quita {

// The machine names of DOMAIN.md ("Every activity has a channel, a direction and a
// result"). They travel through the database, the API and sync; display names are
// translated.
enum class Channel
{
    Phone,
    Sms,
    Email,
    Whatsapp,
    Chat,
    Social,
    Portal,
    Ivr,
    Letter,
    Visit
};
enum class Direction
{
    Outbound,
    Inbound
};

QString channelName(Channel channel);
std::optional<Channel> channelFromName(const QString &name);
QString channelDisplayName(Channel channel);
QList<Channel> allChannels();

QString directionName(Direction direction);
std::optional<Direction> directionFromName(const QString &name);
QString directionDisplayName(Direction direction);

// Which family of results a channel uses.
enum class ResultFamily
{
    CallOrVisit,
    Message,
    SelfService
};
ResultFamily resultFamily(Channel channel);

// One entry of the result catalogue. Results are data an admin can extend, so the
// catalogue is a value an installation can add to; these are the defaults.
struct ActivityResultInfo
{
    QString name; // machine name, e.g. "rpc"
    ResultFamily family;
    bool rightParty = false; // rpc, refused, ptp, dispute, callback
    bool connect = false;    // right party, third_party, wrong_number
};

class ResultCatalog
{
public:
    static const ResultCatalog &defaults();

    const ActivityResultInfo *find(const QString &name) const;
    QList<ActivityResultInfo> forChannel(Channel channel) const;
    const QList<ActivityResultInfo> &all() const { return m_results; }
    bool isRightParty(const QString &name) const;
    bool isConnect(const QString &name) const;
    // A result valid for the channel (a "read" is not a phone result).
    bool accepts(Channel channel, const QString &result) const;
    void add(const ActivityResultInfo &info);

    static QString displayName(const QString &resultName);

private:
    QList<ActivityResultInfo> m_results;
};

} // namespace quita
