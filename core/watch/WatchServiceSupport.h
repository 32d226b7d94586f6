// SPDX-License-Identifier: GPL-3.0-or-later
// What WatchService's files share (internal to core/watch): its translation context and
// (from RegistryKey.h) registry keys.
#pragma once

#include "core/watch/RegistryKey.h"

#include <QCoreApplication>

namespace td::watch::detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchService)
};

} // namespace td::watch::detail
