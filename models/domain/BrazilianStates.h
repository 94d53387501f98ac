#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace quita {

// The 26 states and the Federal District: UF code, name and the IANA time zone of
// the capital (Brazil has had no daylight saving since 2019, so each state has a
// fixed offset; the zone keeps history right for old activities).
struct BrazilianState
{
    QString code;    // "SP"
    QString name;    // "São Paulo"
    QByteArray zone; // "America/Sao_Paulo"
};

class BrazilianStates
{
public:
    static const QList<BrazilianState> &all();
    static const BrazilianState *find(const QString &code);
    static bool isValid(const QString &code) { return find(code) != nullptr; }
    // The debtor's local time for a UTC instant; falls back to São Paulo time for an
    // unknown state.
    static QDateTime localTime(const QString &code, const QDateTime &utc);
    static QTimeZone timeZone(const QString &code);
};

} // namespace quita
