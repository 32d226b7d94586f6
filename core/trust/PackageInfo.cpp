// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/PackageInfo.h"

namespace td {

PackageInfo PackageManifest::fromJson(const QJsonObject &json, const QString &relativeDir,
                                      const QString &manifestPath)
{
    PackageInfo info;
    info.relativeDir = relativeDir;
    info.manifestPath = manifestPath;
    info.name = json.value(QLatin1String("name")).toString();
    info.version = json.value(QLatin1String("version")).toString();
    // npm treats only the boolean true as private; "true" as a string is a common mistake that
    // npm ignores, and so do we.
    info.isPrivate = json.value(QLatin1String("private")).toBool(false);
    info.publishConfig = json.value(QLatin1String("publishConfig")).toObject();

    const QJsonValue repository = json.value(QLatin1String("repository"));
    if (repository.isString()) {
        info.repository.present = true;
        info.repository.isShorthandString = true;
        info.repository.url = repository.toString();
    } else if (repository.isObject()) {
        const QJsonObject object = repository.toObject();
        info.repository.present = object.contains(QLatin1String("url"));
        info.repository.url = object.value(QLatin1String("url")).toString();
        info.repository.directory = object.value(QLatin1String("directory")).toString();
    }
    return info;
}

} // namespace td
