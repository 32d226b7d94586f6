// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/WatchEvent.h"

namespace td::watch {

QString kindName(WatchEvent::Kind kind)
{
    switch (kind) {
    case WatchEvent::Kind::NewVersion:
        return QStringLiteral("new-version");
    case WatchEvent::Kind::TagMoved:
        return QStringLiteral("tag-moved");
    case WatchEvent::Kind::Deprecated:
        return QStringLiteral("deprecated");
    case WatchEvent::Kind::VersionRemoved:
        return QStringLiteral("version-removed");
    case WatchEvent::Kind::MaintainerAdded:
        return QStringLiteral("maintainer-added");
    case WatchEvent::Kind::MaintainerRemoved:
        return QStringLiteral("maintainer-removed");
    case WatchEvent::Kind::StagedByNewActor:
        break;
    }
    return QStringLiteral("staged-by-new-actor");
}

} // namespace td::watch
