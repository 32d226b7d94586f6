// SPDX-License-Identifier: GPL-3.0-or-later
// The package.json half of ReleaseDiff: which fields change what `npm install` does.
#include "core/stage/ReleaseDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {

QJsonObject manifestObject(const QByteArray &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// `bin` may be a string (one command named after the package) or an object.
QJsonObject binMap(const QJsonObject &manifest)
{
    const QJsonValue bin = manifest.value(QLatin1String("bin"));
    if (bin.isString()) {
        QString name = manifest.value(QLatin1String("name")).toString();
        name = name.section(QLatin1Char('/'), -1);
        return QJsonObject{{name, bin}};
    }
    return bin.toObject();
}

// bundleDependencies may be a list of names or `true` (all dependencies).
QJsonObject bundleMap(const QJsonObject &manifest)
{
    QJsonValue value = manifest.value(QLatin1String("bundleDependencies"));
    if (value.isUndefined())
        value = manifest.value(QLatin1String("bundledDependencies"));
    QJsonObject out;
    if (value.isBool() && value.toBool())
        out.insert(QStringLiteral("*"), QStringLiteral("all dependencies"));
    for (const QJsonArray entries = value.toArray(); const QJsonValue &name : entries)
        out.insert(name.toString(), QStringLiteral("bundled"));
    return out;
}

void compareMaps(const QString &section, const QJsonObject &before, const QJsonObject &after,
                 QList<ManifestChange> &out)
{
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    static const QStringList installHooks
        = {QStringLiteral("preinstall"), QStringLiteral("install"), QStringLiteral("postinstall")};
    for (const QString &key : keys) {
        const QString old = compact(before.value(key));
        const QString now = compact(after.value(key));
        if (old == now)
            continue;
        out.append({section, key, old, now,
                    section == QLatin1String("scripts") && installHooks.contains(key)});
    }
}

} // namespace

QList<ManifestChange> compareManifests(const QByteArray &beforeText, const QByteArray &afterText)
{
    const QJsonObject before = manifestObject(beforeText);
    const QJsonObject after = manifestObject(afterText);
    QList<ManifestChange> out;
    for (const char *section :
         {"scripts", "dependencies", "optionalDependencies", "peerDependencies"}) {
        const QString name = QString::fromLatin1(section);
        compareMaps(name, before.value(name).toObject(), after.value(name).toObject(), out);
    }
    compareMaps(QStringLiteral("bundleDependencies"), bundleMap(before), bundleMap(after), out);
    compareMaps(QStringLiteral("bin"), binMap(before), binMap(after), out);
    for (const char *whole : {"exports", "main"}) {
        const QString name = QString::fromLatin1(whole);
        const QString old = compact(before.value(name));
        const QString now = compact(after.value(name));
        if (old != now)
            out.append({name, QString(), old, now, false});
    }
    return out;
}

} // namespace td
