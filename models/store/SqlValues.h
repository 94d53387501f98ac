#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

// How domain values are written to and read from SQLite columns: ids as text UUIDs
// without braces, calendar days as ISO dates, instants as integer milliseconds since
// the epoch (UTC), NULL for invalid values.
namespace quita::sql {

inline QVariant id(const QUuid &uuid)
{
    return uuid.isNull() ? QVariant() : QVariant(uuid.toString(QUuid::WithoutBraces));
}
inline QUuid toId(const QVariant &v)
{
    return QUuid::fromString(v.toString());
}

// A NOT NULL text column: Qt binds a null QString as SQL NULL, so write "" instead.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant instant(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}
inline QDateTime toInstant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace quita::sql
