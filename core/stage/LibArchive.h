// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

#include <optional>

namespace td {

// The libarchive functions TarballReader calls, resolved when a tarball is first read. Only a
// staged release's diff reads tarballs, while linking libarchive made every start of
// tokendesk-cli and TokenDesk load it and three more libraries it needs (libxml2, libacl,
// libbz2): 2.1 ms of each `tokendesk-cli token list`, paired over 80 rounds (issue 18). Qt
// resolved OpenSSL the same way for years. The Debian package names libarchive in Depends itself
// (cmake/TdPackaging.cmake), as dpkg-shlibdeps no longer sees it.
struct LibArchive
{
    Q_DECLARE_TR_FUNCTIONS(td::LibArchive)
public:
    decltype(&archive_read_new) readNew = nullptr;
    decltype(&archive_read_support_filter_gzip) supportFilterGzip = nullptr;
    decltype(&archive_read_support_format_tar) supportFormatTar = nullptr;
    decltype(&archive_read_open_memory) openMemory = nullptr;
    decltype(&archive_read_next_header) nextHeader = nullptr;
    decltype(&archive_read_data) readData = nullptr;
    decltype(&archive_read_free) readFree = nullptr;
    decltype(&archive_error_string) errorString = nullptr;
    decltype(&archive_entry_pathname) entryPathname = nullptr;
    decltype(&archive_entry_pathname_utf8) entryPathnameUtf8 = nullptr;
    decltype(&archive_entry_filetype) entryFiletype = nullptr;
    decltype(&archive_entry_hardlink) entryHardlink = nullptr;
    decltype(&archive_entry_size_is_set) entrySizeIsSet = nullptr;
    decltype(&archive_entry_size) entrySize = nullptr;
    decltype(&archive_entry_perm) entryPerm = nullptr;

    // libarchive.so.13, loaded by the first caller (thread-safe) and kept loaded; null if it
    // cannot be, and then `whyNot` says why: the file is missing, or lacks one of the functions.
    static const LibArchive *shared(QString *whyNot = nullptr);
    // The same from another file (QLibrary's name and major version): for tests.
    static std::optional<LibArchive> load(const QString &name, int majorVersion, QString *whyNot);
};

} // namespace td
