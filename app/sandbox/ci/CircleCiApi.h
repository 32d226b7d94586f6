// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the CircleCI emulation's route files share (CircleCiRoutes.cpp, CircleCiContextRoutes.cpp).
#include "sandbox/Context.h"
#include "sandbox/Router.h"

#include <QUuid>

#include <optional>

namespace td::sandbox::circleci {

inline const QString kApi = QStringLiteral("/-/ci/circleci/api/v2");
inline const QString kProvider = QStringLiteral("circleci");
// Context and user ids are UUIDs derived from names in this namespace (stable across restarts).
inline const QUuid kIdNamespace(QStringLiteral("6f1c2b7e-5d0a-4c1e-9b8f-3a2d1c0b0e0f"));

// CircleCI's error body: {"message": text}.
HttpResponse message(int status, const QString &text);
// CircleCI never shows a value: "xxxx" and its last four characters.
QString masked(const QByteArray &value);
// An environment variable name CircleCI accepts.
bool validName(const QString &name);

// Checks in CircleCI's order: a known Circle-Token (401), the thing asked about exists (404 with
// `missing`, when given), permission "all" (403). An empty answer (status 0) lets the call go on.
HttpResponse admit(Context &ctx, const HttpRequest &request, const QString &missing = {},
                   const CiCredential **who = nullptr);

// Paging: next_page_token is the next offset, opaque to clients. nullopt for a bad page-token.
std::optional<int> pageStart(const HttpRequest &request);
HttpResponse page(const QJsonArray &all, int start);
HttpResponse badPageToken();

// /context… (CircleCiContextRoutes.cpp); called by addCircleCiRoutes.
void addCircleCiContextRoutes(Router &router, Context &ctx);

} // namespace td::sandbox::circleci
