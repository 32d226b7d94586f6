// SPDX-License-Identifier: GPL-3.0-or-later
// What WatchService's files share (internal to core/watch): its translation context, registry keys.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace td::watch::detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchService)
};

inline QString registryKey(const QUrl &registry)
{
    return registry.adjusted(QUrl::StripTrailingSlash).toString();
}

} // namespace td::watch::detail
