// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/NpmrcDocument.h"

#include "core/util/AtomicFile.h"
#include "core/util/LocalFile.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace td {

namespace {

bool isBlankByte(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

bool isBlank(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), isBlankByte);
}

// A value that is nothing but an environment reference holds no secret itself.
bool isPureReference(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\$\{[^${}?]+\??\}$)"));
    return pattern.match(value).hasMatch();
}

bool isCredentialKey(const QString &key)
{
    return key.endsWith(QLatin1String("_authToken"), Qt::CaseInsensitive)
        || key.endsWith(QLatin1String("_auth"), Qt::CaseInsensitive)
        || key.endsWith(QLatin1String("_password"), Qt::CaseInsensitive);
}

} // namespace

NpmrcLine NpmrcDocument::parseLine(const QByteArray &text, const QByteArray &eol,
                                   const QString &section)
{
    NpmrcLine line;
    line.text = text;
    line.eol = eol;
    line.section = section;
    if (isBlank(text))
        return line; // Blank

    qsizetype first = 0;
    while (first < text.size() && isBlankByte(text.at(first)))
        ++first;
    if (text.at(first) == '#' || text.at(first) == ';') {
        line.kind = NpmrcLine::Kind::Comment;
        return line;
    }

    const QString asString = QString::fromUtf8(text);
    static const QRegularExpression sectionPattern(QStringLiteral(R"(^\[([^\]]*)\]\s*$)"));
    if (const auto match = sectionPattern.match(asString); match.hasMatch()) {
        line.kind = NpmrcLine::Kind::Section;
        line.section = decodeNpmrcValue(match.captured(1));
        return line;
    }

    const qsizetype equals = text.indexOf('=');
    if (equals == 0) {
        line.kind = NpmrcLine::Kind::Invalid; // npm's reader has no key to give it
        return line;
    }
    const QByteArray rawKey = equals < 0 ? text : text.left(equals);
    line.key = decodeNpmrcValue(QString::fromUtf8(rawKey));
    if (line.key.isEmpty()) {
        line.kind = NpmrcLine::Kind::Invalid;
        return line;
    }
    line.kind = NpmrcLine::Kind::Entry;
    if (equals < 0) {
        line.value = QStringLiteral("true");
        return line;
    }

    line.hasEquals = true;
    qsizetype begin = equals + 1;
    while (begin < text.size() && isBlankByte(text.at(begin)))
        ++begin;
    qsizetype end = text.size();
    while (end > begin && isBlankByte(text.at(end - 1)))
        --end;
    const QByteArray trimmed = text.mid(begin, end - begin);
    const bool quoted = !trimmed.isEmpty()
        && ((trimmed.startsWith('"') && trimmed.endsWith('"'))
            || (trimmed.startsWith('\'') && trimmed.endsWith('\'')));
    if (!quoted) {
        // The raw value stops at the first unescaped comment character.
        bool escaped = false;
        for (qsizetype i = begin; i < end; ++i) {
            const char c = text.at(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ';' || c == '#') {
                end = i;
                break;
            }
        }
        while (end > begin && isBlankByte(text.at(end - 1)))
            --end;
    }
    line.valueBegin = begin;
    line.valueEnd = end;
    line.value = decodeNpmrcValue(QString::fromUtf8(text.mid(equals + 1)));
    return line;
}

NpmrcDocument NpmrcDocument::fromBytes(const QByteArray &bytes)
{
    NpmrcDocument doc;
    doc.m_baseline = bytes;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype i = start;
        while (i < bytes.size() && bytes.at(i) != '\n' && bytes.at(i) != '\r')
            ++i;
        QByteArray eol;
        if (i < bytes.size())
            eol = (bytes.at(i) == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                ? QByteArray("\r\n")
                : QByteArray(1, bytes.at(i));
        NpmrcLine line;
        line.text = bytes.mid(start, i - start);
        line.eol = eol;
        doc.m_lines.append(line);
        start = i + eol.size();
    }
    doc.reparseSections();
    return doc;
}

void NpmrcDocument::reparseSections()
{
    QString section;
    for (NpmrcLine &line : m_lines) {
        line = parseLine(line.text, line.eol, section);
        if (line.kind == NpmrcLine::Kind::Section)
            section = line.section;
    }
}

Result<NpmrcDocument> NpmrcDocument::load(const QString &path)
{
    auto bytes = readLocalFile(path, kConfigFileCap);
    if (!bytes.ok() && bytes.error().code != ErrorCode::NotFound)
        return bytes.error();
    NpmrcDocument doc = fromBytes(bytes.ok() ? bytes.value() : QByteArray());
    doc.m_path = path;
    doc.m_existed = bytes.ok();
    return doc;
}

QByteArray NpmrcDocument::toBytes() const
{
    QByteArray out;
    for (const NpmrcLine &line : m_lines)
        out += line.text + line.eol;
    return out;
}

QList<int> NpmrcDocument::indexesOfKey(const QString &key) const
{
    QList<int> found;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).isEntry() && m_lines.at(i).section.isEmpty() && m_lines.at(i).key == key)
            found.append(i);
    }
    return found;
}

int NpmrcDocument::effectiveIndexOfKey(const QString &key) const
{
    const QList<int> found = indexesOfKey(key);
    return found.isEmpty() ? -1 : found.last();
}

bool NpmrcDocument::setValue(int index, const QString &value)
{
    if (index < 0 || index >= m_lines.size() || !m_lines.at(index).isEntry())
        return false;
    NpmrcLine &line = m_lines[index];
    const auto withValue = [&line](const QByteArray &encoded) -> QByteArray {
        QByteArray text = line.text;
        if (!line.hasEquals)
            return text + '=' + encoded;
        qsizetype end = line.valueEnd;
        // npm reads a value as quoted only when the quotes end the line: an inline comment
        // after a quoted value would make it read the quotes literally, so the comment goes.
        if (encoded.startsWith('"') && !isBlank(text.mid(end)))
            end = text.size();
        return text.replace(line.valueBegin, end - line.valueBegin, encoded);
    };
    // Keep the user's quoting style when it still reads back the same ("\;" escapes are not
    // JSON: a quoted value is quoted as itself).
    const QByteArray old = line.text.mid(line.valueBegin, line.valueEnd - line.valueBegin);
    QByteArray encoded = encodeNpmrcValue(value);
    if (line.hasEquals && old.startsWith('"') && !encoded.startsWith('"'))
        encoded = quoteNpmrcValue(value);
    // The edited line must read back as the same key with the new value. It may not: a key
    // "[d" with the value "//]" makes "[d=//]", a section header (found by fuzz_npmrc). Then
    // the quoted value is tried, and failing that the line is left as it was.
    for (const QByteArray &candidate : {encoded, quoteNpmrcValue(value)}) {
        const NpmrcLine edited = parseLine(withValue(candidate), line.eol, line.section);
        if (edited.isEntry() && edited.key == line.key && edited.value == value) {
            line = edited;
            return true;
        }
    }
    return false;
}

bool NpmrcDocument::removeLine(int index)
{
    if (index < 0 || index >= m_lines.size())
        return false;
    const bool wasSection = m_lines.at(index).kind == NpmrcLine::Kind::Section;
    m_lines.removeAt(index);
    keepLineBreakApart(index - 1);
    if (wasSection)
        reparseSections();
    return true;
}

void NpmrcDocument::keepLineBreakApart(int index)
{
    if (index < 0 || index + 1 >= m_lines.size())
        return;
    NpmrcLine &line = m_lines[index];
    const NpmrcLine &next = m_lines.at(index + 1);
    if (line.eol == "\r" && next.text.isEmpty() && next.eol.startsWith('\n'))
        line.eol = "\r\n";
}

QByteArray NpmrcDocument::dominantEol() const
{
    int lf = 0, crlf = 0, cr = 0;
    for (const NpmrcLine &line : m_lines) {
        if (line.eol == "\n")
            ++lf;
        else if (line.eol == "\r\n")
            ++crlf;
        else if (line.eol == "\r")
            ++cr;
    }
    if (crlf > lf && crlf >= cr)
        return "\r\n";
    if (cr > lf && cr > crlf)
        return "\r";
    return "\n";
}

bool NpmrcDocument::insertEntry(int index, const QString &key, const QString &value)
{
    if (index < 0 || index > m_lines.size() || key.trimmed().isEmpty())
        return false;
    const QByteArray eol = dominantEol();
    const QByteArray text = encodeNpmrcValue(key) + '=' + encodeNpmrcValue(value);
    const QString section = index > 0 ? m_lines.at(index - 1).section : QString();
    if (index == m_lines.size() && !m_lines.isEmpty() && m_lines.last().eol.isEmpty()) {
        // The file had no final newline: the old last line gets one, the new line goes
        // without, so the file keeps its shape.
        m_lines.last().eol = eol;
        m_lines.append(parseLine(text, QByteArray(), section));
    } else {
        m_lines.insert(index, parseLine(text, eol, section));
        keepLineBreakApart(index);
    }
    reparseSections();
    return true;
}

int NpmrcDocument::appendEntry(const QString &key, const QString &value)
{
    // Appended entries must not land inside a trailing [section]; npm would nest them there.
    int index = int(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).kind == NpmrcLine::Kind::Section) {
            index = i;
            break;
        }
    }
    return insertEntry(index, key, value) ? index : -1;
}

bool NpmrcDocument::holdsSecret() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(), [](const NpmrcLine &line) {
        return line.isEntry() && isCredentialKey(line.key) && line.hasEquals
            && !line.value.isEmpty() && !isPureReference(line.value);
    });
}

Result<void> NpmrcDocument::save(const QString &backupPath)
{
    if (m_path.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("td::NpmrcDocument",
                                                     "This configuration has no file to save to."));

    // Follow a symlinked ~/.npmrc (dotfile managers) so the link survives.
    QString target = m_path;
    if (const QFileInfo info(m_path); info.isSymLink() && info.exists())
        target = info.canonicalFilePath();

    auto current = readLocalFile(target, kConfigFileCap);
    const bool existsNow = current.ok();
    if (!existsNow && current.error().code != ErrorCode::NotFound)
        return current.error();
    if (existsNow != m_existed || (existsNow && current.value() != m_baseline)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate(
                "td::NpmrcDocument",
                "%1 was changed by another program after TokenDesk read it; nothing "
                "was written.")
                .arg(m_path),
            QCoreApplication::translate("td::NpmrcDocument",
                                        "Scan again to see the current contents, then retry."));
    }

    QFileDevice::Permissions permissions = kOwnerOnly;
    if (existsNow) {
        permissions = QFile::permissions(target);
        if (!backupPath.isEmpty()) {
            if (auto backup = writeFileAtomically(backupPath, m_baseline, kOwnerOnly); !backup)
                return backup.error();
        }
    }
    const QByteArray bytes = toBytes();
    if (holdsSecret()) {
        permissions &= QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    }
    if (auto written = writeFileAtomically(target, bytes, permissions); !written)
        return written.error();
    qCDebug(lcNpmConfig) << "saved" << m_path << "backup" << backupPath;
    m_baseline = bytes;
    m_existed = true;
    return {};
}

} // namespace td
