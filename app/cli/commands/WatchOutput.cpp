// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchOutput.h"

#include <QCoreApplication>

namespace td::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::cli::WatchCommand)
};

QString marker(const watch::WatchRelease &release)
{
    if (release.baseline)
        return QStringLiteral("base ");
    if (release.level == watch::WatchVerdict::Level::Alarm)
        return release.acknowledged ? QStringLiteral("ack  ") : QStringLiteral("ALARM");
    if (release.level == watch::WatchVerdict::Level::Notable)
        return QStringLiteral("note ");
    return QStringLiteral("ok   ");
}

QString whatHappened(const watch::WatchRelease &r)
{
    using Kind = watch::WatchEvent::Kind;
    switch (r.kind) {
    case Kind::NewVersion:
        return r.actor.isEmpty() ? Tr::tr("new version") : Tr::tr("new version by %1").arg(r.actor);
    case Kind::TagMoved:
        return Tr::tr("dist-tag %1 moved from %2 to %3")
            .arg(r.tag, r.fromVersion.isEmpty() ? QStringLiteral("-") : r.fromVersion,
                 r.version.isEmpty() ? QStringLiteral("-") : r.version);
    case Kind::Deprecated:
        return Tr::tr("deprecated");
    case Kind::VersionRemoved:
        return Tr::tr("version removed");
    case Kind::MaintainerAdded:
        return Tr::tr("maintainer %1 added").arg(r.actor);
    case Kind::MaintainerRemoved:
        return Tr::tr("maintainer %1 removed").arg(r.actor);
    case Kind::StagedByNewActor:
        break;
    }
    return Tr::tr("staged by %1, who never staged it before").arg(r.actor);
}

} // namespace

void printWatchRelease(QTextStream &out, const watch::WatchRelease &release)
{
    out << marker(release) << "  " << release.spec() << "  " << whatHappened(release);
    if (release.at.isValid())
        out << "  " << release.at.toUTC().toString(Qt::ISODate);
    out << '\n';
    if (!release.publishPath.isEmpty())
        out << "       " << release.publishPath << '\n';
    for (const QString &reason : release.reasons)
        out << "       - " << reason << '\n';
    if (!release.note.isEmpty())
        out << "       " << release.note << '\n';
}

} // namespace td::cli
