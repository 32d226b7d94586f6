// SPDX-License-Identifier: GPL-3.0-or-later
// core/ must never use Qt Gui or Widgets (design.md §4). tokendesk-cli links td_core alone, so
// its dynamic dependencies tell the truth about core; the sources are checked too.
#include "Harness.h"
#include "TestPaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TstCoreLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TstCoreLinks)
#include "tst_corelinks.moc"
