// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/NpmrcLine.h"
#include "core/util/Result.h"

#include <QFileDevice>
#include <QList>

namespace td {

// An .npmrc file as a list of lines that keeps every byte: comments, order, spacing, line
// endings (LF, CRLF, CR, mixed), a missing final newline, quoted values, ${VAR} references,
// duplicate keys and lines npm cannot read. Reading and writing back unchanged is
// byte-identical; each edit touches exactly one line.
//
// Saving never clobbers: the file is backed up, replaced atomically with its mode kept (owner
// only when it holds a secret), and refused when it changed on disk since it was read.
class NpmrcDocument
{
public:
    NpmrcDocument() = default;

    static NpmrcDocument fromBytes(const QByteArray &bytes);
    // Reads `path`. A missing file gives an empty document that save() will create.
    static Result<NpmrcDocument> load(const QString &path);

    QByteArray toBytes() const;
    const QList<NpmrcLine> &lines() const { return m_lines; }
    int lineCount() const { return int(m_lines.size()); }
    const NpmrcLine &line(int index) const { return m_lines.at(index); }

    QString path() const { return m_path; }
    bool existedOnDisk() const { return m_existed; }

    // Index of every entry whose key equals `key` (npm keys are case-sensitive), in file order.
    QList<int> indexesOfKey(const QString &key) const;
    // The value npm uses: the last occurrence wins, as in npm's ini reader.
    int effectiveIndexOfKey(const QString &key) const;

    // Edits. Each returns false (and changes nothing) when the index is not an entry / valid.
    bool setValue(int index, const QString &value);
    bool removeLine(int index);
    // Inserts "key=value" before `index` (index == lineCount() appends).
    bool insertEntry(int index, const QString &key, const QString &value);
    int appendEntry(const QString &key, const QString &value);

    // True when some line holds a literal credential (_authToken, _auth, _password with a value
    // that is not just a ${VAR} reference). Such files are saved owner-only.
    bool holdsSecret() const;

    // Backs the file up to `backupPath` (owner-only; skipped when the file did not exist), then
    // replaces it atomically. Refused with a clear error when the file on disk is no longer what
    // load() read. After success the document's baseline is what was written.
    Result<void> save(const QString &backupPath);

    // The line terminator new lines get: the most common one in the file, "\n" when there is none.
    QByteArray dominantEol() const;

private:
    static NpmrcLine parseLine(const QByteArray &text, const QByteArray &eol,
                               const QString &section);
    void reparseSections();
    // A line ending in a lone CR followed by an empty line ending in LF would read back as one
    // CRLF (one line less): after an edit puts them next to each other, the CR becomes CRLF.
    void keepLineBreakApart(int index);

    QList<NpmrcLine> m_lines;
    QString m_path;
    QByteArray m_baseline; // what is on disk as far as we know (for change detection)
    bool m_existed = false;
};

} // namespace td
