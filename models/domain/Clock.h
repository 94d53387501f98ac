#pragma once

#include <QDate>
#include <QDateTime>

namespace quita {

// "Now" as a parameter: due dates, promise expiry and call hours all depend on it,
// and tests pin it (the idea of KeePassXC's MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The desk's calendar day (local time of the machine).
    virtual QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace quita
