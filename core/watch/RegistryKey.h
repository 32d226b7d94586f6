// SPDX-License-Identifier: GPL-3.0-or-later
// How core/watch names a registry in its maps and files (internal to core/watch): the URL without
// a trailing slash. (WatchTargets.cpp's merge key also normalizes path segments: not this one.)
#pragma once

#include <QString>
#include <QUrl>

namespace td::watch::detail {

inline QString registryKey(const QUrl &registry)
{
    return registry.adjusted(QUrl::StripTrailingSlash).toString();
}

} // namespace td::watch::detail
