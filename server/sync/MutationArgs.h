#pragma once

#include "Mutations.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <optional>

namespace quita::server {

// Reads args[name] as the given JSON type; a wrong type is a 400 naming the field.
struct Args
{
    const QJsonObject &json;
    std::optional<Outcome> problem;

    QString text(const char *name, bool required = true)
    {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isString())
            return v.toString();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(name, required && (v.isUndefined() || v.isNull()) ? "is required (a string)"
                                                               : "must be a string");
        return {};
    }
    QUuid uuid(const char *name, bool required = true)
    {
        const QString s = text(name, required);
        if (s.isEmpty())
            return {};
        const QUuid id = QUuid::fromString(s);
        if (id.isNull())
            fail(name, "must be a UUID");
        return id;
    }
    std::optional<qint64> integer(const char *name, bool required = true)
    {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
            return qint64(v.toDouble());
        if ((v.isUndefined() || v.isNull()) && !required)
            return std::nullopt;
        fail(name, "must be a whole number");
        return std::nullopt;
    }
    std::optional<double> number(const char *name, bool required = true)
    {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isDouble())
            return v.toDouble();
        if ((v.isUndefined() || v.isNull()) && !required)
            return std::nullopt;
        fail(name, "must be a number");
        return std::nullopt;
    }
    void fail(const char *name, const char *what)
    {
        if (!problem) {
            const QString field = QLatin1String(name);
            problem =
                Outcome::refused(400, QStringLiteral("type"),
                                 QStringLiteral("%1 %2").arg(field, QLatin1String(what)), field);
        }
    }
};

} // namespace quita::server
