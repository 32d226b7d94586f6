// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, end to end on Xvfb with the real keychain (tests/run-headless.sh: gnome-keyring, the
// fake tray watcher and notification server) and the real npm CLI against tokendesk-sandbox:
//  - a workspace folder with three packages (@acme/kit-tokens ← kit-icons ← kit-ui), 1.0.0 of
//    each published with the real `npm publish`, trust configs made with the real `npm trust
//    github … --allow-stage-publish`;
//  - a simulated GitHub Actions job (a sandbox id token in NPM_ID_TOKEN) runs the real
//    `npm stage publish` for 1.1.0 of each, the dependents first;
//  - within one poll the desktop sends "… is staged and waits for your approval" once per
//    version (checked on the fake notification server), the tray badge counts three, the tab
//    lists them as staged by trusted automation, and the notice's button opens the tab on it;
//  - a restart (same data folder, the session from the real keychain) announces nothing again;
//  - the diff pane shows the files and package.json changes against 1.0.0 (the new postinstall
//    script highlighted as an install script);
//  - "Approve all" approves in the workspace's dependency order, each with a browser 2FA page
//    approved on the sandbox, with progress and a result per row; the real `npm view` then sees
//    each 1.1.0 with its tag;
//  - a fourth stage (kit-ui 1.2.0, tag next) is rejected and is gone (`npm stage list`, the
//    registry's own list, `npm view`).
// Screenshots: <build>/screenshots/staged-releases*.png.
#include "desktop/signin/TwoFactorDialog.h" // before GuiTwoFactorPrompt.h (inline accessors)

#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "NotificationLog.h"
#include "NpmCli.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/stage/StageInbox.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/migration/ProjectFolders.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/stage/StagePresenter.h"
#include "desktop/stage/StagedReleaseModel.h"
#include "desktop/stage/StagedReleasesTab.h"
#include "desktop/tray/TrayController.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace td;
using namespace td::test;

namespace {

constexpr auto kPublishToken = "npm_SandboxDemoBypass0000000000000000000"; // write @acme
constexpr std::chrono::seconds kPoll{4};
const QStringList kPackages{QStringLiteral("@acme/kit-tokens"), QStringLiteral("@acme/kit-icons"),
                            QStringLiteral("@acme/kit-ui")};

QString folderOf(const QString &name)
{
    return name.section(QLatin1Char('-'), 1); // "@acme/kit-ui" → "ui"
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QString noticeFor(const QString &name, const QString &version)
{
    return QStringLiteral("%1 %2 is staged and waits for your approval").arg(name, version);
}

} // namespace

class TestDesktopStageE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_workspace;
    QString m_publishRc;
    QString m_sessionRc;
    QString m_emptyRc;
    KeychainSecretStore m_keychain{QStringLiteral("tokendesk-stage-e2e")};
    std::unique_ptr<Application> m_app;
    QList<QUrl> m_opened; // 2FA pages the app asked the browser to open

    NpmRun npm(const QStringList &args, const QString &rc, const QString &workDir = {},
               const QStringList &answers = {}, const QStringList &env = {})
    {
        return NpmCli(m_home.path())
            .run(args + NpmCli::commonArgs(m_sandbox.url(), rc), answers, workDir, env);
    }

    // One workspace package at `version`; 1.1.0 adds a file, changes index.js and, in kit-ui,
    // a postinstall script.
    void writeWorkspacePackage(const QString &name, const QString &version)
    {
        const QString dir = m_workspace + QStringLiteral("/packages/") + folderOf(name);
        QJsonObject manifest{
            {QStringLiteral("name"), name},
            {QStringLiteral("version"), version},
            {QStringLiteral("description"), QString(QStringLiteral("kit ") + name)},
            {QStringLiteral("main"), QStringLiteral("index.js")}};
        const QString range = QStringLiteral("^") + version;
        QJsonObject deps;
        if (name.endsWith(QLatin1String("icons")) || name.endsWith(QLatin1String("ui")))
            deps.insert(kPackages.at(0), range);
        if (name.endsWith(QLatin1String("ui")))
            deps.insert(kPackages.at(1), range);
        if (!deps.isEmpty())
            manifest.insert(QStringLiteral("dependencies"), deps);
        const bool next = version != QLatin1String("1.0.0");
        if (next && name.endsWith(QLatin1String("ui")))
            manifest.insert(
                QStringLiteral("scripts"),
                QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node setup.js")}});
        writeFile(dir + QStringLiteral("/package.json"), QJsonDocument(manifest).toJson());
        writeFile(dir + QStringLiteral("/index.js"),
                  next ? QByteArray("exports.version = '" + version.toUtf8()
                                    + "';\nexports.theme = 'dark';\n")
                       : "exports.version = '1.0.0';\n");
        if (next)
            writeFile(dir + QStringLiteral("/lib/extra.js"), "module.exports = 'added in 1.1';\n");
        if (next && name.endsWith(QLatin1String("ui")))
            writeFile(dir + QStringLiteral("/setup.js"), "console.log('setting up');\n");
    }

    // The CI job: `npm stage publish` in the package's folder with a GitHub Actions id token.
    QString ciStage(const QString &name, const QStringList &extra = {})
    {
        const NpmRun run
            = npm(QStringList{QStringLiteral("stage"), QStringLiteral("publish")} + extra,
                  m_emptyRc, m_workspace + QStringLiteral("/packages/") + folderOf(name), {},
                  githubJobEnv(m_sandbox.url(), QStringLiteral("acme/kit"),
                               QStringLiteral("release.yml")));
        const auto match
            = QRegularExpression(QStringLiteral("\\(staged with id ([0-9a-f-]{36})\\)"))
                  .match(run.output);
        if (run.exitCode != 0 || !match.hasMatch())
            qWarning().noquote() << "npm stage publish" << name << "said:" << run.output;
        return match.captured(1);
    }

    void startApp()
    {
        Application::Options options = sandboxAppOptions(
            m_sandbox.url(), m_home.filePath(QStringLiteral("data")), &m_keychain);
        options.openUrl = [this](const QUrl &url) { m_opened.append(url); };
        options.stagePollInterval = kPoll;
        m_app = std::make_unique<Application>(options);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    }

    StagedReleasesTab *tab() const { return m_app->mainWindow()->stagedTab(); }
    StagedReleaseModel *model() const { return m_app->stagePresenter()->model(); }

    int rowOf(const QString &name, const QString &version) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->releaseAt(row).packageName == name
                && model()->releaseAt(row).version == version)
                return row;
        return -1;
    }

    QString cell(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }

    // Clicks the confirmation's button, then approves every browser 2FA page the app opens on
    // the sandbox (what the user does in the browser) until the action ends.
    bool confirmAndApprovePages(const QString &buttonName, QString *why)
    {
        QMessageBox *box = m_app->stagePresenter()->confirmation();
        if (!box || !box->isVisible()) {
            *why = QStringLiteral("no confirmation shown");
            return false;
        }
        QSignalSpy finished(m_app->stagePresenter(), &StagePresenter::batchFinished);
        box->findChild<QPushButton *>(buttonName)->click();
        QElapsedTimer timer;
        timer.start();
        while (finished.isEmpty() && timer.elapsed() < 90000) {
            approvePendingPages(m_sandbox.url(), false);
            QTest::qWait(150);
        }
        if (finished.isEmpty()) {
            *why = QStringLiteral("the action did not end within 90 s");
            return false;
        }
        if (!finished.first().first().toBool()) {
            *why = QStringLiteral("the action failed: ") + tab()->summary()->text();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QCOMPARE(
            httpCall("POST",
                     m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/stage-settings"))),
                     R"({"validation_seconds": 0})")
                .status,
            200);
        // Only what this test stages (the demo seed stages two versions of its own).
        QCOMPARE(
            httpCall("DELETE", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/staged"))))
                .status,
            200);
        const NpmCli cli(m_home.path());
        m_publishRc = cli.writeTokenRc(m_sandbox.url(), QStringLiteral("publish.npmrc"),
                                       QLatin1String(kPublishToken));
        m_sessionRc = m_home.filePath(QStringLiteral("session.npmrc"));
        m_emptyRc = m_home.filePath(QStringLiteral("empty.npmrc"));
        writeFile(m_sessionRc, {});
        writeFile(m_emptyRc, {});

        // The repository folder the user added (migration dialog), an npm workspace.
        m_workspace = m_home.filePath(QStringLiteral("kit"));
        writeFile(
            m_workspace + QStringLiteral("/package.json"),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("kit-root")},
                                      {QStringLiteral("private"), true},
                                      {QStringLiteral("workspaces"),
                                       QJsonArray{QString(QStringLiteral("packages/") + u'*')}}})
                .toJson());
        saveProjectFolders({m_workspace});
        for (const QString &name : kPackages) {
            writeWorkspacePackage(name, QStringLiteral("1.0.0"));
            const NpmRun published
                = npm({QStringLiteral("publish"), QStringLiteral("--access=public")}, m_publishRc,
                      m_workspace + QStringLiteral("/packages/") + folderOf(name));
            QVERIFY2(published.exitCode == 0, qPrintable(published.output));
        }
        // The maintainer trusts the repository's release workflow to stage (npm's default).
        const NpmRun login
            = npm({QStringLiteral("login"), QStringLiteral("--auth-type=legacy")}, m_sessionRc, {},
                  {QStringLiteral("Username:"), QStringLiteral("maintainer"),
                   QStringLiteral("Password:"), QStringLiteral("sandbox-password"),
                   QStringLiteral("Enter OTP:"), maintainerTotpNow()});
        QVERIFY2(login.exitCode == 0, qPrintable(login.output));
        for (const QString &name : kPackages) {
            const NpmRun trust
                = npm({QStringLiteral("trust"), QStringLiteral("github"), name,
                       QStringLiteral("--file=release.yml"), QStringLiteral("--repo=acme/kit"),
                       QStringLiteral("--allow-stage-publish"), QStringLiteral("--yes"),
                       QStringLiteral("--otp=") + maintainerTotpNow()},
                      m_sessionRc);
            QVERIFY2(trust.exitCode == 0, qPrintable(trust.output));
        }
    }

    void stagedByCiReviewedAndApprovedInDependencyOrder()
    {
        startApp();
        if (QTest::currentTestFailed())
            return;
        CodeAnsweringPrompt prompt([] { return maintainerTotpNow(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), "sandbox-password", &prompt, &why),
                 qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->stageInbox()->lastPoll().isValid(), 10000);
        QCOMPARE(m_app->tray()->stagedCount(), 0);

        // The CI job stages 1.1.0 of each, dependents first (so oldest-first would be wrong).
        QHash<QString, QString> ids;
        for (const QString &name : {kPackages.at(2), kPackages.at(1), kPackages.at(0)}) {
            writeWorkspacePackage(name, QStringLiteral("1.1.0"));
            ids.insert(name, ciStage(name));
            QVERIFY2(!ids.value(name).isEmpty(), qPrintable(name));
        }

        // Within one poll: a notice per version, the badge, the rows.
        QElapsedTimer sinceStaged;
        sinceStaged.start();
        for (const QString &name : kPackages)
            QTRY_COMPARE_WITH_TIMEOUT(
                notificationsWith(noticeFor(name, QStringLiteral("1.1.0"))).size(), 1,
                int(std::chrono::milliseconds(kPoll).count()) + 4000);
        qInfo("all three notices %lld ms after the last stage (poll every %lld s)",
              sinceStaged.elapsed(), qlonglong(kPoll.count()));
        QCOMPARE(m_app->tray()->stagedCount(), 3);
        QVERIFY(m_app->tray()->menu()->actions().contains(m_app->tray()->stagedAction()));
        QCOMPARE(m_app->mainWindow()->tabs()->tabText(m_app->mainWindow()->tabs()->indexOf(tab())),
                 QStringLiteral("&Staged releases (3)"));
        for (const QString &name : kPackages) {
            const int row = rowOf(name, QStringLiteral("1.1.0"));
            QVERIFY2(row >= 0, qPrintable(name));
            QCOMPARE(cell(row, StagedReleaseModel::TagColumn), QStringLiteral("latest"));
            QCOMPARE(cell(row, StagedReleaseModel::StagedByColumn),
                     QStringLiteral("GitHub Actions (trusted automation)"));
            QCOMPARE(cell(row, StagedReleaseModel::StatusColumn),
                     QStringLiteral("Waiting for your review"));
        }

        // The notice's button opens the tab on its version.
        const QJsonObject uiNotice
            = notificationsWith(noticeFor(kPackages.at(2), QStringLiteral("1.1.0"))).first();
        QVERIFY(uiNotice.value(QStringLiteral("actions"))
                    .toVariant()
                    .toStringList()
                    .contains(QStringLiteral("review")));
        m_app->mainWindow()->tabs()->setCurrentIndex(0);
        QTest::qWait(200); // let the Notify replies (the notification ids) arrive first
        pressNotificationButton(uint(uiNotice.value(QStringLiteral("id")).toInt()),
                                QStringLiteral("review"));
        QTRY_COMPARE(m_app->mainWindow()->tabs()->currentWidget(), tab());
        QTRY_COMPARE(tab()->currentStageId(), ids.value(kPackages.at(2)));

        // The diff pane: kit-ui 1.1.0 against 1.0.0.
        QTRY_VERIFY_WITH_TIMEOUT(
            tab()->diffPane()->toPlainText().contains(QStringLiteral("@acme/kit-ui 1.0.0 → 1.1.0")),
            15000);
        const QString diff = tab()->diffPane()->toPlainText();
        for (const char *expected :
             {"lib/extra.js", "setup.js", "index.js", "+exports.theme = 'dark';",
              "scripts.postinstall", "node setup.js", "install script: runs on npm install",
              "dependencies.@acme/kit-icons", "^1.0.0 → ^1.1.0", "Packed size", "Unpacked size"})
            QVERIFY2(diff.contains(QString::fromUtf8(expected)),
                     qPrintable(QStringLiteral("'%1' not in the diff pane:\n%2")
                                    .arg(QString::fromUtf8(expected), diff)));
        QVERIFY(tab()->approveButton()->isEnabled());
        QVERIFY(tab()->rejectButton()->isEnabled());
        saveScreenshot(m_app->mainWindow(), QStringLiteral("staged-releases.png"));

        // A restart (same data folder; the session comes back from the real keychain) announces
        // nothing again.
        m_app.reset();
        startApp();
        QSignalSpy polled(m_app->stageInbox(), &StageInbox::updated);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stageInbox()->waitingCount(), 3, 15000);
        QTest::qWait(500);
        for (const QString &name : kPackages)
            QCOMPARE(notificationsWith(noticeFor(name, QStringLiteral("1.1.0"))).size(), 1);
        QCOMPARE(m_app->tray()->stagedCount(), 3);

        // Approving one and cancelling its browser 2FA: nothing is published, the row waits again.
        m_app->showStagedReleases(ids.value(kPackages.at(0)));
        QTRY_COMPARE(tab()->currentStageId(), ids.value(kPackages.at(0)));
        QTRY_VERIFY(tab()->approveButton()->isEnabled());
        tab()->approveButton()->click();
        QMessageBox *one = m_app->stagePresenter()->confirmation();
        QVERIFY(one && one->isVisible());
        QCOMPARE(one->text(), QStringLiteral("Approve @acme/kit-tokens 1.1.0?"));
        {
            QSignalSpy finished(m_app->stagePresenter(), &StagePresenter::batchFinished);
            const int opened = int(m_opened.size());
            one->findChild<QPushButton *>(QStringLiteral("confirmApprove"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(int(m_opened.size()), opened + 1, 15000);
            QTRY_VERIFY(m_app->stagePresenter()->prompt()->isWaitingForApproval());
            m_app->stagePresenter()->prompt()->cancel(); // the user's Cancel in the waiting box
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
            QVERIFY(!finished.first().first().toBool());
        }
        QCOMPARE(
            cell(rowOf(kPackages.at(0), QStringLiteral("1.1.0")), StagedReleaseModel::StatusColumn),
            QStringLiteral("Waiting for your review"));
        QCOMPARE(
            httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/staged"))))
                .json()
                .array()
                .size(),
            3);

        // Approve all: the workspace's dependency order, one browser page per version.
        m_app->showStagedReleases();
        QVERIFY(tab()->approveAllButton()->isEnabled());
        tab()->approveAllButton()->click();
        QMessageBox *box = m_app->stagePresenter()->confirmation();
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("Approve 3 staged versions?"));
        QVERIFY2(box->informativeText().contains(
                     QStringLiteral("1. @acme/kit-tokens 1.1.0 (tag latest)\n"
                                    "2. @acme/kit-icons 1.1.0 (tag latest)\n"
                                    "3. @acme/kit-ui 1.1.0 (tag latest)")),
                 qPrintable(box->informativeText()));
        saveScreenshot(box, QStringLiteral("staged-releases-confirm-batch.png"));
        const int pagesBefore = int(m_opened.size());
        QVERIFY2(confirmAndApprovePages(QStringLiteral("confirmApproveAll"), &why),
                 qPrintable(why));
        QCOMPARE(m_app->stagePresenter()->lastBatchOrder(),
                 (QStringList{ids.value(kPackages.at(0)), ids.value(kPackages.at(1)),
                              ids.value(kPackages.at(2))}));
        QCOMPARE(int(m_opened.size()) - pagesBefore, 3); // a browser approval per version
        QCOMPARE(tab()->progress()->value(), 3);
        for (const QString &name : kPackages)
            QCOMPARE(cell(rowOf(name, QStringLiteral("1.1.0")), StagedReleaseModel::StatusColumn),
                     QStringLiteral("Approved (tag latest)"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tray()->stagedCount(), 0, 10000);
        saveScreenshot(m_app->mainWindow(), QStringLiteral("staged-releases-approved.png"));

        // The registry published them in that order, and the real npm sees each with its tag.
        QStringList publishedOrder;
        QList<QPair<QString, QString>> times;
        for (const QString &name : kPackages) {
            const NpmRun view = npm({QStringLiteral("view"), name + QStringLiteral("@1.1.0"),
                                     QStringLiteral("dist-tags"), QStringLiteral("time"),
                                     QStringLiteral("--json")},
                                    m_emptyRc);
            QVERIFY2(view.exitCode == 0, qPrintable(view.output));
            const QJsonObject json = QJsonDocument::fromJson(view.output.toUtf8()).object();
            QCOMPARE(
                json.value(QStringLiteral("dist-tags")).toObject().value(QStringLiteral("latest")),
                QJsonValue(QStringLiteral("1.1.0")));
            times.append({json.value(QStringLiteral("time"))
                              .toObject()
                              .value(QStringLiteral("1.1.0"))
                              .toString(),
                          name});
        }
        std::stable_sort(times.begin(), times.end());
        for (const auto &[time, name] : times)
            publishedOrder << name;
        QCOMPARE(publishedOrder, kPackages);

        // A fourth stage, rejected: gone from the registry.
        writeWorkspacePackage(kPackages.at(2), QStringLiteral("1.2.0"));
        const QString fourth = ciStage(kPackages.at(2), {QStringLiteral("--tag=next")});
        QVERIFY(!fourth.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            notificationsWith(noticeFor(kPackages.at(2), QStringLiteral("1.2.0"))).size(), 1,
            int(std::chrono::milliseconds(kPoll).count()) + 4000);
        QTRY_VERIFY(rowOf(kPackages.at(2), QStringLiteral("1.2.0")) >= 0);
        QCOMPARE(
            cell(rowOf(kPackages.at(2), QStringLiteral("1.2.0")), StagedReleaseModel::TagColumn),
            QStringLiteral("next"));
        tab()->selectRelease(fourth);
        QTRY_VERIFY_WITH_TIMEOUT(
            tab()->diffPane()->toPlainText().contains(QStringLiteral("@acme/kit-ui 1.1.0 → 1.2.0")),
            15000);
        QVERIFY(tab()->rejectButton()->isEnabled());
        tab()->rejectButton()->click();
        box = m_app->stagePresenter()->confirmation();
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("Reject @acme/kit-ui 1.2.0?"));
        QVERIFY2(confirmAndApprovePages(QStringLiteral("confirmReject"), &why), qPrintable(why));
        QCOMPARE(
            cell(rowOf(kPackages.at(2), QStringLiteral("1.2.0")), StagedReleaseModel::StatusColumn),
            QStringLiteral("Rejected and deleted"));
        saveScreenshot(m_app->mainWindow(), QStringLiteral("staged-releases-rejected.png"));

        const NpmRun list = npm({QStringLiteral("stage"), QStringLiteral("list")}, m_sessionRc);
        QVERIFY2(list.exitCode == 0, qPrintable(list.output));
        QVERIFY2(!list.output.contains(fourth), qPrintable(list.output));
        QCOMPARE(
            httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/staged"))))
                .json()
                .array()
                .size(),
            0);
        const NpmRun tags
            = npm({QStringLiteral("view"), kPackages.at(2), QStringLiteral("dist-tags"),
                   QStringLiteral("versions"), QStringLiteral("--json")},
                  m_emptyRc);
        QVERIFY2(tags.exitCode == 0, qPrintable(tags.output));
        const QJsonObject after = QJsonDocument::fromJson(tags.output.toUtf8()).object();
        QVERIFY(
            !after.value(QStringLiteral("dist-tags")).toObject().contains(QStringLiteral("next")));
        QVERIFY(
            !after.value(QStringLiteral("versions")).toArray().contains(QStringLiteral("1.2.0")));
    }
};

TD_XCB_TEST_MAIN(TestDesktopStageE2e)

#include "tst_desktop_stage_e2e.moc"
