// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "core/util/SecretBuffer.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/util/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace std::chrono_literals;

class TstSecretClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsToThirtySeconds() { QCOMPARE(SecretClipboard().timeout(), 30000ms); }

    void copiesWithSecretHintAndClearsAfterTimeout()
    {
        SecretClipboard clipboard;
        clipboard.setTimeout(100ms);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(SecretBuffer(QByteArrayView("npm_secret_value")));

        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("npm_secret_value"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(clipboard.isPending());

        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    }

    void leavesClipboardAloneWhenUserCopiedSomethingElse()
    {
        SecretClipboard clipboard;
        clipboard.setTimeout(100ms);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(SecretBuffer(QByteArrayView("npm_secret_value")));
        QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));
        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied"));
    }

    // Issue 16: a visible countdown, on an injected clock and tick; the notice goes when the
    // clipboard is cleared.
    void countsDownAndTheNoticeGoesWhenCleared()
    {
        test::FakeClock clock;
        SecretClipboard clipboard;
        clipboard.setClock(&clock);
        clipboard.setTickInterval(5ms);
        clipboard.setTimeout(30s);
        MainWindow window;
        connect(&clipboard, &SecretClipboard::countdown, &window,
                &MainWindow::setClipboardCountdown);
        connect(&clipboard, &SecretClipboard::cleared, &window,
                [&window] { window.setClipboardCountdown(0); });
        QSignalSpy countdown(&clipboard, &SecretClipboard::countdown);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);

        clipboard.copy(SecretBuffer(QByteArrayView("npm_secret_value")));
        QCOMPARE(countdown.count(), 1);
        QCOMPARE(countdown.last().at(0).toInt(), 30);
        QCOMPARE(window.clipboardCountdownText(), QStringLiteral("Clipboard cleared in 30 s"));

        clock.advance(3s);
        QTRY_COMPARE(clipboard.secondsLeft(), 27);
        QTRY_COMPARE(window.clipboardCountdownText(), QStringLiteral("Clipboard cleared in 27 s"));
        QCOMPARE(countdown.last().at(0).toInt(), 27);
        QTest::qWait(50); // ticks without the clock moving say nothing new
        QCOMPARE(countdown.count(), 2);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("npm_secret_value"));

        clock.advance(26s);
        QTRY_COMPARE(window.clipboardCountdownText(), QStringLiteral("Clipboard cleared in 1 s"));
        clock.advance(1s);
        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString());
        QCOMPARE(window.clipboardCountdownText(), QString());
        QVERIFY(!clipboard.isPending());
        QCOMPARE(clipboard.secondsLeft(), 0);
    }

    void noticeGoesOnlyWhileItIsStillShown()
    {
        MainWindow window;
        window.showNotice(QStringLiteral("'ci' copied"), NoticeKind::Success);
        const QString success
            = window.findChild<QLabel *>(QStringLiteral("noticeText"))->styleSheet();
        window.clearNotice(QStringLiteral("'ci' copied"));
        QCOMPARE(window.noticeText(), QString());
        window.showNotice(QStringLiteral("'ci' copied"), NoticeKind::Success);
        window.showNotice(QStringLiteral("The secret could not be read"), NoticeKind::Error);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noticeText"))->styleSheet() != success);
        window.clearNotice(QStringLiteral("'ci' copied")); // a newer notice stays
        QCOMPARE(window.noticeText(), QStringLiteral("The secret could not be read"));
    }
};

QTEST_MAIN(TstSecretClipboard)
#include "tst_secretclipboard.moc"
