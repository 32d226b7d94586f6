// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/PackumentChanges.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace td::watch {

namespace {

QDateTime timeOf(const QJsonObject &packument, const QString &key)
{
    return QDateTime::fromString(
               packument.value(QLatin1String("time")).toObject().value(key).toString(),
               Qt::ISODateWithMs)
        .toUTC();
}

QStringList maintainerNames(const QJsonObject &packument)
{
    QStringList names;
    for (const QJsonArray list = packument.value(QLatin1String("maintainers")).toArray();
         const QJsonValue &entry : list) {
        // npm writes {name, email}; very old documents have "name <email>" strings.
        const QString name = entry.isObject()
            ? entry.toObject().value(QLatin1String("name")).toString()
            : entry.toString().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names.append(name);
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

QString deprecationOf(const QJsonObject &manifest)
{
    const QJsonValue value = manifest.value(QLatin1String("deprecated"));
    return value.isString() ? value.toString() : QString(); // "" and false: not deprecated
}

} // namespace

QList<WatchEvent> detectChanges(const QJsonObject &before, const QJsonObject &after)
{
    if (before.isEmpty())
        return {};
    QList<WatchEvent> events;
    const QString package = after.value(QLatin1String("name")).toString();
    const QDateTime modified = timeOf(after, QStringLiteral("modified"));
    const auto event = [&](WatchEvent::Kind kind) {
        WatchEvent e;
        e.kind = kind;
        e.package = package;
        e.at = modified;
        return e;
    };

    const QJsonObject oldVersions = before.value(QLatin1String("versions")).toObject();
    const QJsonObject newVersions = after.value(QLatin1String("versions")).toObject();
    for (auto it = oldVersions.begin(); it != oldVersions.end(); ++it)
        if (!newVersions.contains(it.key())) {
            WatchEvent e = event(WatchEvent::Kind::VersionRemoved);
            e.version = it.key();
            events.append(e);
        }

    QList<WatchEvent> added;
    for (auto it = newVersions.begin(); it != newVersions.end(); ++it) {
        if (oldVersions.contains(it.key()))
            continue;
        WatchEvent e = event(WatchEvent::Kind::NewVersion);
        e.version = it.key();
        e.at = timeOf(after, it.key());
        e.actor = it.value()
                      .toObject()
                      .value(QLatin1String("_npmUser"))
                      .toObject()
                      .value(QLatin1String("name"))
                      .toString();
        added.append(e);
    }
    std::stable_sort(added.begin(), added.end(),
                     [](const WatchEvent &a, const WatchEvent &b) { return a.at < b.at; });
    events += added;

    for (auto it = newVersions.begin(); it != newVersions.end(); ++it) {
        const QString message = deprecationOf(it.value().toObject());
        if (message.isEmpty() || !deprecationOf(oldVersions.value(it.key()).toObject()).isEmpty())
            continue;
        WatchEvent e = event(WatchEvent::Kind::Deprecated);
        e.version = it.key();
        e.detail = message;
        events.append(e);
    }

    const QJsonObject oldTags = before.value(QLatin1String("dist-tags")).toObject();
    const QJsonObject newTags = after.value(QLatin1String("dist-tags")).toObject();
    QStringList tags = oldTags.keys() + newTags.keys();
    tags.sort();
    tags.removeDuplicates();
    for (const QString &tag : std::as_const(tags)) {
        const QString from = oldTags.value(tag).toString();
        const QString to = newTags.value(tag).toString();
        if (from == to)
            continue;
        WatchEvent e = event(WatchEvent::Kind::TagMoved);
        e.tag = tag;
        e.fromVersion = from;
        e.version = to;
        events.append(e);
    }

    const QStringList oldMaintainers = maintainerNames(before);
    const QStringList newMaintainers = maintainerNames(after);
    for (const QString &name : newMaintainers)
        if (!oldMaintainers.contains(name)) {
            WatchEvent e = event(WatchEvent::Kind::MaintainerAdded);
            e.actor = name;
            e.others = oldMaintainers;
            events.append(e);
        }
    for (const QString &name : oldMaintainers)
        if (!newMaintainers.contains(name)) {
            WatchEvent e = event(WatchEvent::Kind::MaintainerRemoved);
            e.actor = name;
            e.others = newMaintainers;
            events.append(e);
        }
    return events;
}

} // namespace td::watch
