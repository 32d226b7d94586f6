// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's details pane says where the selected token is used on this machine: "scanning…"
// while TokenUsageTracker runs its scan on a worker thread, then one line per place, or "not used
// on this computer". Offscreen, with a fake scan (and one real scan of a temp HOME).
#include "core/npmconfig/TokenIdentity.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/mainwindow/TokenUsageTracker.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace td;

namespace {

Token token(const QString &key, const QString &name)
{
    Token t;
    t.key = key;
    t.name = name;
    t.kind = TokenKind::ClassicPublish;
    t.accountId = QStringLiteral("jane@npmjs");
    return t;
}

TokenUse place(const QString &file, int line, const QString &secretKey)
{
    TokenUse use;
    use.finding.source = CredentialSource::UserConfig;
    use.finding.form = CredentialForm::AuthToken;
    use.finding.file = file;
    use.finding.line = line;
    use.finding.identity.sha512Key = secretKey;
    return use;
}

struct Dashboard
{
    SystemClock clock;
    TokenListModel tokens{clock};
    TokenFilterProxy proxy;
    MainWindow window;
    TokenUsageTracker tracker{clock};

    Dashboard()
    {
        proxy.setSourceTokenModel(&tokens);
        window.setTokenModels(&tokens, &proxy);
        window.setUsageLookup([this](const Token &t) { return tracker.usageOf(t); });
        QObject::connect(&tracker, &TokenUsageTracker::scanStarted, &window,
                         &MainWindow::refreshDetails);
        QObject::connect(&tracker, &TokenUsageTracker::updated, &window,
                         &MainWindow::refreshDetails);
        tokens.setTokens({token(QStringLiteral("used"), QStringLiteral("laptop")),
                          token(QStringLiteral("unused"), QStringLiteral("spare"))});
    }
    QString details() const { return window.details()->text(); }
};

} // namespace

class TestTokenUsagePane : public QObject
{
    Q_OBJECT
private slots:
    void scanningThenPlacesThenUnused()
    {
        Dashboard d;
        QSemaphore release;
        Qt::HANDLE scanThread = nullptr;
        d.tracker.setScan([&](const UsageScanInput &input) {
            scanThread = QThread::currentThreadId();
            release.acquire(); // the test looks at the pane while the scan "runs"
            return QList<TokenUse>{
                place(input.homeDir + QStringLiteral("/.npmrc"), 3, QStringLiteral("used")),
                place(input.homeDir + QStringLiteral("/work/app/.npmrc"), 1,
                      QStringLiteral("used"))};
        });
        d.window.selectToken(QStringLiteral("used"));
        QVERIFY(d.details().contains(QLatin1String("not scanned yet")));

        UsageScanInput input;
        input.homeDir = QStringLiteral("/home/jane");
        QSignalSpy updated(&d.tracker, &TokenUsageTracker::updated);
        d.tracker.rescan(input);
        // Let the scan end even when a check below fails (the tracker waits for it).
        const auto releaseScan = qScopeGuard([&] {
            if (release.available() == 0 && d.tracker.isScanning())
                release.release();
        });
        QVERIFY(d.tracker.isScanning());
        QVERIFY2(d.details().contains(QString::fromUtf8("scanning…")), qPrintable(d.details()));
        release.release();
        QVERIFY(updated.wait(5000) || updated.size() == 1);
        QVERIFY(scanThread != QThread::currentThreadId()); // not on the GUI thread
        QVERIFY2(d.details().contains(QLatin1String("~/.npmrc, line 3")), qPrintable(d.details()));
        QVERIFY(d.details().contains(QLatin1String("~/work/app/.npmrc, line 1")));

        d.window.selectToken(QStringLiteral("unused"));
        QVERIFY2(d.details().contains(QLatin1String("not used on this computer")),
                 qPrintable(d.details()));
    }

    void rescanWhileRunningIsQueued()
    {
        Dashboard d;
        QAtomicInt scans = 0;
        d.tracker.setScan([&](const UsageScanInput &input) {
            ++scans;
            QThread::msleep(50);
            return QList<TokenUse>{
                place(input.homeDir + QStringLiteral("/.npmrc"), 1, QStringLiteral("used"))};
        });
        UsageScanInput first;
        first.homeDir = QStringLiteral("/home/old");
        UsageScanInput second;
        second.homeDir = QStringLiteral("/home/new");
        QSignalSpy updated(&d.tracker, &TokenUsageTracker::updated);
        d.tracker.rescan(first);
        d.tracker.rescan(second);
        d.tracker.rescan(second);
        QTRY_COMPARE(updated.size(), 2);
        QCOMPARE(scans.loadRelaxed(), 2);
        d.window.selectToken(QStringLiteral("used"));
        QVERIFY(d.details().contains(QLatin1String("~/.npmrc, line 1")));
    }

    void realScanFindsTheUserNpmrc()
    {
        // The default scan: CredentialScanner + TokenMatcher over a temp HOME, no network.
        QTemporaryDir home;
        const QByteArray secret = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        QVERIFY(writeFileAtomically(home.filePath(QStringLiteral(".npmrc")),
                                    "fund=false\n//registry.npmjs.org/:_authToken=" + secret + "\n")
                    .ok());
        SystemClock clock;
        TokenUsageTracker tracker(clock);
        // A classic token's key is the hex SHA-512 of its secret.
        const Token classic = token(sha512Hex(secret), QStringLiteral("laptop"));
        UsageScanInput input;
        input.homeDir = home.path();
        input.accountRegistry = QStringLiteral("https://registry.npmjs.org/");
        input.tokens = {classic};
        QSignalSpy updated(&tracker, &TokenUsageTracker::updated);
        tracker.rescan(input);
        QVERIFY(updated.wait(10000));
        QCOMPARE(tracker.usageOf(classic).places, QStringList{QStringLiteral("~/.npmrc, line 2")});
    }
};

QTEST_MAIN(TestTokenUsagePane)
#include "tst_tokenusagepane.moc"
