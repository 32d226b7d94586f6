// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace td::test {

// Captures every Qt log message (all categories, debug level included) while alive, after the
// redacting handler, i.e. exactly what a user's terminal or journal would receive.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const;
    QString all() const { return messages().join(QLatin1Char('\n')); }
};

} // namespace td::test
