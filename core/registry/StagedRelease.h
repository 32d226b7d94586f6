// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace td {

// One version waiting on the registry for a maintainer's approval (GET /-/stage items,
// staged-publishing-and-2027.md §2). Plain data: the registry DTO fills it, the inbox adds the
// account it came from.
struct StagedRelease
{
    QString id; // UUID
    QString packageName;
    QString version;
    QString tag;       // the dist-tag it gets when approved, fixed at staging
    QString createdAt; // as the registry wrote it (npm prints it verbatim)
    QDateTime created; // parsed, UTC; invalid when the registry sent none or garbage
    QString actor;
    QString actorType; // "user" or "trusted automation"
    QString access;
    QString shasum;
    QString status; // "staged", "validating" or empty (older registries: ready)

    // The lines `npm stage list|view` prints for this item ("key: value"), in npm's order (id,
    // package name, version, tag, date staged, staged by, shasum, then the item's other fields
    // in the registry's order), values rendered as JavaScript's String() would: the CLI prints
    // exactly what npm prints.
    QList<QPair<QString, QString>> npmFields;
    QByteArray json; // the item as received (compact, key order kept) for --json output

    QString accountId; // which signed-in account sees it (set by the inbox)

    // npm's placeholder for a package created by staging ("0.0.0-stage"): never a release.
    bool isPlaceholder() const { return version == QLatin1String("0.0.0-stage"); }
    bool isValidating() const { return status == QLatin1String("validating"); }
    bool stagedByAutomation() const { return actorType == QLatin1String("trusted automation"); }
    QString spec() const { return packageName + QLatin1Char('@') + version; }
};

// The last version of a package that is really published: what a staged one is compared with.
struct PublishedRelease
{
    QString packageName;
    QString version;
    QString tarballUrl;  // dist.tarball
    QDateTime published; // time[version]
};

} // namespace td
Q_DECLARE_METATYPE(td::StagedRelease)
