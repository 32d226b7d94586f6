// SPDX-License-Identifier: GPL-3.0-or-later
// NpmrcDocument over a corpus of real-world .npmrc shapes: byte-identical round trips, edits that
// touch exactly one line, values read the way npm's own ini reader reads them, and safe saving.
#include "TestPaths.h"
#include "core/npmconfig/NpmrcDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td;

namespace {

QString corpusDir()
{
    return QStringLiteral(TD_TEST_DATA_DIR "/npmrc");
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The real mode bits, straight from the kernel.
int unixMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

void addCorpusRows()
{
    QTest::addColumn<QString>("file");
    const QStringList names
        = QDir(corpusDir()).entryList({QStringLiteral("*.npmrc")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 15);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << corpusDir() + QLatin1Char('/') + name;
}

// Everything but line `except` (as text+eol), in order.
QList<QByteArray> otherLines(const NpmrcDocument &doc, int except)
{
    QList<QByteArray> out;
    for (int i = 0; i < doc.lineCount(); ++i) {
        if (i != except)
            out.append(doc.line(i).text + doc.line(i).eol);
    }
    return out;
}

} // namespace

class TestNpmrcDocument : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsByteIdentical_data() { addCorpusRows(); }
    void roundTripIsByteIdentical()
    {
        QFETCH(QString, file);
        const QByteArray original = readBytes(file);
        auto doc = NpmrcDocument::load(file);
        QVERIFY(doc.ok());
        QCOMPARE(doc.value().toBytes(), original);
    }

    // The expected/*.json files were produced by npm's own ini package (bundled with npm 11.19.1).
    void valuesReadLikeNpm_data() { addCorpusRows(); }
    void valuesReadLikeNpm()
    {
        QFETCH(QString, file);
        QString expectedPath = file;
        expectedPath.replace(QLatin1String("/npmrc/"), QLatin1String("/npmrc/expected/"));
        expectedPath.replace(QLatin1String(".npmrc"), QLatin1String(".json"));
        const QJsonObject expected = QJsonDocument::fromJson(readBytes(expectedPath)).object();
        const NpmrcDocument doc = NpmrcDocument::fromBytes(readBytes(file));

        QJsonObject actual;
        for (const NpmrcLine &line : doc.lines()) {
            if (line.isEntry() && line.section.isEmpty() && !line.key.endsWith(QLatin1String("[]")))
                actual.insert(line.key, line.value);
        }
        // npm keeps an empty key ("   =x"); TokenDesk reports such a line as invalid instead.
        QJsonObject expectedWithoutEmptyKey = expected;
        expectedWithoutEmptyKey.remove(QString());
        QCOMPARE(actual, expectedWithoutEmptyKey);
    }

    void setValueChangesOnlyThatLine_data() { addCorpusRows(); }
    void setValueChangesOnlyThatLine()
    {
        QFETCH(QString, file);
        const NpmrcDocument original = NpmrcDocument::fromBytes(readBytes(file));
        const QString newValue = QStringLiteral("npm_Replacement0000000000000000000000000");
        for (int i = 0; i < original.lineCount(); ++i) {
            NpmrcDocument doc = original;
            const NpmrcLine before = original.line(i);
            QCOMPARE(doc.setValue(i, newValue), before.isEntry());
            if (!before.isEntry()) {
                QCOMPARE(doc.toBytes(), original.toBytes());
                continue;
            }
            QCOMPARE(doc.lineCount(), original.lineCount());
            QCOMPARE(otherLines(doc, i), otherLines(original, i));
            const NpmrcLine &after = doc.line(i);
            QCOMPARE(after.key, before.key);
            QCOMPARE(after.value, newValue);
            QCOMPARE(after.eol, before.eol);
            if (before.hasEquals) {
                // Spacing around "=" and an inline comment are kept.
                QCOMPARE(after.text.left(after.valueBegin), before.text.left(before.valueBegin));
                QCOMPARE(after.text.mid(after.valueEnd), before.text.mid(before.valueEnd));
            }
            // And the file still reads back the same way after a reload.
            const NpmrcDocument reread = NpmrcDocument::fromBytes(doc.toBytes());
            QCOMPARE(reread.line(i).value, newValue);
            QCOMPARE(reread.toBytes(), doc.toBytes());
        }
    }

    void removeLineRemovesOnlyThatLine_data() { addCorpusRows(); }
    void removeLineRemovesOnlyThatLine()
    {
        QFETCH(QString, file);
        const NpmrcDocument original = NpmrcDocument::fromBytes(readBytes(file));
        for (int i = 0; i < original.lineCount(); ++i) {
            NpmrcDocument doc = original;
            QVERIFY(doc.removeLine(i));
            QByteArray expected;
            for (const QByteArray &bytes : otherLines(original, i))
                expected += bytes;
            QCOMPARE(doc.toBytes(), expected);
        }
        NpmrcDocument doc = original;
        QVERIFY(!doc.removeLine(original.lineCount()));
        QVERIFY(!doc.removeLine(-1));
    }

    void appendEntryAddsOneLine_data() { addCorpusRows(); }
    void appendEntryAddsOneLine()
    {
        QFETCH(QString, file);
        const NpmrcDocument original = NpmrcDocument::fromBytes(readBytes(file));
        NpmrcDocument doc = original;
        const int index = doc.appendEntry(QStringLiteral("//registry.npmjs.org/:_authToken"),
                                          QStringLiteral("npm_New"));
        QVERIFY(index >= 0);
        QCOMPARE(doc.lineCount(), original.lineCount() + 1);
        QCOMPARE(doc.line(index).text, QByteArray("//registry.npmjs.org/:_authToken=npm_New"));
        QVERIFY(doc.line(index).section.isEmpty());
        for (int i = 0; i < original.lineCount(); ++i) {
            const NpmrcLine &was = original.line(i);
            const NpmrcLine &now = doc.line(i < index ? i : i + 1);
            QCOMPARE(now.text, was.text);
            // Only a final line without a terminator may gain one (so the new line follows it).
            if (now.eol != was.eol)
                QVERIFY(was.eol.isEmpty() && i == original.lineCount() - 1);
        }
        const bool hadFinalNewline
            = original.lineCount() == 0 || !original.lines().last().eol.isEmpty();
        QCOMPARE(!doc.lines().last().eol.isEmpty(), hadFinalNewline);
    }

    // Found by fuzz_npmrc: in a file with lone-CR line ends, an edit that put a CR line right
    // before an empty LF line made the two read back as one CRLF: a line vanished on reload.
    void editsKeepLoneCrLinesApart()
    {
        NpmrcDocument removed = NpmrcDocument::fromBytes("a=1\rb=2\n\nc=3\n");
        QVERIFY(removed.removeLine(1));
        QCOMPARE(removed.lineCount(), 3);
        QCOMPARE(NpmrcDocument::fromBytes(removed.toBytes()).lineCount(), 3);
        QCOMPARE(removed.toBytes(), QByteArray("a=1\r\n\nc=3\n"));

        NpmrcDocument inserted = NpmrcDocument::fromBytes("a=1\rb=2\rc=3\rd=4\n\n");
        QCOMPARE(inserted.dominantEol(), QByteArray("\r"));
        QVERIFY(inserted.insertEntry(4, QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(inserted.lineCount(), 6);
        QCOMPARE(NpmrcDocument::fromBytes(inserted.toBytes()).lineCount(), 6);
        QCOMPARE(inserted.toBytes(), QByteArray("a=1\rb=2\rc=3\rd=4\nk=v\r\n\n"));
    }

    void newLinesUseTheFilesLineEnding()
    {
        NpmrcDocument doc = NpmrcDocument::fromBytes("a=1\r\nb=2\r\n");
        doc.appendEntry(QStringLiteral("c"), QStringLiteral("3"));
        QCOMPARE(doc.toBytes(), QByteArray("a=1\r\nb=2\r\nc=3\r\n"));

        NpmrcDocument noFinal = NpmrcDocument::fromBytes("a=1\nb=2");
        noFinal.appendEntry(QStringLiteral("c"), QStringLiteral("3"));
        QCOMPARE(noFinal.toBytes(), QByteArray("a=1\nb=2\nc=3"));

        NpmrcDocument empty = NpmrcDocument::fromBytes({});
        empty.appendEntry(QStringLiteral("c"), QStringLiteral("3"));
        QCOMPARE(empty.toBytes(), QByteArray("c=3\n"));
    }

    void appendGoesAboveSections()
    {
        NpmrcDocument doc = NpmrcDocument::fromBytes("a=1\n[sec]\nx=y\n");
        QCOMPARE(doc.appendEntry(QStringLiteral("b"), QStringLiteral("2")), 1);
        QCOMPARE(doc.toBytes(), QByteArray("a=1\nb=2\n[sec]\nx=y\n"));
    }

    void setValueKeepsQuotesAndComments_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("k=old\n") << QStringLiteral("new")
                               << QByteArray("k=new\n");
        QTest::newRow("spaces") << QByteArray("k = old  \n") << QStringLiteral("new")
                                << QByteArray("k = new  \n");
        QTest::newRow("inline comment") << QByteArray("k=old ; note\n") << QStringLiteral("new")
                                        << QByteArray("k=new ; note\n");
        QTest::newRow("double quoted")
            << QByteArray("k=\"old\"\r\n") << QStringLiteral("new") << QByteArray("k=\"new\"\r\n");
        QTest::newRow("needs escaping")
            << QByteArray("k=old\n") << QStringLiteral("a;b#c") << QByteArray("k=a\\;b\\#c\n");
        QTest::newRow("needs quoting")
            << QByteArray("k=old\n") << QStringLiteral(" x=y ") << QByteArray("k=\" x=y \"\n");
        QTest::newRow("flag gets a value")
            << QByteArray("flag\n") << QStringLiteral("false") << QByteArray("flag=false\n");
        QTest::newRow("empty value")
            << QByteArray("k=\n") << QStringLiteral("v") << QByteArray("k=v\n");
        // Found by fuzz_npmrc: values that npm would have read back differently.
        QTest::newRow("quoted value before an inline comment (fuzz)")
            << QByteArray("/re=\"old\"#H;HHHH\n") << QStringLiteral("=orphan vgistry=htpst:")
            << QByteArray("/re=\"=orphan vgistry=htpst:\"\n");
        QTest::newRow("quoted value that needs escaping")
            << QByteArray("k=\"old\"\n") << QStringLiteral("a;b#c") << QByteArray("k=\"a;b#c\"\n");
        QTest::newRow("lone single quote (fuzz)")
            << QByteArray("k=old\n") << QStringLiteral("'") << QByteArray("k=\"'\"\n");
        QTest::newRow("trailing byte order mark (fuzz)")
            << QByteArray("rtry =try.nt\r") << QStringLiteral("\uFFFD\uFFFD\uFEFF")
            << QByteArray("rtry =\"\xEF\xBF\xBD\xEF\xBF\xBD\\ufeff\"\r");
        QTest::newRow("value that would make the line a section (fuzz)")
            << QByteArray("[d\n") << QStringLiteral("//]") << QByteArray("[d=\"//]\"\n");
        QTest::newRow("backslash before a comment character")
            << QByteArray("k=old\n") << QStringLiteral("a\\;") << QByteArray("k=\"a\\\\;\"\n");
    }
    void setValueKeepsQuotesAndComments()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        NpmrcDocument doc = NpmrcDocument::fromBytes(input);
        QVERIFY(doc.setValue(0, value));
        QCOMPARE(doc.toBytes(), expected);
        QCOMPARE(NpmrcDocument::fromBytes(expected).line(0).value, value);
    }

    void duplicateKeysLastWins()
    {
        const NpmrcDocument doc = NpmrcDocument::fromBytes(
            readBytes(corpusDir() + QStringLiteral("/duplicate-keys.npmrc")));
        const QString key = QStringLiteral("//registry.npmjs.org/:_authToken");
        QCOMPARE(doc.indexesOfKey(key), (QList<int>{0, 2}));
        QCOMPARE(doc.effectiveIndexOfKey(key), 2);
    }

    void holdsSecret_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("secret");
        QTest::newRow("token") << QByteArray("//r/:_authToken=npm_x\n") << true;
        QTest::newRow("reference") << QByteArray("//r/:_authToken=${NPM_TOKEN}\n") << false;
        QTest::newRow("optional reference")
            << QByteArray("//r/:_authToken=${NPM_TOKEN?}\n") << false;
        QTest::newRow("auth") << QByteArray("_auth=dXNlcjpwYXNz\n") << true;
        QTest::newRow("password") << QByteArray("//r/:_password=cGFzcw==\n") << true;
        QTest::newRow("commented out") << QByteArray("#//r/:_authToken=npm_x\n") << false;
        QTest::newRow("no credential") << QByteArray("registry=https://r/\n") << false;
    }
    void holdsSecret()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, secret);
        QCOMPARE(NpmrcDocument::fromBytes(input).holdsSecret(), secret);
    }

    void saveBacksUpAndKeepsMode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("expectedMode");
        QTest::newRow("no secret keeps 0644")
            << QByteArray("registry=https://r/\n") << 0644 << 0644;
        QTest::newRow("secret 0644 becomes 0600")
            << QByteArray("//r/:_authToken=npm_old\n") << 0644 << 0600;
        QTest::newRow("secret 0600 stays")
            << QByteArray("//r/:_authToken=npm_old\n") << 0600 << 0600;
        QTest::newRow("secret 0640 becomes 0600")
            << QByteArray("//r/:_authToken=npm_old\r\n") << 0640 << 0600;
    }
    void saveBacksUpAndKeepsMode()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, mode);
        QFETCH(int, expectedMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".npmrc"));
        writeBytes(path, input);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        QCOMPARE(unixMode(path), mode);

        auto doc = NpmrcDocument::load(path);
        QVERIFY(doc.ok());
        doc.value().appendEntry(QStringLiteral("fund"), QStringLiteral("false"));
        const QString backup = dir.filePath(QStringLiteral("backups/npmrc.bak"));
        auto saved = doc.value().save(backup);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(readBytes(path), doc.value().toBytes());
        QCOMPARE(unixMode(path), expectedMode);
        QCOMPARE(readBytes(backup), input);
        QCOMPARE(unixMode(backup), 0600);
    }

    void saveRefusesAFileChangedOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".npmrc"));
        writeBytes(path, "//r/:_authToken=npm_old\n");
        auto doc = NpmrcDocument::load(path);
        QVERIFY(doc.ok());
        QVERIFY(doc.value().setValue(0, QStringLiteral("npm_new")));
        writeBytes(path, "//r/:_authToken=npm_someone_else\n");
        auto saved = doc.value().save(dir.filePath(QStringLiteral("bak")));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Io);
        QVERIFY(saved.error().message.contains(QLatin1String("changed")));
        QCOMPARE(readBytes(path), QByteArray("//r/:_authToken=npm_someone_else\n"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bak"))));
    }

    void saveRefusesAFileDeletedOrCreatedMeanwhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".npmrc"));
        auto missing = NpmrcDocument::load(path);
        QVERIFY(missing.ok());
        QVERIFY(!missing.value().existedOnDisk());
        writeBytes(path, "registry=https://r/\n");
        missing.value().appendEntry(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(!missing.value().save({}).ok());
        QCOMPARE(readBytes(path), QByteArray("registry=https://r/\n"));
    }

    void saveCreatesAMissingFileOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("project/.npmrc"));
        auto doc = NpmrcDocument::load(path);
        QVERIFY(doc.ok());
        doc.value().appendEntry(QStringLiteral("//r/:_authToken"), QStringLiteral("npm_x"));
        QVERIFY(doc.value().save(dir.filePath(QStringLiteral("bak"))).ok());
        QCOMPARE(readBytes(path), QByteArray("//r/:_authToken=npm_x\n"));
        QCOMPARE(unixMode(path), 0600);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bak"))));
        // A second save works from the new baseline.
        doc.value().setValue(0, QStringLiteral("npm_y"));
        QVERIFY(doc.value().save(dir.filePath(QStringLiteral("bak"))).ok());
        QCOMPARE(readBytes(dir.filePath(QStringLiteral("bak"))),
                 QByteArray("//r/:_authToken=npm_x\n"));
    }

    void saveWritesThroughASymlink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("dotfiles/npmrc"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("dotfiles"))));
        writeBytes(real, "a=1\n");
        const QString link = dir.filePath(QStringLiteral(".npmrc"));
        QVERIFY(QFile::link(real, link));
        auto doc = NpmrcDocument::load(link);
        QVERIFY(doc.ok());
        doc.value().setValue(0, QStringLiteral("2"));
        QVERIFY(doc.value().save(dir.filePath(QStringLiteral("bak"))).ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readBytes(real), QByteArray("a=2\n"));
    }
};

QTEST_GUILESS_MAIN(TestNpmrcDocument)
#include "tst_npmrcdocument.moc"
