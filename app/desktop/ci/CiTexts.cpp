// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ci/CiTexts.h"

#include <QCoreApplication>

namespace td {

namespace {
// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::CiTexts)
};
} // namespace

QString ciUpdatedAgo(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return Tr::tr("updated just now");
    if (seconds < 3600)
        return Tr::tr("updated %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return Tr::tr("updated %n hour(s) ago", nullptr, int(seconds / 3600));
    return Tr::tr("updated %n day(s) ago", nullptr, int(seconds / 86400));
}

QString ciSecretLine(const CiSecretTarget &target, const CiSecretState *state, bool connected,
                     const QDateTime &now)
{
    if (!connected) {
        //: %1 is a CI secret ("secret NPM_TOKEN in acme/widgets"), %2 a service ("GitHub")
        return Tr::tr("%1 — not connected: connect %2 to update it automatically")
            .arg(target.label(), ciProviderLabel(target.provider()));
    }
    if (!state)
        return Tr::tr("%1 — checking…").arg(target.label());
    if (!state->exists)
        return Tr::tr("%1 — not found in %2")
            .arg(target.label(), ciProviderLabel(target.provider()));
    const QString ago = ciUpdatedAgo(state->updatedAt, now);
    //: %1 is a CI secret ("secret NPM_TOKEN in acme/widgets"), %2 "updated 41 days ago"
    return ago.isEmpty() ? target.label() : Tr::tr("%1, %2").arg(target.label(), ago);
}

QString ciGraceCountdown(const QDateTime &revokeAfter, const QDateTime &now)
{
    const qint64 left = now.secsTo(revokeAfter);
    if (!revokeAfter.isValid() || left <= 0)
        return Tr::tr("revoking the old token…");
    const qint64 minutes = left / 60;
    const qint64 seconds = left % 60;
    if (minutes == 0)
        return Tr::tr("old token revoked in %1 s").arg(seconds);
    //: a countdown: "old token revoked in 9 min 12 s"
    return Tr::tr("old token revoked in %1 min %2 s").arg(minutes).arg(seconds);
}

} // namespace td
