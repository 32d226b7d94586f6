// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SecretBuffer.h"
#include "util/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
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
};

QTEST_MAIN(TstSecretClipboard)
#include "tst_secretclipboard.moc"
