#include "Promise.h"

namespace quita {

QString Promise::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Kept:
        return QStringLiteral("kept");
    case Status::Broken:
        return QStringLiteral("broken");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Promise::Status Promise::statusFromName(const QString &name)
{
    if (name == QLatin1String("kept"))
        return Status::Kept;
    if (name == QLatin1String("broken"))
        return Status::Broken;
    if (name == QLatin1String("cancelled"))
        return Status::Cancelled;
    return Status::Open;
}

} // namespace quita
