// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/GitRemote.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace td {

// package.json `repository`: either a string ("github:o/r", "o/r", a URL) or an object
// {type, url, directory}. Both forms end up here.
struct RepositoryField
{
    bool present = false;
    bool isShorthandString = false; // written as a plain string, not an object
    QString url;                    // the string as written (shorthand or URL)
    QString directory;              // monorepo sub-folder, "" when absent

    std::optional<GitRemote> location() const
    {
        return present ? GitRemote::fromRepositoryField(url) : std::nullopt;
    }
};

// What trusted publishing needs to know about one package.json.
struct PackageInfo
{
    QString relativeDir;  // "" for the repository root, else "packages/core"
    QString manifestPath; // absolute path of package.json
    QString name;
    QString version;
    bool isPrivate = false;
    RepositoryField repository;
    QJsonObject publishConfig;
};

// Reads one package.json; InvalidInput with the file name when it is not a JSON object.
class PackageManifest
{
public:
    static PackageInfo fromJson(const QJsonObject &json, const QString &relativeDir,
                                const QString &manifestPath);
};

} // namespace td
