// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/LibArchive.h"

#include <QLibrary>

namespace td {

namespace {

// Each function pointer with the name it is exported under.
template<typename Function>
void resolve(QLibrary &library, const char *name, Function &into, QString &missing)
{
    into = reinterpret_cast<Function>(library.resolve(name));
    if (!into && missing.isEmpty())
        missing = QString::fromLatin1(name);
}

} // namespace

std::optional<LibArchive> LibArchive::load(const QString &name, int majorVersion, QString *whyNot)
{
    // Never unloaded: a QLibrary that goes out of scope leaves the library in place.
    QLibrary library(name, majorVersion);
    if (!library.load()) {
        *whyNot = tr("libarchive could not be loaded (%1).").arg(library.errorString());
        return std::nullopt;
    }
    LibArchive f;
    QString missing;
    resolve(library, "archive_read_new", f.readNew, missing);
    resolve(library, "archive_read_support_filter_gzip", f.supportFilterGzip, missing);
    resolve(library, "archive_read_support_format_tar", f.supportFormatTar, missing);
    resolve(library, "archive_read_open_memory", f.openMemory, missing);
    resolve(library, "archive_read_next_header", f.nextHeader, missing);
    resolve(library, "archive_read_data", f.readData, missing);
    resolve(library, "archive_read_free", f.readFree, missing);
    resolve(library, "archive_error_string", f.errorString, missing);
    resolve(library, "archive_entry_pathname", f.entryPathname, missing);
    resolve(library, "archive_entry_pathname_utf8", f.entryPathnameUtf8, missing);
    resolve(library, "archive_entry_filetype", f.entryFiletype, missing);
    resolve(library, "archive_entry_hardlink", f.entryHardlink, missing);
    resolve(library, "archive_entry_size_is_set", f.entrySizeIsSet, missing);
    resolve(library, "archive_entry_size", f.entrySize, missing);
    resolve(library, "archive_entry_perm", f.entryPerm, missing);
    if (!missing.isEmpty()) {
        *whyNot = tr("%1 is not the libarchive TokenDesk needs: it has no %2.")
                      .arg(library.fileName(), missing);
        return std::nullopt;
    }
    return f;
}

const LibArchive *LibArchive::shared(QString *whyNot)
{
    struct Loaded
    {
        std::optional<LibArchive> functions;
        QString whyNot;
    };
    static const Loaded loaded = [] {
        Loaded l;
        // libarchive.so.13: the soname since libarchive 3.0 (2011), whatever its own version.
        l.functions = load(QStringLiteral("archive"), 13, &l.whyNot);
        return l;
    }();
    if (whyNot)
        *whyNot = loaded.whyNot;
    return loaded.functions ? &*loaded.functions : nullptr;
}

} // namespace td
