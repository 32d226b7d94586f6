// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace td::sandbox::targz {

// A gzip-compressed ustar archive of `files` (path inside the archive → contents), in order, the
// way npm pack writes them (regular files, mode 0644, a fixed mtime). Seeds and the control API
// use it so that staged and seeded versions carry real tarballs that npm and libarchive read.
QByteArray build(const QList<QPair<QString, QByteArray>> &files);

} // namespace td::sandbox::targz
