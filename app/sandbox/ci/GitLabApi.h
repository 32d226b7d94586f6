// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GitLab emulation's route files share (GitLabCiRoutes.cpp, GitLabVariableRoutes.cpp).
#include "sandbox/Context.h"
#include "sandbox/Router.h"

#include <QJsonValue>

namespace td::sandbox::gitlab {

inline const QString kApi = QStringLiteral("/-/ci/gitlab/api/v4");
inline const QString kOAuth = QStringLiteral("/-/ci/gitlab/oauth");
inline const QString kProvider = QStringLiteral("gitlab");

// GitLab's error body: {"message": text} (a string, or an object of field errors).
HttpResponse message(int status, const QJsonValue &text);
// The credential of "PRIVATE-TOKEN: x" or "Authorization: Bearer x"; null when unknown.
const CiCredential *signedIn(Context &ctx, const HttpRequest &request);

// Project and group variables under kApi (GitLabVariableRoutes.cpp); called by addGitLabCiRoutes.
void addGitLabVariableRoutes(Router &router, Context &ctx);

} // namespace td::sandbox::gitlab
