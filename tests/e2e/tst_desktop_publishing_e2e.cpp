// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, end to end on Xvfb with the real keychain (tests/run-headless.sh) against a real
// tokendesk-sandbox process: the demo user "releaser" owns one package per publish path. After
// signing in, the desktop's Publishing tab is filled by the real survey over loopback HTTP (the
// account's packages, each package's trust configs and packument) with the verdict the issue asks
// for per package; at-risk packages come first, the tab's title counts them, the details name the
// token, and the way-out button is offered exactly where something must move. After the bypass
// and direct tokens are revoked on the registry and the app syncs, the tab says so.
// Screenshot: <build>/screenshots/publishing-tab-e2e.png.
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/secrets/KeychainSecretStore.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/PublishingPresenter.h"
#include "desktop/publishing/PublishingModel.h"
#include "desktop/publishing/PublishingTab.h"
#include "sandbox/auth/Totp.h"

#include <QJsonObject>
#include <QPushButton>
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

QString releaserTotpNow()
{
    return sandbox::totp::code(*sandbox::totp::decodeBase32(QStringLiteral("OJSWYZLBONSXEMRQ")),
                               QDateTime::currentDateTimeUtc());
}

const QString kBypassKey = QStringLiteral("0b5f1a2c-0103-4a00-8000-000000000103");
const QString kDirectKey = QStringLiteral("0b5f1a2c-0102-4a00-8000-000000000102");

} // namespace

class TestDesktopPublishingE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    KeychainSecretStore m_keychain{QStringLiteral("tokendesk-publishing-e2e")};
    std::unique_ptr<Application> m_app;

    PublishingModel *model() const { return m_app->mainWindow()->publishingModel(); }
    PublishingTab *tab() const { return m_app->mainWindow()->publishingTab(); }

    int rowOf(const QString &package) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->pathAt(row).package == package)
                return row;
        return -1;
    }

    PublishVerdict verdictOf(const QString &package) const
    {
        const int row = rowOf(package);
        return row < 0 ? PublishVerdict::Unknown : model()->pathAt(row).verdict;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_app = std::make_unique<Application>(sandboxAppOptions(
            m_sandbox.url(), m_home.filePath(QStringLiteral("data")), &m_keychain));
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    }

    void everyPathGetsItsVerdict()
    {
        QSignalSpy surveyed(m_app->publishingPresenter(), &PublishingPresenter::surveyed);
        CodeAnsweringPrompt prompt([] { return releaserTotpNow(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), "releaser-password", &prompt, &why,
                                     QStringLiteral("releaser")),
                 qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(!surveyed.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 6, 20000);

        QCOMPARE(verdictOf(QStringLiteral("@releaser/via-oidc")), PublishVerdict::Ready);
        QCOMPARE(verdictOf(QStringLiteral("@releaser/via-oidc-stage")), PublishVerdict::Ready);
        QCOMPARE(verdictOf(QStringLiteral("@releaser/via-stage-token")), PublishVerdict::Ready);
        QCOMPARE(verdictOf(QStringLiteral("@releaser/via-direct-token")), PublishVerdict::AtRisk);
        QCOMPARE(verdictOf(QStringLiteral("@releaser/via-bypass-token")), PublishVerdict::AtRisk);
        QCOMPARE(verdictOf(QStringLiteral("@releaser/no-path")), PublishVerdict::NoPath);

        // The reason names the token that stops publishing.
        const PackagePublishPath &bypass
            = model()->pathAt(rowOf(QStringLiteral("@releaser/via-bypass-token")));
        QVERIFY2(bypass.reason.contains(QLatin1String("releaser-bypass")),
                 qPrintable(bypass.reason));
        QVERIFY(bypass.wayOut != WayOut::None);
        QCOMPARE(model()->pathAt(rowOf(QStringLiteral("@releaser/via-oidc"))).last.source,
                 LastReleaseSource::TrustedPublisher);

        // The tab: title counts the packages at risk, at-risk rows first, the button per row.
        QTabWidget *tabs = m_app->mainWindow()->tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(tab())), QStringLiteral("&Publishing (2 at risk)"));
        m_app->mainWindow()->showPublishing();
        const QModelIndex first = tab()->table()->model()->index(0, 0);
        QCOMPARE(first.data(PublishingModel::VerdictRole).toInt(), int(PublishVerdict::AtRisk));
        tab()->selectPackage(bypass.account, bypass.package);
        QVERIFY(tab()->wayOutButton()->isVisible() && tab()->wayOutButton()->isEnabled());
        QVERIFY(tab()->details()->toPlainText().contains(QLatin1String("releaser-bypass")));
        const PackagePublishPath &oidc
            = model()->pathAt(rowOf(QStringLiteral("@releaser/via-oidc")));
        tab()->selectPackage(oidc.account, oidc.package);
        QVERIFY(!tab()->wayOutButton()->isVisible() || !tab()->wayOutButton()->isEnabled());
        tab()->selectPackage(bypass.account, bypass.package);
        // Another survey (a sync, a usage scan) keeps the chosen package chosen.
        QSignalSpy again(m_app->publishingPresenter(), &PublishingPresenter::surveyed);
        m_app->publishingPresenter()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!again.isEmpty(), 20000);
        QVERIFY(tab()->currentPath());
        QCOMPARE(tab()->currentPath()->package, QStringLiteral("@releaser/via-bypass-token"));
        QVERIFY(tab()->wayOutButton()->isEnabled());
        saveScreenshot(m_app->mainWindow(), QStringLiteral("publishing-tab-e2e.png"));
    }

    // The maintainer revokes both direct-publish tokens (here on the registry, as npmjs.com's
    // page would); the next sync surveys again and nothing is at risk any more.
    void revokingTheDirectTokensClearsTheRisk()
    {
        // A session of its own (npm's legacy login), then npm's revoke with a fresh code.
        const HttpReply login = httpCall(
            "PUT",
            m_sandbox.url().resolved(QUrl(QStringLiteral("/-/user/org.couchdb.user:releaser"))),
            R"({"name":"releaser","password":"releaser-password"})",
            {{"content-type", "application/json"}, {"npm-otp", releaserTotpNow().toUtf8()}});
        QVERIFY2(login.status == 201 || login.status == 200,
                 qPrintable(QString::number(login.status)));
        const QByteArray session
            = login.json().object().value(QStringLiteral("token")).toString().toUtf8();
        QVERIFY(!session.isEmpty());
        for (const QString &key : {kBypassKey, kDirectKey}) {
            const HttpReply revoked = httpCall(
                "DELETE",
                m_sandbox.url().resolved(QUrl(QStringLiteral("/-/npm/v1/tokens/token/") + key)), {},
                {{"authorization", "Bearer " + session}, {"npm-otp", releaserTotpNow().toUtf8()}});
            QVERIFY2(revoked.status == 204, qPrintable(QString::number(revoked.status)));
        }
        QSignalSpy surveyed(m_app->publishingPresenter(), &PublishingPresenter::surveyed);
        m_app->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(!surveyed.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(verdictOf(QStringLiteral("@releaser/via-bypass-token")),
                                  PublishVerdict::NoPath, 20000);
        QCOMPARE(verdictOf(QStringLiteral("@releaser/via-direct-token")), PublishVerdict::NoPath);
        QTabWidget *tabs = m_app->mainWindow()->tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(tab())), QStringLiteral("&Publishing"));
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(TestDesktopPublishingE2e)
#include "tst_desktop_publishing_e2e.moc"
