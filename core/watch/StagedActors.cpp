// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/StagedActors.h"

namespace td::watch {

QList<WatchEvent> stagedByNewActors(const QList<StagedRelease> &staged,
                                    const QHash<QString, QStringList> &knownStagers)
{
    QList<WatchEvent> events;
    for (const StagedRelease &item : staged) {
        const auto known = knownStagers.constFind(item.packageName);
        if (item.isPlaceholder() || known == knownStagers.cend() || item.actor.isEmpty()
            || known->contains(item.actor))
            continue;
        WatchEvent e;
        e.kind = WatchEvent::Kind::StagedByNewActor;
        e.account = item.accountId;
        e.package = item.packageName;
        e.version = item.version;
        e.tag = item.tag;
        e.actor = item.actor;
        e.at = item.created;
        e.detail = item.id;
        e.others = *known;
        events.append(e);
    }
    return events;
}

} // namespace td::watch
