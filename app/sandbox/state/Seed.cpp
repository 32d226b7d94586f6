// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seed.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace td::sandbox {

std::optional<QJsonObject> loadSeed(const QString &nameOrPath, QString *error)
{
    if (nameOrPath == QLatin1String("empty"))
        return QJsonObject{};
    // Built-in seeds: the demo story, and issue 22's publish-watch story.
    const QString path = nameOrPath == QLatin1String("demo")
        ? QStringLiteral(":/sandbox/demo-seed.json")
        : nameOrPath == QLatin1String("watch") ? QStringLiteral(":/sandbox/watch-seed.json")
                                               : nameOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read seed %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("seed %1 is not a JSON object: %2")
                     .arg(path, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace td::sandbox
