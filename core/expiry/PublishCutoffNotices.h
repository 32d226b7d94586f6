// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace td {

class Clock;

// A token that publishes directly, with the CI places that use it (workflow files, CI secrets).
struct CutoffCandidate
{
    Token token;
    QStringList ciPlaces; // ".github/workflows/release.yml", … (empty: not used in CI)
};

// "npm token 'ci-publish' is used in CI and stops publishing in January 2027": one notice.
struct CutoffNotice
{
    QString tokenKey;
    QString tokenName;
    QString text; // translated, names the token and where CI uses it
};

// The desktop notice for direct-publish tokens used in CI, from mid-December 2026 on: npm ends
// direct publishing with tokens in January 2027 without naming the day, so the last two weeks
// of December are the warning window. Each token is announced at most once a week; what was
// shown is remembered in a JSON file (atomic writes) so restarts do not repeat it.
class PublishCutoffNotices
{
public:
    PublishCutoffNotices(const Clock &clock, QString memoryPath);

    static QDateTime noticesStart(); // 2026-12-15 00:00 UTC
    static constexpr std::chrono::hours kRepeatAfter{24 * 7};

    // A missing file is an empty memory; a damaged one is reported and then ignored.
    Result<void> load();

    // The notices due now; nothing before noticesStart(), nothing for tokens that do not publish
    // directly or are not used in CI, nothing shown less than a week ago.
    QList<CutoffNotice> due(const QList<CutoffCandidate> &candidates) const;
    // Call once the notice reached the user; saved at once.
    Result<void> markShown(const QString &tokenKey);
    QDateTime lastShown(const QString &tokenKey) const { return m_shown.value(tokenKey); }

private:
    const Clock &m_clock;
    QString m_path;
    QHash<QString, QDateTime> m_shown;
};

} // namespace td
