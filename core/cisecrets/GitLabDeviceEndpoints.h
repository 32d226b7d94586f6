// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiDeviceFlow.h"
#include "core/util/Result.h"

namespace td {

// GitLab's OAuth device flow (GitLab >= 17.9) for `apiBase`: <web>/oauth/authorize_device and
// <web>/oauth/token, where <web> is the API base minus "/api/v4" ("https://gitlab.com/api/v4" ->
// "https://gitlab.com"; the sandbox's "<S>/-/ci/gitlab/api/v4" -> "<S>/-/ci/gitlab"). GitLab's
// device flow needs the OAuth application registered on that instance: `clientId` is its
// Application ID. Without one an Unsupported error says how to sign in with a pasted token
// instead. Scope "api" is what CI/CD variables need; access tokens last 2 hours.
Result<CiDeviceEndpoints> gitLabDeviceEndpoints(const QUrl &apiBase, const QString &clientId,
                                                const QString &scope = QStringLiteral("api"));

} // namespace td
