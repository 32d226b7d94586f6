// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ci/CiState.h"
#include "sandbox/state/SandboxState.h"

#include <QUrl>

namespace td::sandbox {

// Which npmjs rules apply: today's (default); October 2025, when classic tokens could still be
// created and used (for migration practice); or January 2027, today's rules plus the cut-over that
// ends direct publishing with bypass-2FA tokens (they can still stage).
enum class Era { Current, Oct2025, Jan2027 };

// What route handlers share: the state, the era and the public base URL.
struct Context
{
    SandboxState state;
    CiState ci; // the CI services' emulations (app/sandbox/ci/)
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
