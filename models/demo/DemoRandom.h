#pragma once

#include <QList>
#include <QUuid>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <vector>

namespace quita::demo {

// Reproducible randomness. std::mt19937_64 is specified bit for bit by the standard;
// the distributions are not, so the generator draws through these helpers only
// (integers; unit() is an exact 53-bit fraction). The only floating point elsewhere is
// plain IEEE multiplication and division in the activity budget, the same everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform in [0, n); the modulo bias is below 2^-40 for every range used here.
    quint64 below(quint64 n) { return n <= 1 ? 0 : m_engine() % n; }
    int index(qsizetype size) { return int(below(quint64(size))); }
    // Uniform in [lo, hi], inclusive.
    int between(int lo, int hi) { return hi <= lo ? lo : lo + int(below(quint64(hi - lo) + 1)); }
    bool chance(int perMille) { return int(below(1000)) < perMille; }
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }

    // A version 4 (random) UUID built from the engine, so ids repeat with the seed.
    QUuid uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000),
                     uchar(((b >> 56) & 0x3f) | 0x80), uchar(b >> 48), uchar(b >> 40),
                     uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(index(list.size()));
    }

private:
    std::mt19937_64 m_engine;
};

// Cumulative weights for a categorical draw.
class Weighted
{
public:
    Weighted() = default;
    Weighted(std::initializer_list<int> weights)
    {
        for (int w : weights)
            add(w);
    }
    void add(int weight)
    {
        m_total += weight;
        m_cumulative.push_back(m_total);
    }
    int pick(Rng &rng) const
    {
        const int r = int(rng.below(quint64(m_total)));
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) -
                   m_cumulative.begin());
    }
    bool isEmpty() const { return m_total == 0; }

private:
    std::vector<int> m_cumulative;
    int m_total = 0;
};

} // namespace quita::demo
