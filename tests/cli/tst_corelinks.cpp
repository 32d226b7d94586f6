// SPDX-License-Identifier: GPL-3.0-or-later
// core/ must never use Qt Gui or Widgets (design.md §4), never include the programs' code, and its
// modules include each other only along the arrows of ARCHITECTURE.md's table. tokendesk-cli
// links td_core alone, so its dynamic dependencies tell the truth about core; the sources are
// checked too.
#include "CoreLayering.h"
#include "Harness.h"
#include "TestPaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using td::test::LayeringTable;
using td::test::LayeringViolation;

namespace {

QString readArchitecture()
{
    QFile file(QStringLiteral(TD_SOURCE_DIR "/ARCHITECTURE.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString describe(const QList<LayeringViolation> &violations)
{
    QStringList lines;
    for (const LayeringViolation &v : violations)
        lines.append(v.toString());
    return lines.join(QLatin1Char('\n'));
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TstCoreLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString markdown = readArchitecture();
        QVERIFY2(!markdown.isEmpty(), "ARCHITECTURE.md is missing at the repository root");
        m_table = LayeringTable::fromMarkdown(markdown);
    }

    void cliLinksNoGuiLibrary()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {td::test::programPath(QStringLiteral("tokendesk-cli"))});
        QVERIFY(ldd.waitForFinished(20000));
        QCOMPARE(ldd.exitCode(), 0);
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Gui")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Widgets")), qPrintable(libs));
    }

    void coreSourcesIncludeNoGuiHeaders()
    {
        const QRegularExpression forbidden(QStringLiteral(
            R"re(#\s*include\s*<(QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QSystemTrayIcon|QClipboard|QDesktopServices|QIcon|QPixmap|QImage|QColor)\b)re"));
        QDirIterator it(QStringLiteral(TD_SOURCE_DIR "/core"),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto match = forbidden.match(text);
            QVERIFY2(!match.hasMatch(),
                     qPrintable(f.fileName() + QStringLiteral(": ") + match.captured(0)));
            ++files;
        }
        QVERIFY(files > 5);
    }

    // The table itself: one, every named module has a row, and the arrows form layers.
    void architectureTableIsLayered()
    {
        QVERIFY2(m_table.problems.isEmpty(), qPrintable(m_table.problems.join(QLatin1Char('\n'))));
        QVERIFY(m_table.mayInclude.size() > 10);
        QVERIFY2(m_table.cycles().isEmpty(), qPrintable(m_table.cycles().join(QLatin1Char('\n'))));
    }

    void coreIncludesFollowTheTable()
    {
        const QList<LayeringViolation> violations
            = td::test::checkCoreIncludes(QStringLiteral(TD_SOURCE_DIR), m_table);
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
    }

    // The same check over a small tree with one probe file: a forbidden include is reported
    // with its file, line and arrow; an allowed one is not.
    void checkerJudgesOneInclude_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("include");
        QTest::addColumn<QString>("arrow"); // empty: allowed

        QTest::newRow("up a layer") << "tokens"
                                    << "registry/RegistryClient.h"
                                    << "tokens → registry";
        QTest::newRow("up, library form") << "tokens"
                                          << "core/registry/RegistryClient.h"
                                          << "tokens → registry";
        QTest::newRow("up, relative") << "tokens"
                                      << "../registry/RegistryClient.h"
                                      << "tokens → registry";
        QTest::newRow("lowest module") << "util"
                                       << "tokens/Token.h"
                                       << "util → tokens";
        QTest::newRow("desktop code") << "tokens"
                                      << "desktop/mainwindow/MainWindow.h"
                                      << "tokens → app";
        QTest::newRow("cli code") << "registry"
                                  << "cli/CliContext.h"
                                  << "registry → app";
        QTest::newRow("app path") << "tokens"
                                  << "app/desktop/Application.h"
                                  << "tokens → app";
        QTest::newRow("app, relative") << "tokens"
                                       << "../../app/desktop/Application.h"
                                       << "tokens → app";
        QTest::newRow("no such module") << "tokens"
                                        << "core/nosuch/Thing.h"
                                        << "tokens → nosuch";
        QTest::newRow("down a layer") << "registry"
                                      << "tokens/Token.h"
                                      << "";
        QTest::newRow("down, library form") << "registry"
                                            << "core/tokens/Token.h"
                                            << "";
        QTest::newRow("down, relative") << "registry"
                                        << "../util/Clock.h"
                                        << "";
        QTest::newRow("own module") << "tokens"
                                    << "tokens/Token.h"
                                    << "";
        QTest::newRow("own folder") << "tokens"
                                    << "Token.h"
                                    << "";
        QTest::newRow("own subfolder") << "registry"
                                       << "json/TokenDto.h"
                                       << "";
        QTest::newRow("generated") << "tokens"
                                   << "td/Version.h"
                                   << "";
    }

    void checkerJudgesOneInclude()
    {
        QFETCH(QString, module);
        QFETCH(QString, include);
        QFETCH(QString, arrow);
        QTemporaryDir tree;
        QVERIFY(tree.isValid());
        for (const char *file : {"core/tokens/Token.h", "core/registry/RegistryClient.h",
                                 "core/registry/json/TokenDto.h", "core/util/Clock.h"})
            QVERIFY(writeFile(tree.filePath(QLatin1String(file)), "#pragma once\n"));
        const QString probe = QStringLiteral("core/%1/Probe.cpp").arg(module);
        QVERIFY(writeFile(tree.filePath(probe),
                          QByteArray("// probe\n\n#include \"") + include.toUtf8() + "\"\n"));

        const QList<LayeringViolation> violations
            = td::test::checkCoreIncludes(tree.path(), m_table);
        if (arrow.isEmpty()) {
            QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
            return;
        }
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.at(0).file, probe);
        QCOMPARE(violations.at(0).line, 3);
        QCOMPARE(violations.at(0).include, include);
        QCOMPARE(violations.at(0).arrow(), arrow);
        QVERIFY(violations.at(0).toString().startsWith(probe + QStringLiteral(":3: ") + arrow));
    }

    void checkerReportsModuleWithoutRow()
    {
        QTemporaryDir tree;
        QVERIFY(tree.isValid());
        QVERIFY(
            writeFile(tree.filePath(QStringLiteral("core/newthing/Thing.h")), "#pragma once\n"));
        const QList<LayeringViolation> violations
            = td::test::checkCoreIncludes(tree.path(), m_table);
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.at(0).file, QStringLiteral("core/newthing"));
    }

    void tableReading_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QStringList>("cycles");

        const QString head = QStringLiteral("Text.\n\n| module | may include |\n|---|---|\n");
        QTest::newRow("layers") << head
                + QStringLiteral("| `a` | — |\n| b | `a` |\n| c | a, b |\nAfter.\n")
                                << QStringList{} << QStringList{};
        QTest::newRow("cycle") << head + QStringLiteral("| a | b |\n| b | c |\n| c | a |\n")
                               << QStringList{} << QStringList{QStringLiteral("a → b → c → a")};
        QTest::newRow("missing row")
            << head + QStringLiteral("| a | b |\n")
            << QStringList{QStringLiteral("a may include b, which has no row")} << QStringList{};
        QTest::newRow("two rows") << head + QStringLiteral("| a | — |\n| a | — |\n")
                                  << QStringList{QStringLiteral("two rows for a")} << QStringList{};
        QTest::newRow("no table") << QStringLiteral("| module | owns |\n|---|---|\n| a | x |\n")
                                  << QStringList{QStringLiteral(
                                         "expected one `module | may include` table, found 0")}
                                  << QStringList{};
        QTest::newRow("two tables")
            << head + QStringLiteral("| a | — |\n\n") + head + QStringLiteral("| b | — |\n")
            << QStringList{QStringLiteral("expected one `module | may include` table, found 2")}
            << QStringList{};
    }

    void tableReading()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, problems);
        QFETCH(QStringList, cycles);
        const LayeringTable table = LayeringTable::fromMarkdown(markdown);
        QCOMPARE(table.problems, problems);
        QCOMPARE(table.cycles(), cycles);
    }

private:
    LayeringTable m_table;
};

QTEST_GUILESS_MAIN(TstCoreLinks)
#include "tst_corelinks.moc"
