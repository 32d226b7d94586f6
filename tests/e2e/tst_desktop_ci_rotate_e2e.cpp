// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, the desktop end to end: the real Application on Xvfb (xcb), the real keychain and
// tokendesk-sandbox (--era 2025-10) with its GitHub, GitLab and CircleCI emulations.
//
// ~/.npmrc holds a granular token (made by `tokendesk-cli migrate --apply`) that four CI stores
// of the project also hold (seeded through /-/sandbox/ci/secrets): a GitHub repository secret, a
// GitHub environment secret, a GitLab project variable and a CircleCI context variable (the
// ledger records the GitHub ones, as an earlier verified push would have: a GitHub secret cannot
// be read back). The user connects the three services in Settings → CI services by pasting
// sandbox credentials (whoami names alice), sees the four stores in the token's details, and
// rotates the token from the window: the progress shows each push and verification and the grace
// countdown; during the grace period every store holds the new token (/-/sandbox/ci/check) and
// the old token still works; after it the old token is revoked. No token or CI credential in the
// log or any file. Screenshots: the CI services page, the details pane, the progress.
#include "desktop/migration/MigrationDialog.h"

#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "LogCapture.h"
#include "SandboxProcess.h"
#include "core/cisecrets/CiCredentialStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/ci/CiDesktop.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/migration/ProjectFolders.h"
#include "desktop/migration/RotationController.h"
#include "desktop/settings/CiConnectDialog.h"
#include "desktop/settings/CiServicesPage.h"
#include "desktop/settings/SettingsDialog.h"
#include "migration_e2e_world.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QString kTarget = QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN");
const QString kEnvironment
    = QStringLiteral("github:environment:github.com:acme:widgets:production:NPM_TOKEN");
const QString kGitLab = QStringLiteral("gitlab:project:gitlab.com:acme/widgets:*:NPM_TOKEN");
const QString kCircleCi = QStringLiteral("circleci:context:circleci.com:gh/acme:release:NPM_TOKEN");
// Every store the project's CI reads NPM_TOKEN from.
const QStringList kStores{kTarget, kEnvironment, kGitLab, kCircleCi};

const QByteArray kGitLabCi
    = "publish:\n"
      "  script:\n"
      "    - echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc\n"
      "    - npm publish\n";
const QByteArray kCircleCiConfig
    = "version: 2.1\n"
      "jobs:\n"
      "  publish:\n"
      "    docker: [{ image: cimg/node:22.11 }]\n"
      "    steps:\n"
      "      - run: echo \"//registry.npmjs.org/:_authToken=$NPM_TOKEN\" > ~/.npmrc && npm "
      "publish\n"
      "workflows:\n"
      "  release:\n"
      "    jobs:\n"
      "      - publish:\n"
      "          context: release\n";

const QByteArray kWorkflow = "name: release\n"
                             "on: { push: { tags: ['v*'] } }\n"
                             "jobs:\n"
                             "  publish:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    environment: production\n"
                             "    steps:\n"
                             "      - uses: actions/setup-node@v4\n"
                             "        with: { registry-url: 'https://registry.npmjs.org' }\n"
                             "      - run: npm publish\n"
                             "        env:\n"
                             "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDesktopCiRotateE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    // The app's settings live here, not under the HOME of a world (enterAsProcessHome): QSettings
    // keeps the first folder it was given, and would bring a removed world's folder back.
    QTemporaryDir m_settingsDir;

    QUrl at(const QString &path) const { return m_sandbox.url().resolved(QUrl(path)); }
    QJsonObject control(const QString &path, const QJsonObject &body) const
    {
        return httpCall("POST", at(path), QJsonDocument(body).toJson(),
                        {{"content-type", "application/json"}})
            .json()
            .object();
    }
    QJsonObject check(const QByteArray &value, const QString &target = kTarget) const
    {
        return control(QStringLiteral("/-/sandbox/ci/check"),
                       {{QStringLiteral("target"), target},
                        {QStringLiteral("value"), QString::fromLatin1(value)}});
    }
    // The stores that do not hold `value` (empty: every one does).
    QStringList storesWithout(const QByteArray &value) const
    {
        QStringList missing;
        for (const QString &store : kStores)
            if (!check(value, store).value(QStringLiteral("equal")).toBool())
                missing.append(store);
        return missing;
    }

    // Settings → CI services → Connect <provider>…: a pasted sandbox credential, the API URL of
    // the sandbox's emulation under Advanced. Returns the credential.
    QByteArray connectByPaste(CiServicesPage *page, const QString &provider, const QString &api,
                              const QStringList &permissions, const QString &connected)
    {
        const QByteArray credential
            = control(QStringLiteral("/-/sandbox/ci/credentials"),
                      {{QStringLiteral("provider"), provider},
                       {QStringLiteral("login"), QStringLiteral("alice")},
                       {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}})
                  .value(QStringLiteral("token"))
                  .toString()
                  .toUtf8();
        if (credential.isEmpty())
            return {};
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("connect_") + provider),
                          Qt::LeftButton);
        CiConnectDialog *connect = nullptr;
        if (!QTest::qWaitFor([&] {
                connect = page->window()->findChild<CiConnectDialog *>();
                return connect && connect->isVisible();
            }))
            return {};
        connect->findChild<QPushButton *>(QStringLiteral("advancedButton"))->click();
        connect->apiUrlEdit()->setText(at(api).toString());
        connect->findChild<QRadioButton *>(QStringLiteral("pasteMethod"))->setChecked(true);
        connect->tokenEdit()->setText(QString::fromLatin1(credential));
        QTest::mouseClick(connect->connectButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return connect->statusText() == connected; }, 20000)) {
            qWarning() << "connect said:" << connect->statusText();
            return {};
        }
        if (provider == QLatin1String("github"))
            saveScreenshot(connect, QStringLiteral("desktop_ci_connect_github.png"));
        QPointer<CiConnectDialog> guard(connect);
        QTest::mouseClick(connect->connectButton(), Qt::LeftButton); // Done
        if (!QTest::qWaitFor([&] { return !guard; }))
            return {};
        return credential;
    }

    // The live sandbox token whose shown form is `secret`'s (granular tokens differ there).
    QString keyOf(MigrationWorld &world, const QByteArray &secret) const
    {
        for (const QJsonValue &t : world.sandboxTokens()) {
            const QJsonObject token = t.toObject();
            const QString shown = token.value(QStringLiteral("token")).toString();
            if (!token.contains(QStringLiteral("revoked"))
                && shown.startsWith(QString::fromLatin1(secret.left(8)))
                && shown.endsWith(QString::fromLatin1(secret.right(4))))
                return token.value(QStringLiteral("key")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(m_sandbox.start({QStringLiteral("--era"), QStringLiteral("2025-10")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void connectThenRotateIntoEveryCiStore()
    {
        // 1. The world: ~/.npmrc holds a granular token TokenDesk made; the project's workflow
        // reads secrets.NPM_TOKEN and its remote is github.com/acme/widgets.
        LogCapture log;
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        const QByteArray oldSecret = MigrationWorld::tokenIn(world.userNpmrc());
        QVERIFY(oldSecret.startsWith("npm_"));
        const QString oldKey = keyOf(world, oldSecret);
        QVERIFY(!oldKey.isEmpty());
        QVERIFY(writeFile(world.project() + QStringLiteral("/.github/workflows/release.yml"),
                          kWorkflow));
        QVERIFY(writeFile(world.project() + QStringLiteral("/.gitlab-ci.yml"), kGitLabCi));
        QVERIFY(
            writeFile(world.project() + QStringLiteral("/.circleci/config.yml"), kCircleCiConfig));
        QVERIFY(writeFile(world.project() + QStringLiteral("/.git/config"),
                          "[core]\n\tbare = false\n[remote \"origin\"]\n"
                          "\turl = https://github.com/acme/widgets.git\n"
                          "[remote \"gitlab\"]\n\turl = git@gitlab.com:acme/widgets.git\n"));
        world.enterAsProcessHome();
        saveProjectFolders({world.project()});

        // 2. Every store holds that token (seeded). A GitHub secret cannot be read back, so the
        // app's ledger says which token its two hold, as an earlier verified push would have;
        // GitLab's value and CircleCI's last four speak for themselves.
        QTemporaryDir data;
        QJsonObject ledger;
        for (const QString &store : kStores) {
            control(QStringLiteral("/-/sandbox/ci/secrets"),
                    {{QStringLiteral("target"), store},
                     {QStringLiteral("value"), QString::fromLatin1(oldSecret)}});
            const QJsonObject seeded = check(oldSecret, store);
            QVERIFY2(seeded.value(QStringLiteral("equal")).toBool(), qPrintable(store));
            if (store.startsWith(QLatin1String("github:")))
                ledger.insert(store,
                              QJsonObject{{QStringLiteral("tokenKey"), oldKey},
                                          {QStringLiteral("tokenRedacted"), QString()},
                                          {QStringLiteral("pushedAt"),
                                           seeded.value(QStringLiteral("updated_at"))},
                                          {QStringLiteral("verifiedAt"),
                                           seeded.value(QStringLiteral("updated_at"))}});
        }
        QVERIFY(writeFile(data.filePath(QStringLiteral("ci-ledger.json")),
                          QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                    {QStringLiteral("targets"), ledger}})
                              .toJson()));

        // 3. The app, signed in to the sandbox's npm.
        KeychainSecretStore keychain(QStringLiteral("tokendesk"));
        Application app(sandboxAppOptions(m_sandbox.url(), data.path(), &keychain));
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
        CodeAnsweringPrompt signInPrompt(
            [&world] { return QString::fromLatin1(world.currentTotp()); });
        QVERIFY2(signInLegacyAndSync(app, m_sandbox.url(), kSandboxPassword, &signInPrompt, &why),
                 qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(app.tokenModel()->rowOfKey(oldKey) >= 0, 30000);

        // 4. Before any CI sign-in the details pane names the GitHub secrets TokenDesk knows of
        // as not connected, and its link opens Settings → CI services. There: connect GitHub,
        // GitLab and CircleCI by pasting sandbox credentials (the API URLs of the sandbox's
        // emulations under Advanced).
        app.showToken(oldKey);
        TokenDetailsPane *pane = app.mainWindow()->details();
        QTRY_VERIFY2_WITH_TIMEOUT(pane->text().contains(QStringLiteral(
                                      "secret NPM_TOKEN in acme/widgets — not connected: connect "
                                      "GitHub to update it automatically")),
                                  qPrintable(pane->text()), 30000);
        QVERIFY(pane->text().contains(QStringLiteral("Connect a CI service…")));
        Q_EMIT pane->findChild<QLabel *>(QStringLiteral("detailsText"))
            ->linkActivated(QStringLiteral("td:ci-services"));
        QTRY_VERIFY(app.settingsDialog());
        SettingsDialog *settings = app.settingsDialog();
        QCOMPARE(settings->pages()->currentWidget()->objectName(), QStringLiteral("ciServicesTab"));
        auto *page = settings->findChild<CiServicesPage *>();
        QVERIFY(page);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        QByteArrayList credentials;
        credentials << connectByPaste(
            page, QStringLiteral("github"), QStringLiteral("/-/ci/github/api"),
            {QStringLiteral("secrets:write"), QStringLiteral("environments:write")},
            QStringLiteral("Connected: GitHub as alice on github.com."));
        credentials << connectByPaste(page, QStringLiteral("gitlab"),
                                      QStringLiteral("/-/ci/gitlab/api/v4"),
                                      {QStringLiteral("maintainer")},
                                      QStringLiteral("Connected: GitLab as alice on gitlab.com."));
        credentials << connectByPaste(
            page, QStringLiteral("circleci"), QStringLiteral("/-/ci/circleci/api/v2"),
            {QStringLiteral("all")},
            QStringLiteral("Connected: CircleCI as alice on circleci.com."));
        for (const QByteArray &credential : std::as_const(credentials))
            QVERIFY(!credential.isEmpty());
        QTRY_COMPARE(page->accountsTable()->rowCount(), 3);
        // All three rows on screen, none under the buttons (the page once kept the height it
        // opened with, when it had no account, and the rows ran under "Connect …").
        QTableWidget *accounts = page->accountsTable();
        QTest::qWait(50); // the layout settles
        QVERIFY2(accounts->rowViewportPosition(2) + accounts->rowHeight(2)
                     <= accounts->viewport()->height(),
                 "the third account is scrolled out of the page");
        QVERIFY(
            accounts->geometry().bottom()
            < page->findChild<QPushButton *>(QStringLiteral("connect_github"))->geometry().top());
        QCOMPARE(page->accountsTable()->item(0, 2)->text(), QStringLiteral("alice"));
        saveScreenshot(settings, QStringLiteral("desktop_ci_settings_page.png"));
        // Short grace period for the test (the Settings box counts whole minutes).
        AppSettings chosen = app.settings();
        chosen.ciGracePeriod = std::chrono::seconds(8);
        app.applySettings(chosen);
        settings->reject();

        // 5. The details pane names the secret that holds the token.
        app.showToken(oldKey);
        TokenDetailsPane *details = app.mainWindow()->details();
        QTRY_COMPARE_WITH_TIMEOUT(details->currentKey(), oldKey, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            details->text().contains(QStringLiteral("secret NPM_TOKEN in acme/widgets, updated"))
                && details->text().contains(
                    QStringLiteral("secret NPM_TOKEN of environment production in acme/widgets"))
                && details->text().contains(
                    QStringLiteral("variable NPM_TOKEN in GitLab project acme/widgets"))
                && details->text().contains(
                    QStringLiteral("variable NPM_TOKEN in CircleCI context release")),
            qPrintable(details->text()), 30000);
        saveScreenshot(details, QStringLiteral("desktop_ci_details_pane.png"));
        saveScreenshot(app.mainWindow(), QStringLiteral("desktop_ci_main_window.png"));

        // 6. Rotate from the window: the plan pushes into the secret.
        QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("rotateButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.rotationController() && app.rotationController()->openDialog(),
                                 20000);
        QPointer<MigrationDialog> dialog = app.rotationController()->openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The plan is shown (Migrate enabled) once the CI secrets are attached to it.
        auto *migrate = dialog->findChild<QPushButton *>(QStringLiteral("migrateButton"));
        QTRY_VERIFY_WITH_TIMEOUT(migrate->isEnabled(), 60000);
        QCOMPARE(dialog->plan().size(), 1);
        QStringList planned;
        for (const CiSecretTarget &target : dialog->plan().first().ciTargets)
            planned.append(target.id());
        planned.sort();
        QStringList expected = kStores;
        expected.sort();
        QCOMPARE(planned, expected);
        saveScreenshot(dialog, QStringLiteral("desktop_ci_rotate_plan.png"));

        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QString::fromLatin1(kSandboxPassword));
        QSignalSpy finished(dialog.data(), &MigrationDialog::migrationFinished);
        QTest::mouseClick(migrate, Qt::LeftButton);
        QTableWidget *progress = dialog->progressTable();
        const auto stepText = [&] {
            return progress->rowCount() > 0 && progress->item(0, 1) ? progress->item(0, 1)->text()
                                                                    : QString();
        };
        // The grace countdown: by then the store holds the new token, the old one still works.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         approvePendingPages(m_sandbox.url(), true);
                         return stepText().startsWith(QLatin1String("old token revoked in"))
                             || !finished.isEmpty();
                     },
                     120000),
                 qPrintable(stepText()));
        QVERIFY2(finished.isEmpty(), "the run ended without a grace period");
        QCOMPARE(progress->item(0, 2)->text().count(
                     QStringLiteral(": verified: it holds the new token")),
                 4);
        saveScreenshot(dialog, QStringLiteral("desktop_ci_rotate_grace.png"));
        const QByteArray newSecret = MigrationWorld::tokenIn(world.userNpmrc());
        QVERIFY(newSecret.startsWith("npm_"));
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(storesWithout(newSecret), QStringList{}); // every store holds the new token
        QCOMPARE(world.whoamiWith(oldSecret), QByteArray("maintainer")); // still valid

        // 7. After the grace period: revoked; the store still holds the new token.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(world.whoamiWith(oldSecret).isEmpty());
        QCOMPARE(world.whoamiWith(newSecret), QByteArray("maintainer"));
        QCOMPARE(storesWithout(newSecret), QStringList{});
        saveScreenshot(dialog, QStringLiteral("desktop_ci_rotate_summary.png"));

        // The new token's details name the secret now (the verified push is in the ledger).
        const QString newKey = keyOf(world, newSecret);
        QVERIFY(!newKey.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(app.tokenModel()->rowOfKey(newKey) >= 0, 30000);
        app.showToken(newKey);
        QTRY_COMPARE_WITH_TIMEOUT(details->currentKey(), newKey, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            details->text().contains(QStringLiteral("secret NPM_TOKEN in acme/widgets, updated")),
            qPrintable(details->text()), 30000);

        // Neither token nor the CI credential reached a log line.
        for (const QByteArray &secret : credentials + QByteArrayList{oldSecret, newSecret})
            QVERIFY2(!log.all().contains(QString::fromLatin1(secret)), "a secret in the log");
        // The CI credential is in no file of the world or the app's data (the keychain holds it).
        for (const QString &root : {QFileInfo(world.home()).absolutePath(), data.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                for (const QByteArray &credential : std::as_const(credentials))
                    QVERIFY2(!bytesOf(path).contains(credential), qPrintable(path));
            }
        }
        dialog->close();
    }
};

TD_XCB_TEST_MAIN(TestDesktopCiRotateE2e)

#include "tst_desktop_ci_rotate_e2e.moc"
