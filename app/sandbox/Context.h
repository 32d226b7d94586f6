// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/SandboxState.h"

#include <QUrl>

namespace td::sandbox {

// Which npmjs rules apply: today's (default), or October 2025, when classic tokens could still
// be created and used (for migration practice).
enum class Era { Current, Oct2025 };

// What route handlers share: the state, the era and the public base URL.
struct Context
{
    SandboxState state;
    Era era = Era::Current;
    QUrl baseUrl; // "http://127.0.0.1:<port>/"

    QString url(const QString &pathAndQuery) const
    {
        QString base = baseUrl.toString();
        if (base.endsWith(QLatin1Char('/')) && pathAndQuery.startsWith(QLatin1Char('/')))
            base.chop(1);
        return base + pathAndQuery;
    }
};

} // namespace td::sandbox
