// SPDX-License-Identifier: GPL-3.0-or-later
// .npmrc parse → serialize is byte-identical, and one edit changes only its own line.
//
// Input: the file's bytes, then (consumed from the end by FuzzedDataProvider) which edit to make,
// on which line, and the new value. A plain .npmrc seed is a valid input.
#include "FuzzCheck.h"

#include "core/npmconfig/NpmrcDocument.h"

#include <fuzzer/FuzzedDataProvider.h>

using td::NpmrcDocument;
using td::NpmrcLine;

namespace {

QByteArray raw(const NpmrcLine &line)
{
    return line.text + line.eol;
}

// Bytes as printable text for the violation message (control bytes and non-ASCII escaped).
QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toPercentEncoding(" =;#[]\"'{}$:/@._-"));
}

// What npm would read from the document's bytes must be what the document says it holds.
void checkReparses(const NpmrcDocument &doc)
{
    const NpmrcDocument again = NpmrcDocument::fromBytes(doc.toBytes());
    if (again.lineCount() != doc.lineCount()) {
        QString lines;
        for (const NpmrcLine &line : doc.lines())
            lines += QStringLiteral("\n  [") + shown(line.text) + QStringLiteral("|")
                + shown(line.eol) + QStringLiteral("]");
        TD_FUZZ_CHECK(again.lineCount() == doc.lineCount(), lines);
    }
    for (int i = 0; i < doc.lineCount(); ++i) {
        const NpmrcLine &a = doc.line(i);
        const NpmrcLine &b = again.line(i);
        TD_FUZZ_CHECK(a.kind == b.kind && a.key == b.key && a.value == b.value
                          && a.section == b.section && a.hasEquals == b.hasEquals,
                      shown(raw(a)));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const auto edit = input.ConsumeIntegral<uint8_t>();
    const auto where = input.ConsumeIntegral<uint16_t>();
    const auto valueLength = input.ConsumeIntegralInRange<size_t>(0, 48);
    const std::string valueBytes = input.ConsumeBytesAsString(valueLength);
    const std::string fileBytes = input.ConsumeRemainingBytesAsString();

    const QByteArray bytes(fileBytes.data(), qsizetype(fileBytes.size()));
    NpmrcDocument doc = NpmrcDocument::fromBytes(bytes);
    TD_FUZZ_CHECK(doc.toBytes() == bytes, QStringLiteral("round trip"));
    checkReparses(doc);
    (void)doc.holdsSecret();
    (void)doc.dominantEol();

    const NpmrcDocument before = doc;
    const QString value = QString::fromUtf8(valueBytes.data(), qsizetype(valueBytes.size()));
    const int count = doc.lineCount();
    const int index = count > 0 ? int(where % (count + 1)) : 0;

    switch (edit % 4) {
    case 0: { // setValue: the line reads back as the value, every other line is untouched
        if (!doc.setValue(index, value))
            return 0;
        TD_FUZZ_CHECK(doc.lineCount() == count, QStringLiteral("setValue changed the line count"));
        for (int i = 0; i < count; ++i) {
            if (i != index)
                TD_FUZZ_CHECK(raw(doc.line(i)) == raw(before.line(i)),
                              QStringLiteral("other line"));
        }
        TD_FUZZ_CHECK(doc.line(index).eol == before.line(index).eol, QStringLiteral("eol"));
        TD_FUZZ_CHECK(doc.line(index).key == before.line(index).key, shown(doc.line(index).text));
        TD_FUZZ_CHECK(doc.line(index).value == value, shown(doc.line(index).text));
        break;
    }
    case 1: { // removeLine: exactly that line goes
        if (!doc.removeLine(index))
            return 0;
        TD_FUZZ_CHECK(doc.lineCount() == count - 1, QStringLiteral("removeLine count"));
        for (int i = 0; i < count - 1; ++i) {
            const NpmrcLine &old = before.line(i < index ? i : i + 1);
            const NpmrcLine &now = doc.line(i);
            // Only a lone CR before an empty LF line may become CRLF (they would merge).
            TD_FUZZ_CHECK(now.text == old.text
                              && (now.eol == old.eol
                                  || (i == index - 1 && old.eol == "\r" && now.eol == "\r\n")),
                          QStringLiteral("removeLine touched another line"));
        }
        break;
    }
    case 2:
    case 3: { // insert/append "key=value": one new line that reads back as that key and value
        const QString key = QStringLiteral("//registry.example/:_authToken");
        const int at = edit % 4 == 2 ? (doc.insertEntry(index, key, value) ? index : -1)
                                     : doc.appendEntry(key, value);
        if (at < 0)
            return 0;
        TD_FUZZ_CHECK(doc.lineCount() == count + 1, QStringLiteral("insert count"));
        for (int i = 0; i < count; ++i) {
            const NpmrcLine &old = before.line(i);
            const NpmrcLine &now = doc.line(i < at ? i : i + 1);
            // The old last line may gain the terminator it lacked; nothing else changes.
            TD_FUZZ_CHECK(now.text == old.text && (now.eol == old.eol || old.eol.isEmpty()),
                          QStringLiteral("insert touched another line"));
        }
        TD_FUZZ_CHECK(doc.line(at).key == key && doc.line(at).value == value,
                      shown(doc.line(at).text));
        break;
    }
    }
    checkReparses(doc);
    return 0;
}
