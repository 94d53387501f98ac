#pragma once

namespace quita {

// Backoff a person can predict: the first retry after `firstMs`, each next one twice as
// late, never later than `maxMs` (1 s, 2 s, 4 s, ... 60 s by default). A success resets it.
class RetrySchedule
{
public:
    explicit RetrySchedule(int firstMs = 1000, int maxMs = 60000)
        : m_firstMs(firstMs), m_maxMs(maxMs)
    {}

    // The delay before the next attempt, counting one more failure.
    int nextDelayMs()
    {
        long long delay = m_firstMs;
        for (int i = 0; i < m_failures && delay < m_maxMs; ++i)
            delay *= 2;
        ++m_failures;
        return delay < m_maxMs ? int(delay) : m_maxMs;
    }
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_firstMs;
    int m_maxMs;
    int m_failures = 0;
};

} // namespace quita
