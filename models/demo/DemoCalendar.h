#pragma once

#include <QDate>
#include <QStringList>

#include <vector>

namespace quita::demo {

constexpr int kPlacementDays = 547; // placements within the last 18 months
constexpr int kFutureDays = 14;     // callbacks and promises after today
constexpr int kSecondsPerDay = 86400;

// The generator's days, indexed from 18 months before today (day 0) to two weeks after
// it, with each state's offset from UTC on each of them.
class DemoCalendar
{
public:
    explicit DemoCalendar(const QDate &today);

    const QDate &today() const { return m_today; }
    int todayDay() const { return m_todayDay; }
    int yearStartDay() const { return m_yearStartDay; } // today minus 12 months
    int totalDays() const { return m_totalDays; }

    // The UTC instant of a local time (seconds after midnight) on a day in a state
    // (an index into demo::states()).
    qint64 utcSeconds(int state, int day, int secondOfDay) const
    {
        return (m_baseJd + day - kUnixEpochJulianDay) * kSecondsPerDay + secondOfDay -
               m_offsets[size_t(state)][size_t(day)];
    }
    QDate dateOf(int day) const { return QDate::fromJulianDay(m_baseJd + day); }
    int dayOf(const QDate &date) const { return int(date.toJulianDay() - m_baseJd); }
    int dayOfWeek(int day) const { return m_dayOfWeek[size_t(day)]; } // 1 = Monday .. 7 = Sunday
    const QString &dayLabel(int day) const { return m_dayLabels.at(day); } // "dd/MM"

private:
    static constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

    QDate m_today;
    qint64 m_baseJd = 0;
    int m_todayDay = 0;
    int m_yearStartDay = 0;
    int m_totalDays = 0;
    std::vector<std::vector<int>> m_offsets; // per state and day, seconds east of UTC
    std::vector<int> m_dayOfWeek;
    QStringList m_dayLabels;
};

} // namespace quita::demo
