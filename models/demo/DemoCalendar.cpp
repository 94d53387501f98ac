#include "DemoCalendar.h"

#include "DemoNames.h"
#include "domain/BrazilianStates.h"

#include <QTimeZone>

namespace quita::demo {

DemoCalendar::DemoCalendar(const QDate &today) : m_today(today)
{
    m_baseJd = m_today.toJulianDay() - kPlacementDays;
    m_todayDay = kPlacementDays;
    m_yearStartDay = dayOf(m_today.addYears(-1));
    m_totalDays = kPlacementDays + 1 + kFutureDays;

    const auto &states = demo::states();
    m_offsets.resize(size_t(states.size()));
    for (qsizetype s = 0; s < states.size(); ++s) {
        const QTimeZone zone = BrazilianStates::timeZone(states.at(s).code);
        auto &offsets = m_offsets[size_t(s)];
        offsets.resize(size_t(m_totalDays));
        for (int day = 0; day < m_totalDays; ++day) {
            const QDateTime noon(dateOf(day), QTime(15, 0), Qt::UTC);
            offsets[size_t(day)] = zone.isValid() ? zone.offsetFromUtc(noon) : -3 * 3600;
        }
    }
    m_dayOfWeek.resize(size_t(m_totalDays));
    for (int day = 0; day < m_totalDays; ++day) {
        m_dayOfWeek[size_t(day)] = int((m_baseJd + day) % 7) + 1;
        m_dayLabels.append(dateOf(day).toString(QStringLiteral("dd/MM")));
    }
}

} // namespace quita::demo
