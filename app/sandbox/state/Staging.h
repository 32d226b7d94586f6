// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Model.h"

#include <QMap>

#include <optional>

namespace td::sandbox::staging {

// What npmjs publishes when staging creates a new name [M]: a public placeholder version.
inline constexpr auto kPlaceholderVersion = "0.0.0-stage";

// The publisher name npmjs shows for trusted publishing: "GitHub Actions", "GitLab CI/CD",
// "CircleCI".
QString oidcLabel(const QString &provider);

// A new package whose only version is the 0.0.0-stage placeholder (dist-tag latest, no tarball).
Package placeholderPackage(const QString &name, const QString &owner, const QString &access,
                           const QDateTime &now);

// A real .tgz from {"package/index.js": "text", …}; "package/package.json" comes from `manifest`
// unless `files` has it.
QByteArray tarballFromFiles(const QJsonObject &files, const QJsonObject &manifest);

// A staged version from a seed object (seed "staged" and POST /-/sandbox/staged; format in the
// README). "create": true makes a missing package with the placeholder. nullopt + *error when
// the object is invalid.
std::optional<StagedVersion> fromSeed(const QJsonObject &o, QMap<QString, Package> &packages,
                                      const QMap<QString, User> &users, qint64 validationSeconds,
                                      const QDateTime &now, QString *error);

// The seed form that fromSeed reads back (the --state file); withTarball=false for the
// control API's dump.
QJsonObject toSeed(const StagedVersion &s, bool withTarball);

} // namespace td::sandbox::staging
