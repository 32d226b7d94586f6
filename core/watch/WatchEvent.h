// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace td::watch {

// One change the watch saw on a package it watches (publish-watch.md §2): what changed, where and
// when, as plain fields. Which fields are set depends on the kind (see each field).
struct WatchEvent
{
    enum class Kind {
        NewVersion,        // version (actor: _npmUser.name)
        TagMoved,          // tag, fromVersion → version (either empty: the tag was added/removed)
        Deprecated,        // version, detail = the deprecation message
        VersionRemoved,    // version (unpublished)
        MaintainerAdded,   // actor = the maintainer's name; others = the maintainers before
        MaintainerRemoved, // actor = the maintainer's name; others = the maintainers after
        StagedByNewActor,  // version, tag, actor; detail = the stage id; others = earlier stagers
    };

    Kind kind = Kind::NewVersion;
    QString registry; // origin of the registry, set by the caller (the poller)
    QString account;  // the watching account, set by the caller
    QString package;
    QString version;
    QString tag;
    QString fromVersion;
    QString actor;
    QDateTime at;       // time[version] for new versions, time.modified otherwise (UTC)
    QString detail;     // see Kind
    QStringList others; // see Kind

    // "<package>@<version>", or the package alone for events about no version (maintainers).
    QString spec() const
    {
        return version.isEmpty() ? package : QString(package + QLatin1Char('@') + version);
    }
};

QString kindName(WatchEvent::Kind kind); // stable machine word: "new-version", "tag-moved", …

} // namespace td::watch
