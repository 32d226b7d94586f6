// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publishing/PublishPath.h"

#include <QCoreApplication>

namespace td {

QString publishRouteId(PublishRoute route)
{
    switch (route) {
    case PublishRoute::OidcDirect:
        return QStringLiteral("oidc-direct");
    case PublishRoute::OidcStageOnly:
        return QStringLiteral("oidc-stage-only");
    case PublishRoute::StageOnlyToken:
        return QStringLiteral("stage-only-token");
    case PublishRoute::DirectToken:
        return QStringLiteral("direct-token");
    case PublishRoute::Bypass2faToken:
        return QStringLiteral("bypass-2fa-token");
    }
    return {};
}

QString lastReleaseSourceId(LastReleaseSource source)
{
    switch (source) {
    case LastReleaseSource::TrustedPublisher:
        return QStringLiteral("trusted-publisher");
    case LastReleaseSource::Staged:
        return QStringLiteral("staged");
    case LastReleaseSource::Token:
        return QStringLiteral("token");
    case LastReleaseSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString publishVerdictId(PublishVerdict verdict)
{
    switch (verdict) {
    case PublishVerdict::Ready:
        return QStringLiteral("ready");
    case PublishVerdict::AtRisk:
        return QStringLiteral("at-risk");
    case PublishVerdict::NoPath:
        return QStringLiteral("no-path");
    case PublishVerdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString wayOutId(WayOut wayOut)
{
    switch (wayOut) {
    case WayOut::TrustedPublishing:
        return QStringLiteral("trusted-publishing");
    case WayOut::StageOnlyToken:
        return QStringLiteral("stage-only-token");
    case WayOut::None:
        break;
    }
    return QStringLiteral("none");
}

QString publishRouteLabel(PublishRoute route)
{
    switch (route) {
    case PublishRoute::OidcDirect:
        return QCoreApplication::translate("td::PublishPath", "trusted publishing (direct)");
    case PublishRoute::OidcStageOnly:
        return QCoreApplication::translate("td::PublishPath", "trusted publishing (stage only)");
    case PublishRoute::StageOnlyToken:
        return QCoreApplication::translate("td::PublishPath", "stage-only token");
    case PublishRoute::DirectToken:
        return QCoreApplication::translate("td::PublishPath", "direct-publish token");
    case PublishRoute::Bypass2faToken:
        return QCoreApplication::translate("td::PublishPath", "bypass-2FA token");
    }
    return {};
}

QString lastReleaseSourceLabel(LastReleaseSource source)
{
    switch (source) {
    case LastReleaseSource::TrustedPublisher:
        return QCoreApplication::translate("td::PublishPath", "trusted publisher");
    case LastReleaseSource::Staged:
        return QCoreApplication::translate("td::PublishPath", "staged, then approved");
    case LastReleaseSource::Token:
        return QCoreApplication::translate("td::PublishPath", "token or npm login");
    case LastReleaseSource::Unknown:
        break;
    }
    return QCoreApplication::translate("td::PublishPath", "unknown");
}

QString publishVerdictLabel(PublishVerdict verdict)
{
    switch (verdict) {
    case PublishVerdict::Ready:
        return QCoreApplication::translate("td::PublishPath", "ready");
    case PublishVerdict::AtRisk:
        return QCoreApplication::translate("td::PublishPath", "at risk in January 2027");
    case PublishVerdict::NoPath:
        return QCoreApplication::translate("td::PublishPath", "no publish path");
    case PublishVerdict::Unknown:
        break;
    }
    return QCoreApplication::translate("td::PublishPath", "unknown");
}

QString wayOutLabel(WayOut wayOut)
{
    switch (wayOut) {
    case WayOut::TrustedPublishing:
        return QCoreApplication::translate("td::PublishPath",
                                           "trusted publishing (stage only by default)");
    case WayOut::StageOnlyToken:
        return QCoreApplication::translate("td::PublishPath", "a stage-only token with approval");
    case WayOut::None:
        break;
    }
    return QCoreApplication::translate("td::PublishPath", "nothing to do");
}

bool isDirectPublishToken(PublishRoute route)
{
    return route == PublishRoute::DirectToken || route == PublishRoute::Bypass2faToken;
}

} // namespace td
