// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishing/PublishPath.h"
#include "core/registry/RegistryTypes.h"
#include "core/tokens/Token.h"

namespace td {

// The plain words of a publish path (translated), for classifyPublishPath.
bool isOidcRoute(PublishRoute route);
// "GitHub Actions acme/widgets, publish.yml, environment npm", "GitLab CI/CD group/app, …".
QString trustLabel(const TrustConfig &config);
// "\"release-bot\" (publish (bypasses 2FA))".
QString tokenLabel(const Token &token);
// Names every direct-publish token and where it is used (or that it is unused), says that npm
// ends direct publishing with tokens in January 2027 with no exact day announced, and names the
// ways that survive.
QString atRiskReason(const PackagePublishPath &path);
QString readyReason(const PackagePublishPath &path);
QString noPathReason(const QString &package);
QString unknownReason(const QString &package, const QString &problem);

} // namespace td
