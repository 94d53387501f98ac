#pragma once

#include "domain/ActivityKinds.h"

#include <QIcon>

namespace quita {

// The icons of the channels and directions, from the ":/icons" resource.
class ChannelIcons
{
public:
    static QIcon channel(Channel channel);
    static QIcon channel(const QString &machineName);
    static QIcon direction(Direction direction);
    static QIcon application();
};

} // namespace quita
