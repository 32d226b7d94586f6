// SPDX-License-Identifier: GPL-3.0-or-later
// The Lockdown dialog (issue 22) on a real X server against the real tokendesk-sandbox
// (--seed watch) with the real keychain: @acme/ui 1.0.0 and 1.1.0 from the trusted publisher,
// then 1.1.1 with a token. The plan shows a box per step (ticked where it applies, disabled with
// why not where it does not); a watchdog planted in the test's home stops Run and is named with
// nothing changed; once removed, Run does every ticked step under one typed code, one line per
// write, and shows the report. Screenshot: <build>/screenshots/lockdown-plan.png. A lockdown
// left unfinished earlier is offered as Resume, and carries on alone.
#include "AwaitResult.h"
#include "HttpHelper.h"
#include "LockdownSandboxSupport.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "XcbTestMain.h"
#include "core/lockdown/LockdownJournal.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "desktop/lockdown/LockdownDialog.h"
#include "desktop/lockdown/LockdownPresenter.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/signin/TwoFactorDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace td;
using namespace td::test;

class TestLockdownDialog : public QObject
{
    Q_OBJECT
    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    KeychainSessions m_session;

    QUrl at(const QString &path) const { return m_sandbox.url().resolved(QUrl(path)); }
    // Publishes through the control API, then moves the sandbox clock a minute on, so each
    // version has its own publish time (the last good version is the newest before a bad one).
    QString publish(const QJsonObject &body)
    {
        return sandboxPublishAndTick(m_sandbox.url(), body);
    }
    // The current code by the sandbox's clock, as the user's authenticator shows it.
    QByteArray sandboxCode()
    {
        return httpCall("GET", at(QStringLiteral("/-/sandbox/totp?username=maintainer")))
            .json()
            .object()
            .value(QStringLiteral("code"))
            .toString()
            .toLatin1();
    }
    QString latest()
    {
        return httpCall("GET", at(QStringLiteral("/@acme%2fui")))
            .json()
            .object()
            .value(QStringLiteral("dist-tags"))
            .toObject()
            .value(QStringLiteral("latest"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("watch")}),
                 qPrintable(m_sandbox.errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_session.open(m_nam.get(), m_dir.filePath(QStringLiteral("accounts.json")), m_clock);
    }
    void cleanupTestCase()
    {
        m_session.close();
        m_nam.reset();
    }

    void findingsStopThenThePlanRuns()
    {
        for (const char *version : {"1.0.0", "1.1.0"})
            QCOMPARE(publish({{QStringLiteral("package"), QStringLiteral("@acme/ui")},
                              {QStringLiteral("version"), QLatin1String(version)},
                              {QStringLiteral("actor"), QStringLiteral("trusted-publisher")}}),
                     QString());
        QCOMPARE(publish({{QStringLiteral("package"), QStringLiteral("@acme/ui")},
                          {QStringLiteral("version"), QStringLiteral("1.1.1")},
                          {QStringLiteral("actor"), QStringLiteral("token")}}),
                 QString());

        const QByteArray signInCode = sandboxCode();
        const auto account = signInMaintainer(*m_session.sessions, m_sandbox.url(), signInCode);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        RegistryClient client(m_nam.get(), m_sandbox.url(), m_clock);
        QVERIFY(authorizeWithTypedCode(*m_session.sessions, client, account.value().id).ok());

        QTemporaryDir home;
        const QString unit = plantWatchdog(home.path());
        QVERIFY(!unit.isEmpty());
        GuiTwoFactorPrompt prompt(nullptr);
        LockdownPresenter::Paths paths{home.path(), home.filePath(QStringLiteral("tmp")),
                                       m_dir.filePath(QStringLiteral("journal")),
                                       m_dir.filePath(QStringLiteral("reports"))};
        auto *presenter = new LockdownPresenter(client, &prompt, m_clock, paths);
        QList<QUrl> opened;
        LockdownDialog dialog(presenter, [&opened](const QUrl &url) { opened.append(url); });
        presenter->setParent(&dialog);
        prompt.setWindow(&dialog);
        dialog.setSubject(QStringLiteral("@acme/ui 1.1.1"));
        dialog.open();
        QSignalSpy ready(presenter, &LockdownPresenter::planReady);
        presenter->prepare({QStringLiteral("@acme/ui")},
                           {{QStringLiteral("@acme/ui"),
                             QStringLiteral("1.1.1"),
                             {},
                             QStringLiteral("alarm"),
                             {QStringLiteral("published with a token")}}});
        QVERIFY(ready.wait(30000));

        // The plan: a box per step, ticked where it applies, why not where it does not.
        QVERIFY(dialog.stepBox(LockdownStepKind::RequireTwoFactor)->isChecked());
        QVERIFY(dialog.stepBox(LockdownStepKind::RevokeTokens)->isChecked());
        QVERIFY(dialog.stepBox(LockdownStepKind::MoveDistTags)->isChecked());
        QVERIFY(dialog.stepBox(LockdownStepKind::Deprecate)->isChecked());
        QVERIFY(!dialog.stepBox(LockdownStepKind::RevokeTrust)->isEnabled());
        QVERIFY(!dialog.stepBox(LockdownStepKind::Unpublish)->isChecked());
        QVERIFY(!dialog.stepBox(LockdownStepKind::RemoveMaintainers)->toolTip().isEmpty());
        QVERIFY(dialog.runButton()->isEnabled());
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        const QString shots = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/lockdown-plan.png")));

        // The planted watchdog stops Run and is named; nothing changed.
        QSignalSpy blocked(presenter, &LockdownPresenter::blocked);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QCOMPARE(blocked.size(), 1);
        QVERIFY2(dialog.statusText().contains(unit), qPrintable(dialog.statusText()));
        QTest::qWait(200); // the relayout for the longer text
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/lockdown-findings.png")));
        QCOMPARE(latest(), QStringLiteral("1.1.1"));

        // Disarmed: one typed code for the batch, a line per write, the report at the end.
        QVERIFY(QFile::remove(unit));
        while (QDateTime::currentSecsSinceEpoch() % 30 > 15)
            QTest::qWait(500);
        while (sandboxCode() == signInCode) // each code is taken once
            QTest::qWait(500);
        prompt.setPresetCode(SecretBuffer(QByteArrayView(sandboxCode())));
        // The dist-tag write fails once: the run stops there, saying so, and Retry carries on.
        const QJsonObject rule{{QStringLiteral("method"), QStringLiteral("PUT")},
                               {QStringLiteral("path"), QStringLiteral("/-/package/*")},
                               {QStringLiteral("status"), 400},
                               {QStringLiteral("times"), 1}};
        const QByteArray fault = QJsonDocument(QJsonArray{rule}).toJson();
        QCOMPARE(httpCall("POST", at(QStringLiteral("/-/sandbox/faults")), fault,
                          {{"content-type", "application/json"}})
                     .status,
                 200);
        QSignalSpy finished(presenter, &LockdownPresenter::finished);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.constFirst().at(0).toBool());
        QVERIFY(dialog.retryButton()->isVisible());
        QVERIFY2(dialog.progress()->item(4)->text().contains(QLatin1String("failed")),
                 qPrintable(dialog.progress()->item(4)->text()));
        QCOMPARE(dialog.progress()->count(), 5); // the deprecation was not started
        QCOMPARE(latest(), QStringLiteral("1.1.1"));
        finished.clear();
        QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.progress()->count(), 6); // mfa, 3 tokens, latest, deprecate
        for (int i = 0; i < dialog.progress()->count(); ++i)
            QVERIFY2(dialog.progress()->item(i)->text().endsWith(QStringLiteral("done")),
                     qPrintable(dialog.progress()->item(i)->text()));
        const QString report = finished.constFirst().at(1).toString();
        QVERIFY(QFile::exists(report));
        QVERIFY(dialog.statusText().contains(QDir::toNativeSeparators(report)));
        QCOMPARE(latest(), QStringLiteral("1.1.0"));
        QVERIFY(dialog.reportPageButton()->isVisible());
        QTest::mouseClick(dialog.reportPageButton(), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.constFirst().toString().contains(QLatin1String("1.1.1")));
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/lockdown-done.png")));
    }

    // A lockdown left unfinished (here: a journal whose tag move never ran, as a crash or the
    // CLI leaves it) is offered when the dialog opens: Resume carries it on, nothing else runs.
    void anEarlierUnfinishedLockdownIsResumed()
    {
        const QString journalDir = m_dir.filePath(QStringLiteral("journal-earlier"));
        QVERIFY(QDir().mkpath(journalDir));
        LockdownAction move;
        move.kind = LockdownAction::Kind::SetDistTag;
        move.package = QStringLiteral("@acme/theme");
        move.target = QStringLiteral("latest");
        move.value = QStringLiteral("2.1.0");
        move.label = QStringLiteral("@acme/theme: latest → 2.1.0");
        const QString earlier
            = LockdownJournal::pathFor(journalDir, QStringLiteral("20261201-090000"));
        QVERIFY(LockdownJournal::create(earlier, {move}, QStringLiteral("20261201-090000"),
                                        m_clock.now())
                    .save()
                    .ok());

        const QByteArray signInCode = sandboxCode();
        const auto account = signInMaintainer(*m_session.sessions, m_sandbox.url(), signInCode);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        RegistryClient client(m_nam.get(), m_sandbox.url(), m_clock);
        QVERIFY(authorizeWithTypedCode(*m_session.sessions, client, account.value().id).ok());
        QTemporaryDir home;
        GuiTwoFactorPrompt prompt(nullptr);
        LockdownPresenter::Paths paths{home.path(), home.filePath(QStringLiteral("tmp")),
                                       journalDir, m_dir.filePath(QStringLiteral("reports"))};
        auto *presenter = new LockdownPresenter(client, &prompt, m_clock, paths);
        LockdownDialog dialog(presenter, [](const QUrl &) {});
        presenter->setParent(&dialog);
        prompt.setWindow(&dialog);
        dialog.open();
        QSignalSpy ready(presenter, &LockdownPresenter::planReady);
        presenter->prepare({QStringLiteral("@acme/ui")},
                           {{QStringLiteral("@acme/ui"), QStringLiteral("1.1.1"), {}, {}, {}}});
        QVERIFY(ready.wait(30000));
        QCOMPARE(presenter->earlierJournal(), earlier);
        QVERIFY2(dialog.statusText().contains(QLatin1String("earlier lockdown")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.retryButton()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(QStringLiteral(TD_BINARY_DIR "/screenshots")
                                   + QStringLiteral("/lockdown-resume-offer.png")));

        while (QDateTime::currentSecsSinceEpoch() % 30 > 15)
            QTest::qWait(500);
        while (sandboxCode() == signInCode) // each code is taken once
            QTest::qWait(500);
        prompt.setPresetCode(SecretBuffer(QByteArrayView(sandboxCode())));
        QSignalSpy finished(presenter, &LockdownPresenter::finished);
        QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.progress()->count(), 1); // the earlier run's one write, not the new plan
        QCOMPARE(httpCall("GET", at(QStringLiteral("/@acme%2ftheme")))
                     .json()
                     .object()
                     .value(QStringLiteral("dist-tags"))
                     .toObject()
                     .value(QStringLiteral("latest"))
                     .toString(),
                 QStringLiteral("2.1.0"));
        QVERIFY(LockdownJournal::findUnfinished(journalDir).isEmpty());
        QCOMPARE(latest(), QStringLiteral("1.1.0")); // @acme/ui untouched by the resume
    }
};

TD_XCB_TEST_MAIN(TestLockdownDialog)
#include "tst_lockdowndialog.moc"
