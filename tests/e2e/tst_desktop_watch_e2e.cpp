// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22, "Done when" #1, end to end on Xvfb (tests/run-headless.sh) with the real keychain,
// the real npm CLI and a real tokendesk-sandbox process (--seed watch). The real Application is
// signed in (legacy sign-in, session in gnome-keyring) and watches. A simulated GitHub job
// publishes @acme/ui 1.0.0 and 1.1.0 with `npm publish` through the trusted publisher: no alarm,
// the Releases tab shows both verified. The control API publishes 1.1.1 with the stolen token and
// a new postinstall: within one poll the notification server receives a critical alarm naming
// both reasons, and the tray is red. Respond opens the Lockdown dialog (Application's
// LockdownLauncher); a watchdog planted in the test's HOME stops it and is named; once removed,
// Run sets require-2FA/disallow-tokens, revokes the tokens, moves latest back to 1.1.0 and
// deprecates 1.1.1 under one browser 2FA approval; npm view, GET /-/package/<p>/access and npm
// whoami with the stolen token confirm each; the incident report lists each action.
// Screenshots in <build>/screenshots/: watch-e2e-releases-alarm.png, watch-e2e-notification.png
// (the fake notification server's log entry drawn as text: it shows no bubble),
// watch-e2e-lockdown-plan.png, watch-e2e-lockdown-blocked.png, watch-e2e-lockdown-done.png.
// The functions run in order and build on each other.
#include "desktop/signin/TwoFactorDialog.h" // before GuiTwoFactorPrompt.h (inline accessors)

#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "NotificationLog.h"
#include "NpmCli.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListService.h"
#include "core/util/AtomicFile.h"
#include "core/watch/WatchReleaseModel.h"
#include "core/watch/WatchService.h"
#include "desktop/Application.h"
#include "desktop/lockdown/LockdownDialog.h"
#include "desktop/lockdown/LockdownPresenter.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/ReleasesPresenter.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/tray/TrayController.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace td;
using namespace td::test;
using namespace td::watch;
using namespace Qt::StringLiterals;

namespace {
const QString kUi = u"@acme/ui"_s;
const QString kAlarmTitle = u"Publish alarm: @acme/ui 1.1.1"_s;
constexpr auto kStolenBypassToken = "npm_SandboxWatchCiBypass0000000000000000"; // ci-publish
const QStringList kSeededTokens{u"ci-publish"_s, u"laptop-publish"_s, u"watch-read"_s};
const QString kPrivate = u"@acme/internal-tools"_s; // restricted: listed only to a reader
constexpr auto kReadToken = "npm_SandboxWatchReadOnly0000000000000000"; // the seed's watch-read
const QString kReadTokenId = u"0b5f1a2c-2203-4a00-8000-000000002203"_s;

QList<QJsonObject> noticesTitled(const QString &title)
{
    QList<QJsonObject> found;
    const QList<QJsonObject> all = notificationsWith();
    for (const QJsonObject &n : all)
        if (n.value(u"summary"_s).toString() == title)
            found.append(n);
    return found;
}
} // namespace

class TestDesktopWatchE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{u"tokendesk-watch-e2e"_s};
    std::unique_ptr<Application> m_app;
    QList<QUrl> m_opened; // every page the app asked the browser to open
    int m_codesAsked = 0; // typed-code dialogs during the lockdown
    QString m_home;       // HOME of the app (the lockdown scans it)
    QString m_npmHome;    // HOME of the npm runs
    QString m_emptyRc;
    QPointer<LockdownDialog> m_dialog;

    QUrl at(const QString &path) const { return m_sandbox.url().resolved(QUrl(path)); }
    HttpReply control(const QString &path, const QJsonObject &body)
    {
        return httpCall("POST", at(path), QJsonDocument(body).toJson(),
                        {{"content-type", "application/json"}});
    }
    void advanceClockAMinute()
    {
        QCOMPARE(control(u"/-/sandbox/clock"_s, {{u"advance_seconds"_s, 60}}).status, 200);
    }
    // The current code by the sandbox's clock, as the user's authenticator shows it.
    QString sandboxCode()
    {
        return httpCall("GET", at(u"/-/sandbox/totp?username=maintainer"_s))
            .json()
            .object()
            .value(u"code"_s)
            .toString();
    }
    NpmRun npm(const QStringList &args, const QString &workDir = {},
               const QStringList &env = {}) const
    {
        return NpmCli(m_npmHome).run(args, {}, workDir, env);
    }
    QJsonObject access()
    {
        return httpCall("GET", at(u"/-/package/@acme%2fui/access"_s)).json().object();
    }
    // The names of the tokens the registry still honours (revoked ones stay in its state).
    QStringList liveTokenNames()
    {
        QStringList names;
        const QJsonArray tokens = httpCall("GET", at(u"/-/sandbox/state"_s))
                                      .json()
                                      .object()
                                      .value(u"tokens"_s)
                                      .toArray();
        for (const QJsonValue &t : tokens)
            if (!t.toObject().contains(u"revoked"_s))
                names << t.toObject().value(u"name"_s).toString();
        return names;
    }
    WatchService *service() const { return m_app->watchService(); }
    ReleasesView *view() const { return m_app->mainWindow()->releasesView(); }
    const WatchReleaseModel *model() const { return m_app->releasesPresenter()->model(); }
    const WatchRelease *newVersion(const QString &version) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const WatchRelease *r = model()->release(row);
            if (r->package == kUi && r->version == version
                && r->kind == WatchEvent::Kind::NewVersion)
                return r;
        }
        return nullptr;
    }
    bool watches(const QString &package) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->release(row)->package == package)
                return true;
        return false;
    }
    bool runPass()
    {
        QSignalSpy finished(service(), &WatchService::passFinished);
        service()->runOnce();
        return finished.wait(120000);
    }
    QString unitPath() const
    {
        return QDir(m_home).filePath(u".config/systemd/user/npm-token-monitor.service"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        // The app's HOME is the test's own: the lockdown scans it for the worms' persistence and
        // writes the report into its Documents folder.
        m_home = m_dir.filePath(u"home"_s);
        m_npmHome = m_dir.filePath(u"npm-home"_s);
        QVERIFY(QDir().mkpath(m_home) && QDir().mkpath(m_npmHome));
        qputenv("HOME", QFile::encodeName(m_home));
        QCOMPARE(QDir::homePath(), m_home);
        m_emptyRc = QDir(m_npmHome).filePath(u"empty.npmrc"_s);
        QVERIFY(QFile(m_emptyRc).open(QIODevice::WriteOnly));
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"watch"_s}), qPrintable(m_sandbox.errorString()));

        Application::Options options
            = sandboxAppOptions(m_sandbox.url(), m_dir.filePath(u"data"_s), &m_keychain);
        options.openUrl = [this](const QUrl &url) {
            m_opened.append(url);
            return true; // the test approves in the "browser" (the sandbox's approve API)
        };
        m_app = std::make_unique<Application>(options);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        CodeAnsweringPrompt prompt([this] { return sandboxCode(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), "sandbox-password", &prompt, &why),
                 qPrintable(why));
        // Passes on the test's word from here on (runOnce is exactly one poll).
        service()->stop();
        m_app->mainWindow()->tabs()->setCurrentWidget(view());
        m_app->mainWindow()->resize(1280, 760);
        QVERIFY(runPass()); // the baseline: @acme/ui has no versions yet
        QVERIFY(service()->targetCount() >= 4);
        QVERIFY(service()->openAlarms().isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_dialog)
            m_dialog->close();
        m_app.reset();
    }

    // Private packages need a read-capable token from the keychain. The seed's read-only
    // watch-read is in the account's list but its secret is not kept: the registry lists the
    // restricted package to nobody else, so it is not watched. Once TokenDesk keeps the secret,
    // the next list sync hands it to the watch, which lists the account's packages with it at
    // once: the package is watched (its baseline shown), without a second factor.
    void aPrivatePackageIsWatchedOnceItsReadTokenIsKept()
    {
        const int before = service()->targetCount();
        QVERIFY(!watches(kPrivate));
        const QString accountId = m_app->currentAccountId();
        QVERIFY(!accountId.isEmpty());
        bool kept = false;
        m_keychain.write(SecretStore::tokenKey(accountId, kReadTokenId),
                         SecretBuffer(QByteArrayView(kReadToken)), this,
                         [&kept](Result<void> r) { kept = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(kept, 10000);
        QSignalSpy synced(m_app->tokenList(), &TokenListService::listChanged);
        m_app->tokenList()->refresh(accountId);
        QVERIFY(synced.wait(30000));
        QVERIFY(runPass());
        QCOMPARE(service()->targetCount(), before + 1);
        QVERIFY(watches(kPrivate));
        QVERIFY(service()->openAlarms().isEmpty()); // the first look is a baseline
    }

    void trustedReleasesByNpmAreVerifiedWithoutAlarm()
    {
        for (const QString &version : {u"1.0.0"_s, u"1.1.0"_s}) {
            const QString dir = NpmCli(m_npmHome).writePackage(kUi, version);
            const NpmRun run
                = npm(QStringList{u"publish"_s, u"--access=public"_s}
                          + NpmCli::commonArgs(m_sandbox.url(), m_emptyRc),
                      dir, githubJobEnv(m_sandbox.url(), u"acme/ui"_s, u"release.yml"_s));
            QVERIFY2(run.exitCode == 0, qPrintable(run.output));
            advanceClockAMinute();
        }
        QVERIFY(runPass());
        QVERIFY(service()->openAlarms().isEmpty());
        QVERIFY(!m_app->tray()->watchAlarm());
        for (const QString &version : {u"1.0.0"_s, u"1.1.0"_s}) {
            const WatchRelease *r = newVersion(version);
            QVERIFY2(r, qPrintable(version));
            QVERIFY(!r->baseline);
            QCOMPARE(r->level, WatchVerdict::Level::Expected);
            QVERIFY2(r->publisher.has_value(), qPrintable(r->publishPath));
            QCOMPARE(r->publisher->repository(), u"acme/ui"_s);
            QVERIFY2(r->publishPath.contains(u"verified"_s), qPrintable(r->publishPath));
        }
        QCOMPARE(noticesTitled(u"Publish alarm: @acme/ui 1.1.0"_s).size(), 0);
    }

    void tokenPublishWithPostinstallAlarmsWithinOnePoll()
    {
        const QJsonObject body{{u"package"_s, kUi},
                               {u"version"_s, u"1.1.1"_s},
                               {u"actor"_s, u"token"_s},
                               {u"scripts"_s, QJsonObject{{u"postinstall"_s, u"node x.js"_s}}}};
        QCOMPARE(control(u"/-/sandbox/publish"_s, body).status, 201);
        advanceClockAMinute();
        QCOMPARE(noticesTitled(kAlarmTitle).size(), 0);

        QVERIFY(runPass()); // one poll
        QCOMPARE(service()->openAlarms().size(), 1);
        const WatchRelease alarm = service()->openAlarms().constFirst();
        QCOMPARE(alarm.version, u"1.1.1"_s);
        QVERIFY2(alarm.codes.contains(u"trust-downgrade"_s), qPrintable(alarm.codes.join(u' ')));
        QVERIFY2(alarm.codes.contains(u"install-script"_s), qPrintable(alarm.codes.join(u' ')));
        QVERIFY(alarm.reasons.size() >= 2);

        // The notification server received it: critical, naming package and version, and both
        // reasons (the token publish first, the postinstall too).
        QTRY_COMPARE_WITH_TIMEOUT(noticesTitled(kAlarmTitle).size(), 1, 10000);
        const QJsonObject notice = noticesTitled(kAlarmTitle).constFirst();
        const QString text = notice.value(u"body"_s).toString();
        QCOMPARE(notice.value(u"hints"_s).toObject().value(u"urgency"_s).toInt(), 2);
        QVERIFY2(text.startsWith(alarm.reasons.first()), qPrintable(text));
        QVERIFY2(text.contains(u"with a token"_s), qPrintable(text));
        QVERIFY2(text.contains(u"postinstall"_s), qPrintable(text));
        for (const QString &reason : alarm.reasons)
            QVERIFY2(text.contains(reason), qPrintable(text));

        // The tray is red; the alarm is on top of the Releases tab, chosen, with both reasons.
        QVERIFY(m_app->tray()->watchAlarm());
        QCOMPARE(m_app->tray()->state(), TrayState::Critical);
        QCOMPARE(model()->release(0)->key(), alarm.key());
        QCOMPARE(model()->index(0, WatchReleaseModel::VerdictColumn).data().toString(),
                 levelWords(WatchVerdict::Level::Alarm));
        QVERIFY(view()->currentRelease());
        QCOMPARE(view()->currentRelease()->key(), alarm.key());
        const QString details = view()->details()->toPlainText();
        QVERIFY2(details.contains(u"postinstall"_s), qPrintable(details));
        QVERIFY(view()->respondButton()->isEnabled());
        QTest::qWait(200);
        saveScreenshot(m_app->mainWindow(), u"watch-e2e-releases-alarm.png"_s);

        // The fake notification server draws no bubble: its log entry, drawn as text.
        QLabel entry;
        entry.setTextFormat(Qt::PlainText);
        entry.setMargin(16);
        entry.setWordWrap(true);
        entry.setFixedWidth(640);
        entry.setText(
            u"Notification as received by the session's notification server (fake_notifyd "
            "log, no bubble is drawn)\n\nsummary: %1\nurgency: %2 (critical)\napp: %3\n\n%4"_s
                .arg(notice.value(u"summary"_s).toString())
                .arg(notice.value(u"hints"_s).toObject().value(u"urgency"_s).toInt())
                .arg(notice.value(u"app_name"_s).toString(), text));
        entry.adjustSize();
        entry.show();
        QVERIFY(QTest::qWaitForWindowExposed(&entry));
        saveScreenshot(&entry, u"watch-e2e-notification.png"_s);
    }

    void respondOpensTheLockdownThatStopsOnAPlantedWatchdog()
    {
        QVERIFY(writeFileAtomically(unitPath(), "ExecStart=/bin/sh -c 'npm whoami || rm -rf ~'\n")
                    .ok());
        QTest::mouseClick(view()->respondButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog = m_app->mainWindow()->findChild<LockdownDialog *>(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->runButton()->isEnabled(), 30000);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        // The plan: what applies is ticked.
        for (const LockdownStepKind kind :
             {LockdownStepKind::RequireTwoFactor, LockdownStepKind::RevokeTokens,
              LockdownStepKind::MoveDistTags, LockdownStepKind::Deprecate})
            QVERIFY(m_dialog->stepBox(kind)->isChecked());
        QVERIFY(!m_dialog->stepBox(LockdownStepKind::Unpublish)->isChecked());
        QTest::qWait(200);
        saveScreenshot(m_dialog, u"watch-e2e-lockdown-plan.png"_s);

        const QJsonObject before = access();
        QTest::mouseClick(m_dialog->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->statusText().contains(unitPath()), 10000);
        QTest::qWait(200);
        saveScreenshot(m_dialog, u"watch-e2e-lockdown-blocked.png"_s);
        QCOMPARE(access(), before);
        for (const QString &name : kSeededTokens)
            QVERIFY2(liveTokenNames().contains(name), qPrintable(name));
        QVERIFY(m_opened.isEmpty()); // nothing asked for 2FA: nothing was written
    }

    void lockdownRunsEveryStepUnderOneApproval()
    {
        QVERIFY(m_dialog);
        QVERIFY(QFile::remove(unitPath()));
        auto *presenter = m_dialog->findChild<LockdownPresenter *>();
        QVERIFY(presenter);
        const QList<GuiTwoFactorPrompt *> prompts = m_app->findChildren<GuiTwoFactorPrompt *>();
        for (GuiTwoFactorPrompt *prompt : prompts)
            connect(prompt, &GuiTwoFactorPrompt::codeRequested, this, [this] { ++m_codesAsked; });
        QSignalSpy finished(presenter, &LockdownPresenter::finished);
        QTest::mouseClick(m_dialog->runButton(), Qt::LeftButton);
        // The user approves each browser page that appears (with npm's "skip 2FA for 5 minutes").
        int approvals = 0;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         approvals += approvePendingPages(m_sandbox.url(), true);
                         return !finished.isEmpty();
                     },
                     180000),
                 qPrintable(m_dialog->statusText()));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(m_dialog->statusText()));
        // One 2FA approach for the batch: one page, one approval, no typed code.
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.constFirst().host(), m_sandbox.url().host()); // the registry's page
        QCOMPARE(approvals, 1);
        QCOMPARE(m_codesAsked, 0);
        for (int i = 0; i < m_dialog->progress()->count(); ++i)
            QVERIFY2(m_dialog->progress()->item(i)->text().endsWith(u"done"_s),
                     qPrintable(m_dialog->progress()->item(i)->text()));
        QCOMPARE(m_dialog->progress()->count(), 6); // mfa, 3 tokens, latest, deprecate
        QTest::qWait(200);
        saveScreenshot(m_dialog, u"watch-e2e-lockdown-done.png"_s);

        // The real npm CLI: latest is 1.1.0 again and 1.1.1 is deprecated; 1.1.0 is not.
        const NpmRun view = npm(
            QStringList{u"view"_s, kUi + u"@1.1.1"_s, u"dist-tags"_s, u"deprecated"_s, u"--json"_s}
            + NpmCli::commonArgs(m_sandbox.url(), m_emptyRc));
        QVERIFY2(view.exitCode == 0, qPrintable(view.output));
        const QJsonObject viewed
            = QJsonDocument::fromJson(NpmCli::stripAnsi(view.output).toUtf8()).object();
        QCOMPARE(viewed.value(u"dist-tags"_s).toObject().value(u"latest"_s).toString(), u"1.1.0"_s);
        QVERIFY2(!viewed.value(u"deprecated"_s).toString().isEmpty(), qPrintable(view.output));
        const NpmRun good = npm(QStringList{u"view"_s, kUi + u"@1.1.0"_s, u"deprecated"_s}
                                + NpmCli::commonArgs(m_sandbox.url(), m_emptyRc));
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(NpmCli::stripAnsi(good.output).trimmed().isEmpty(), qPrintable(good.output));
        // The registry's access document (npm 11 has no `npm access get mfa`).
        const QJsonObject after = access();
        QCOMPARE(after.value(u"publish_requires_tfa"_s), QJsonValue(true));
        QCOMPARE(after.value(u"automation_token_overrides_tfa"_s), QJsonValue(false));
        // The tokens are gone: the stolen one no longer works for npm, none is left listed.
        const QString stolenRc = NpmCli(m_npmHome).writeTokenRc(m_sandbox.url(), u"stolen.npmrc"_s,
                                                                QLatin1String(kStolenBypassToken));
        const NpmRun whoami
            = npm(QStringList{u"whoami"_s} + NpmCli::commonArgs(m_sandbox.url(), stolenRc));
        QVERIFY2(whoami.exitCode != 0, qPrintable(whoami.output));
        const QStringList left = liveTokenNames();
        for (const QString &name : kSeededTokens)
            QVERIFY2(!left.contains(name), qPrintable(left.join(u", "_s)));

        // The report lists each action, and no secret.
        const QString reportPath = finished.constFirst().at(1).toString();
        QFile report(reportPath);
        QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(reportPath));
        const QString md = QString::fromUtf8(report.readAll());
        qInfo("report %s:\n%s", qPrintable(reportPath), qPrintable(md));
        const QStringList actions = kSeededTokens + QStringList{u"latest → 1.1.0"_s, u"1.1.1"_s};
        for (const QString &needle : actions)
            QVERIFY2(md.contains(needle), qPrintable(needle));
        QVERIFY2(md.count(u" | done "_s) >= 6, qPrintable(md));
        QVERIFY(!md.contains(u"npm_"_s));
    }
};

TD_XCB_TEST_MAIN(TestDesktopWatchE2e)
#include "tst_desktop_watch_e2e.moc"
