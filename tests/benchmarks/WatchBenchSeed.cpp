// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchBenchSeed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::test {

QString watchBenchPackage(int i)
{
    return QStringLiteral("@bench/watch-%1").arg(i, 3, 10, QLatin1Char('0'));
}

QByteArray watchBenchSeed(int packages, int versionsEach)
{
    QJsonArray versions;
    for (int v = 0; v < versionsEach; ++v)
        versions.append(QStringLiteral("1.%1.0").arg(v));
    QJsonArray list;
    for (int i = 0; i < packages; ++i)
        list.append(QJsonObject{
            {QStringLiteral("name"), watchBenchPackage(i)},
            {QStringLiteral("description"), QStringLiteral("A package the watch benchmark reads")},
            {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("maintainer")}},
            {QStringLiteral("versions"), versions}});
    const QJsonObject user{{QStringLiteral("name"), QStringLiteral("maintainer")},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                           {QStringLiteral("email"), QStringLiteral("m@example.invalid")},
                           {QStringLiteral("tfa"), QStringLiteral("none")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("users"), QJsonArray{user}},
                                     {QStringLiteral("packages"), list}})
        .toJson(QJsonDocument::Compact);
}

bool writeWatchBenchSeed(const QString &path, int packages, int versionsEach)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(watchBenchSeed(packages, versionsEach)) > 0
        && file.flush();
}

} // namespace td::test
