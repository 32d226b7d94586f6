// SPDX-License-Identifier: GPL-3.0-or-later
// CONTRACT for core/publishing/PublishPath.h (owned by the publishpath engineer; the desktop
// engineer builds the Publishing tab against exactly these names). Members may be ADDED; none
// renamed or removed.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace td {

// One way a package can be published today.
enum class PublishRoute {
    OidcDirect,      // trust config allowing createPackage (survives January 2027)
    OidcStageOnly,   // trust config allowing only createStagedPackage (survives)
    StageOnlyToken,  // read-write-stage-only granular token (survives; needs approval)
    DirectToken,     // granular read-write token that does not bypass 2FA (at risk: docs word it wide)
    Bypass2faToken,  // granular read-write bypassing 2FA (stops direct publishing January 2027)
};

struct PublishWay {
    PublishRoute route = PublishRoute::DirectToken;
    QString label;        // plain words: "GitHub Actions acme/widgets, publish.yml, env npm" or the token's name
    QString tokenKey;     // the registry's token key when route is a token, else empty
    QStringList usedIn;   // where that token is referenced (~/.npmrc, .github/workflows/x.yml, CI secret NAME)
};

enum class LastReleaseSource { TrustedPublisher, Staged, Token, Unknown };

struct LastRelease {
    QString version;      // empty: never published
    QDateTime published;
    LastReleaseSource source = LastReleaseSource::Unknown;
    QString publisher;    // _npmUser.name
    bool attested = false; // dist.attestations present
};

enum class PublishVerdict {
    Ready,     // OIDC, or stage-only with approval, and no direct-publish token in use
    AtRisk,    // some direct-publish token still in use: stops (or may stop) in January 2027
    NoPath,    // no trust config and no token that can publish it
    Unknown,   // facts could not be read (offline, 401, ...): never guessed
};

enum class WayOut {
    None,               // Ready: nothing to do
    TrustedPublishing,  // trust wizard, stage-only allowed action by default
    StageOnlyToken,     // replace the direct token(s) by a stage-only token, references rewritten
};

struct PackagePublishPath {
    QString account;      // the account id TokenDesk knows it by
    QString registry;     // registry URL
    QString package;
    QList<PublishWay> ways;
    LastRelease last;
    PublishVerdict verdict = PublishVerdict::Unknown;
    QString reason;       // translated, one or two plain sentences naming the token/config and where it is used
    QStringList unknowns; // translated facts that could not be known (e.g. npm has no API to read publishing access)
    WayOut wayOut = WayOut::None;
};

} // namespace td

Q_DECLARE_METATYPE(td::PackagePublishPath)
