// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>

namespace td::test {

// The median of some figures and, around it, the 25th and 75th percentiles (nearest rank).
struct Spread
{
    double low = 0, middle = 0, high = 0;
};

inline Spread spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return {};
    const double middle = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {values[n / 4], middle, values[(3 * n) / 4]};
}

// Round by round, a ÷ b (ratio) or a − b: programs of one round run seconds apart, while this
// machine's speed drifts by a third between rounds, so a pair within a round shows what medians
// of each side blur. Rounds where b is 0 have no ratio.
template<typename T>
QList<double> perRound(const QList<T> &a, const QList<T> &b, bool ratio)
{
    QList<double> out;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (!ratio)
            out.append(double(a[i]) - double(b[i]));
        else if (b[i] > 0)
            out.append(double(a[i]) / double(b[i]));
    return out;
}

} // namespace td::test
