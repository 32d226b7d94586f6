// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace td {

inline constexpr QFileDevice::Permissions kOwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes the whole file or nothing (QSaveFile: temp file + rename), creating parent folders,
// and leaves it with the given permissions (0600 by default: TokenDesk's metadata is private).
Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 QFileDevice::Permissions permissions = kOwnerOnly);

// Reads a whole regular file of TokenDesk's own (at most kStateFileCap, see LocalFile.h);
// NotFound when it does not exist, Io on any other failure.
Result<QByteArray> readWholeFile(const QString &path);

} // namespace td
