// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// One physical line of an .npmrc file, exactly as it is on disk plus what npm reads from it.
// The raw bytes are the truth: writing a document back emits `text + eol` for every line.
struct NpmrcLine
{
    enum class Kind {
        Blank,   // empty or whitespace only
        Comment, // first non-blank character is # or ;
        Section, // [name] — npm's ini reader nests the entries below it
        Entry,   // key, key=value
        Invalid, // npm's ini reader skips it (e.g. "=value")
    };

    Kind kind = Kind::Blank;
    QByteArray text; // without the line terminator
    QByteArray eol;  // "\n", "\r\n", "\r", or empty on a last line without a terminator

    // Entries only. Both as npm's ini reader decodes them: trimmed, quotes removed, inline
    // comment dropped. ${VAR} references are NOT expanded here (that needs an environment).
    QString key;
    QString value;
    bool hasEquals = false; // "key" alone means key=true to npm
    // Byte span of the raw value inside `text`, so an edit replaces only the value and keeps
    // the spacing around "=" and any inline comment.
    qsizetype valueBegin = -1;
    qsizetype valueEnd = -1;
    QString section; // the [section] an entry sits under, empty at top level; a Section's own name

    bool isEntry() const { return kind == Kind::Entry; }
};

// npm's ini value decoding ("unsafe" in the ini package): quoted values are JSON-decoded,
// unquoted ones stop at the first unescaped ; or #.
QString decodeNpmrcValue(const QString &raw);
// The inverse ("safe"): quotes only when npm would otherwise misread the value.
QByteArray encodeNpmrcValue(const QString &value);
// The JSON-quoted form ("..."), which reads back as exactly `value`.
QByteArray quoteNpmrcValue(const QString &value);

} // namespace td
