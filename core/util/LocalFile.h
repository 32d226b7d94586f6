// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QFile;
class QIODevice;

namespace td {

// The most TokenDesk reads from a small settings file: .npmrc, package.json, a CI workflow.
inline constexpr qint64 kConfigFileCap = 1024 * 1024;
// The most it reads from its own state files (accounts, token cache, journal).
inline constexpr qint64 kStateFileCap = 64 * 1024 * 1024;

// Opens a local file for reading only if it is a regular file: a FIFO would block the reader
// forever and a device (/dev/zero) never ends. Opening does not block (O_NONBLOCK until the
// type is known). NotFound when the path does not exist; Io, with a message naming the file and
// what it is, otherwise.
Result<std::unique_ptr<QFile>> openRegularFile(const QString &path);

// Reads a whole regular file of at most maxBytes; a larger one is an error naming the file and
// the cap (never silently truncated).
Result<QByteArray> readLocalFile(const QString &path, qint64 maxBytes = kConfigFileCap);

// Reads a text log line by line with bounded memory, whatever its size: UTF-8 (with or without
// BOM) and UTF-16 LE/BE (with a BOM, or without one when the NUL bytes give it away). Lines
// longer than maxLineChars are cut there (the rest of that line is skipped). `line` gets each
// line without its end-of-line; returning false stops reading.
class LogLineReader
{
public:
    static constexpr qsizetype kMaxLineChars = 64 * 1024;
    using LineSink = std::function<bool(const QString &line)>;

    // Reads every line of `device` (already open) until its end.
    static Result<void> read(QIODevice &device, const LineSink &line,
                             qsizetype maxLineChars = kMaxLineChars);
    // Opens `path` (regular files only, see openRegularFile) and reads every line.
    static Result<void> readFile(const QString &path, const LineSink &line,
                                 qsizetype maxLineChars = kMaxLineChars);
};

} // namespace td
