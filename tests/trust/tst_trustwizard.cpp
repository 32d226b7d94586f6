// SPDX-License-Identifier: GPL-3.0-or-later
// The trusted-publishing wizard and the Diagnose page, offscreen, against a loopback fake
// registry: every page is walked (and saved under <build>/screenshots), the packages table shows
// registry state, the provider is prefilled from the remote and allows staging only unless direct
// publishing is chosen (the job then stages too), Apply creates and verifies the
// configs with one code, the workflow is written only on Apply, lock-down posts the access change.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "TestPaths.h"
#include "TestRepo.h"
#include "core/trust/BootstrapRunner.h"
#include "desktop/trust/DiagnosePage.h"
#include "desktop/trust/TrustWizard.h"
#include "desktop/trust/TrustWizardPages.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;

namespace {

void shoot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
    const QPixmap shot = w->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(
        shot.save(QStringLiteral(TD_BINARY_DIR "/screenshots/") + name + QStringLiteral(".png")));
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestTrustWizard : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    ScriptedPrompt m_prompt;
    FakeRegistryServer m_server;
    std::unique_ptr<RegistryClient> m_client;
    QHash<QString, QJsonArray> m_configs;
    QList<QByteArray> m_accessBodies;
    int m_tokensCreated = 0;
    int m_tokensRevoked = 0;
    QTemporaryDir m_repo;

    Reply handle(const FakeRegistryServer::Request &r)
    {
        const QByteArray target = QByteArray::fromPercentEncoding(r.target);
        if (target.startsWith("/-/package/")) {
            const QString pkg = QString::fromUtf8(
                target.mid(11, target.indexOf("/", target.indexOf("/", 11) + 1) - 11));
            if (r.method != "GET" && r.header("npm-otp") != "123456")
                return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
            if (target.endsWith("/access")) {
                m_accessBodies << r.body;
                return Reply::json(200, "{}");
            }
            if (r.method == "GET")
                return Reply::json(200, QJsonDocument(m_configs.value(pkg)).toJson());
            QJsonObject c = QJsonDocument::fromJson(r.body).array().first().toObject();
            c.insert(QStringLiteral("id"), QString(QStringLiteral("id-") + pkg));
            m_configs[pkg] = QJsonArray{c};
            return Reply::json(200, QJsonDocument(QJsonArray{c}).toJson());
        }
        if (target == "/-/npm/v1/tokens" && r.method == "POST") {
            ++m_tokensCreated;
            return Reply::json(201,
                               R"({"token":"npm_FirstPublishToken0123456789abcdef","key":"k1",)"
                               R"("name":"tokendesk-bootstrap"})");
        }
        if (target == "/-/npm/v1/tokens/token/k1" && r.method == "DELETE") {
            ++m_tokensRevoked;
            return Reply::json(204, {});
        }
        if (target == "/@acme/new")
            return Reply::json(404, R"({"error":"Not found"})");
        return Reply::json(
            200,
            R"({"name":"x","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"version":"1.0.0"}}})");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setHandler([this](const auto &r) { return handle(r); });
        m_client = std::make_unique<RegistryClient>(&m_nam, m_server.baseUrl(), m_clock);
        m_client->setAuthToken(SecretBuffer(QByteArrayView("session")));
        m_prompt.code = "123456";
        const QString root = m_repo.path();
        write(root + QStringLiteral("/package.json"),
              // "packages/" "*" apart: moc reads a slash-star inside a raw string as a comment.
              "{\"name\":\"mono\",\"private\":true,\"workspaces\":[\"packages/"
              "*\"]}");
        for (const QString &name :
             {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("new")}) {
            const QJsonObject manifest{
                {QStringLiteral("name"), QString(QStringLiteral("@acme/") + name)},
                {QStringLiteral("version"), QStringLiteral("1.0.0")},
                {QStringLiteral("repository"),
                 QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("git")},
                     {QStringLiteral("url"),
                      QStringLiteral("git+https://gitlab.com/acme/mono.git")},
                     {QStringLiteral("directory"), QString(QStringLiteral("packages/") + name)}}}};
            write(root + QStringLiteral("/packages/") + name + QStringLiteral("/package.json"),
                  QJsonDocument(manifest).toJson());
        }
        write(root + QStringLiteral("/.git/config"),
              "[remote \"origin\"]\n\turl = git@gitlab.com:acme/mono.git\n");
    }

    void walksEveryPageAndAppliesWithOneCode()
    {
        TrustWizard wizard({m_client.get(), &m_prompt, m_repo.path()});
        QSignalSpy cleanup(&wizard, &TrustWizard::tokenCleanupRequested);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shoot(&wizard, QStringLiteral("trust-wizard-1-folder"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::PackagesPage));
        auto *packages = qobject_cast<TrustPackagesPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(packages->isComplete(), 10000);
        QCOMPARE(packages->table()->rowCount(), 3);
        QStringList statuses;
        for (int row = 0; row < 3; ++row)
            statuses << packages->table()->item(row, 2)->text();
        QVERIFY2(statuses.join(QLatin1Char('|')).contains(QStringLiteral("bootstrap")),
                 qPrintable(statuses.join(QLatin1Char('|'))));
        shoot(&wizard, QStringLiteral("trust-wizard-2-packages"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::ProviderPage));
        const auto edits = wizard.currentPage()->findChildren<QLineEdit *>();
        QCOMPARE(edits.at(0)->text(), QStringLiteral("acme/mono")); // from the ssh remote
        QCOMPARE(edits.at(1)->text(), QStringLiteral(".gitlab-ci.yml"));
        // Stage only unless the user chooses direct publishing, which says what it means.
        auto *provider = qobject_cast<TrustProviderPage *>(wizard.currentPage());
        QVERIFY(provider->stagePublishBox()->isChecked());
        QVERIFY(!provider->directPublishBox()->isChecked());
        QVERIFY(provider->directPublishNote()->isHidden());
        shoot(&wizard, QStringLiteral("trust-wizard-3-provider"));
        provider->directPublishBox()->click();
        QVERIFY(!provider->directPublishNote()->isHidden());
        QVERIFY(provider->directPublishNote()->text().contains(u"January 2027"));
        shoot(&wizard, QStringLiteral("trust-wizard-3-provider-direct"));
        provider->directPublishBox()->click();
        QVERIFY(provider->directPublishNote()->isHidden());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::WorkflowPage));
        const QString diff = wizard.currentPage()->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("NPM_ID_TOKEN")), qPrintable(diff));
        // The config allows staging only, so the job stages: a plain npm publish is refused.
        QVERIFY2(diff.contains(QStringLiteral("+    - npm stage publish")), qPrintable(diff));
        QVERIFY2(!diff.contains(QStringLiteral("- npm publish")), qPrintable(diff));
        QVERIFY(!QFile::exists(m_repo.filePath(QStringLiteral(".gitlab-ci.yml")))); // not yet
        shoot(&wizard, QStringLiteral("trust-wizard-4-workflow"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::ReviewPage));
        const QString review = wizard.currentPage()->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY(review.contains(QStringLiteral("@acme/core: create")));
        QVERIFY(review.contains(QStringLiteral("@acme/new: not published yet")));
        shoot(&wizard, QStringLiteral("trust-wizard-5-review"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::ApplyPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
        auto *apply = qobject_cast<TrustApplyPage *>(wizard.currentPage());
        QCOMPARE(apply->table()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QVERIFY(apply->table()->item(row, 1)->text().startsWith(
                QStringLiteral("Configured and verified")));
        QCOMPARE(m_prompt.codeRequests, 1);
        QCOMPARE(m_configs.size(), 2);
        for (const QJsonArray &held : std::as_const(m_configs))
            QCOMPARE(held.first().toObject().value(QStringLiteral("permissions")).toArray(),
                     (QJsonArray{QStringLiteral("createStagedPackage")}));
        QVERIFY(QFile::exists(m_repo.filePath(QStringLiteral(".gitlab-ci.yml"))));
        shoot(&wizard, QStringLiteral("trust-wizard-6-apply"));

        // @acme/new does not exist: the wizard's own first-publish page comes next.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::BootstrapPage));
        auto *first = qobject_cast<TrustBootstrapPage *>(wizard.currentPage());
        QCOMPARE(first->stepsTable()->rowCount(), 4);
        QVERIFY(first->stepsTable()->item(0, 0)->text().contains(QStringLiteral("@acme")));
        QVERIFY(first->startButton()->isEnabled());
        shoot(&wizard, QStringLiteral("trust-wizard-6b-first-publish"));
        first->byHandButton()->click();
        QVERIFY2(first->statusLabel()->text().contains(QStringLiteral("npm publish")),
                 qPrintable(first->statusLabel()->text()));
        QVERIFY(!first->startButton()->isEnabled());
        QVERIFY(first->isComplete());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::DonePage));
        auto *done = qobject_cast<TrustDonePage *>(wizard.currentPage());
        QVERIFY(done->lockDownButton()->isEnabled());
        QVERIFY(
            done->summaryLabel()->text().contains(QStringLiteral("Not published yet: @acme/new")));
        shoot(&wizard, QStringLiteral("trust-wizard-7-done"));
        // The clean-up payload is exactly the packages now publishing through OIDC.
        done->cleanupButton()->click();
        QCOMPARE(cleanup.size(), 1);
        QCOMPARE(cleanup.first().first().toStringList(),
                 (QStringList{QStringLiteral("@acme/core"), QStringLiteral("@acme/ui")}));
        // Lock down asks first, and says what it changes; Cancel changes nothing.
        done->lockDownButton()->click();
        QPointer<QMessageBox> confirm = done->lockDownConfirmation();
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        const QString question = confirm->text() + QLatin1Char('\n') + confirm->informativeText();
        for (const QString &says : {QStringLiteral("@acme/core"), QStringLiteral("@acme/ui"),
                                    QStringLiteral("two-factor"), QStringLiteral("every token"),
                                    QStringLiteral(".gitlab-ci.yml")})
            QVERIFY2(question.contains(says), qPrintable(question));
        shoot(confirm, QStringLiteral("trust-wizard-7-lock-down-confirm"));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!confirm || !confirm->isVisible());
        QTest::qWait(50);
        QCOMPARE(m_accessBodies.size(), 0);
        QVERIFY(done->lockDownButton()->isEnabled());
        done->lockDownButton()->click();
        confirm = done->lockDownConfirmation();
        QTRY_VERIFY(confirm->isVisible());
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            done->lockDownStatus()->text().contains(QStringLiteral("finished")), 10000);
        QCOMPARE(m_accessBodies.size(), 2);
        QVERIFY(m_accessBodies.first().contains("\"automation_token_overrides_tfa\":false"));

        // Without the workflow in the repository, lock-down is not offered: it would leave the
        // packages with no way to publish.
        QVERIFY(QFile::remove(m_repo.filePath(QStringLiteral(".gitlab-ci.yml"))));
        done->initializePage();
        QVERIFY(!done->lockDownButton()->isEnabled());
        QVERIFY2(done->lockDownStatus()->text().contains(QStringLiteral(".gitlab-ci.yml")),
                 qPrintable(done->lockDownStatus()->text()));
    }

    void aWorkflowThePatcherRefusesIsShownAndNotWritten()
    {
        // The fuzz reproducer of the workflow patcher: an unclosed quote that no line-based
        // edit can remove safely. The page must say so, not "already has what trusted
        // publishing needs", and must not offer to write the file.
        QTemporaryDir repo;
        const QString root = repo.path();
        write(root + QStringLiteral("/package.json"),
              R"({"name":"@acme/solo","version":"1.0.0","repository":"github:acme/solo"})");
        write(root + QStringLiteral("/.git/config"),
              "[remote \"origin\"]\n\turl = git@github.com:acme/solo.git\n");
        // The fuzz reproducer (tst_workflowwriter's row), less the fuzzer's selector byte.
        const QByteArray broken
            = QByteArray::fromBase64(
                  "BG5hbWU6IFJlbGVhc2UKb246IHdvcmtmbG93X2Rpc3BhdGNoCnBlcm1pc3Npb25ub2RlLXZlcnNpb24t"
                  "ZmlsZXM6CiAgY29udGVudHM6IHdyaXRlCiAgaWQtdG9rZW46IHdyaXRlCmpvYnM6CiAgcmVsZWFzZToK"
                  "ICAgIHJ1bnMtb246IHVidW50dS1sYXRlc3QKICAgIHN0ZXBzOgogICAgICAtIHVzZXM6IGFjdGlvbnMv"
                  "Y2hlYyAnaHR0cHM6Ly9yZWdpc3RyeS5ucG1qcy5vcmcnCiAgICAgIC0gcnVuOiBucG0gY2kKICAgICAg"
                  "LSBydW46IG5wbSBwdWJsaXNoIC0tcHJvdmVuYW5jZQogICAgICAgIGVudjoKICAgICAgICAgIE5PREVf"
                  "QVVUSF9UT0tFTjogJHt7IHNla291dEB2NAogICAgICAtIHVzZXM6IGFjdGlvbnMvc2V0dXAtbm9kZUB2"
                  "NAogICAgICAgIHdpdGg6CiAgICAgICAgICBub2RlLXZlcnNpb246IDIwCiAgICAgICAgICByZWdpc3Ry"
                  "eS11cmw6ICdodHRwczovL3JlZ2lzdGNyZXRzLkdJVEhVQl9UT0tFTiB9fQogICAgICAgICAgTlBNX1RP"
                  "S0UgICAgICAgIEdJVEhVQl9UT0sgLS1wcm92ZW5hbmNlCiAgICAgICAgZW52OgogICAgICAgICAgTk9E"
                  "RV9BVVRIX1RPS0VOOiAke3sgc2VjcmV0cy5OUE1fVE9LRU4gfX0K")
                  .mid(1);
        write(root + QStringLiteral("/.github/workflows/release.yml"), broken);

        TrustWizard wizard({m_client.get(), &m_prompt, root});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::ProviderPage));
        const auto edits = wizard.currentPage()->findChildren<QLineEdit *>();
        QCOMPARE(edits.at(0)->text(), QStringLiteral("acme/solo"));
        edits.at(1)->setText(QStringLiteral("release.yml"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrustWizard::WorkflowPage));
        const auto labels = wizard.currentPage()->findChildren<QLabel *>();
        QStringList texts;
        for (const QLabel *label : labels)
            texts << label->text();
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("cannot be changed safely")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        auto *writeBox = wizard.currentPage()->findChild<QCheckBox *>();
        QVERIFY(!writeBox->isEnabled());
        QVERIFY(!writeBox->isChecked());
        shoot(&wizard, QStringLiteral("trust-wizard-4b-workflow-refused"));
        wizard.next();
        QVERIFY(!wizard.state().writeWorkflow);
        QFile file(root + QStringLiteral("/.github/workflows/release.yml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }

    void oidcPackagesAreThoseConfiguredOrVerified_data()
    {
        QTest::addColumn<QString>("action");  // how the package was planned
        QTest::addColumn<QString>("outcome"); // what Apply or the bootstrap page ended in
        QTest::addColumn<bool>("viaOidc");
        QTest::newRow("already configured")
            << QStringLiteral("configured") << QStringLiteral("") << true;
        QTest::newRow("created and verified")
            << QStringLiteral("create") << QStringLiteral("verified") << true;
        QTest::newRow("created, registry holds other")
            << QStringLiteral("create") << QStringLiteral("mismatch") << false;
        QTest::newRow("create failed")
            << QStringLiteral("create") << QStringLiteral("failed") << false;
        QTest::newRow("bootstrapped and verified")
            << QStringLiteral("bootstrap") << QStringLiteral("bootstrap-verified") << true;
        QTest::newRow("not published yet")
            << QStringLiteral("bootstrap") << QStringLiteral("") << false;
        QTest::newRow("private") << QStringLiteral("skip") << QStringLiteral("") << false;
    }

    void oidcPackagesAreThoseConfiguredOrVerified()
    {
        QFETCH(QString, action);
        QFETCH(QString, outcome);
        QFETCH(bool, viaOidc);
        TrustWizardState s;
        PackagePlan plan;
        plan.packageName = QStringLiteral("@acme/x");
        plan.action = action == QLatin1String("configured") ? PackagePlan::Action::AlreadyConfigured
            : action == QLatin1String("create")             ? PackagePlan::Action::Create
            : action == QLatin1String("bootstrap")          ? PackagePlan::Action::Bootstrap
                                                            : PackagePlan::Action::Skip;
        PackagePlan other; // a verified neighbour, so the list is never trivially empty
        other.packageName = QStringLiteral("@acme/y");
        other.action = PackagePlan::Action::Create;
        s.plans = {plan, other};
        s.outcomes << TrustOutcome{other.packageName, TrustStage::Verified, {}, {}, {}, 0};
        const TrustStage stage = outcome == QLatin1String("mismatch") ? TrustStage::Mismatch
            : outcome == QLatin1String("failed")                      ? TrustStage::Failed
                                                                      : TrustStage::Verified;
        if (outcome == QLatin1String("bootstrap-verified"))
            s.bootstrapOutcomes << TrustOutcome{plan.packageName, stage, {}, {}, {}, 0};
        else if (!outcome.isEmpty())
            s.outcomes << TrustOutcome{plan.packageName, stage, {}, {}, {}, 0};
        const QStringList expected = viaOidc ? QStringList{plan.packageName, other.packageName}
                                             : QStringList{other.packageName};
        QCOMPARE(packagesPublishingViaOidc(s), expected);
        QCOMPARE(packagesNeedingBootstrap(s),
                 action == QLatin1String("bootstrap") ? QStringList{plan.packageName}
                                                      : QStringList{});
    }

    // Cancel while npm publishes: the wizard stays open until the 1-day token is revoked.
    void cancellingDuringTheFirstPublishRevokesTheTokenFirst()
    {
        const QString started = m_repo.filePath(QStringLiteral("npm-started"));
        const QString npm = m_repo.filePath(QStringLiteral("fake-npm"));
        write(npm, "#!/bin/sh\ntouch '" + started.toUtf8() + "'\nsleep 30\n");
        QFile::setPermissions(npm, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        TrustWizardServices services{m_client.get(), &m_prompt, m_repo.path()};
        services.npmProgram = npm;
        TrustWizard wizard(services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
        for (int step = 0; step < 4; ++step) // provider, workflow, review, apply
            wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
        wizard.next();
        auto *page = qobject_cast<TrustBootstrapPage *>(wizard.currentPage());
        QVERIFY(page);
        QTest::keyClicks(page->passwordEdit(), QStringLiteral("pw"));
        QTest::mouseClick(page->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 10000);
        QVERIFY(!page->isComplete());
        QCOMPARE(m_tokensCreated, 1);

        wizard.reject();
        QVERIFY(wizard.isVisible()); // not before the token is gone
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 10000);
        QCOMPARE(m_tokensRevoked, 1);
        QVERIFY(page->runner()->tokenRevoked());
        QCOMPARE(page->stepsTable()->item(3, 1)->text(), QStringLiteral("Done: Revoked."));
    }

    void diagnosePageRanksCauses()
    {
        DiagnosePage page;
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QFile log(QStringLiteral(TD_TEST_DATA_DIR "/diagnose/row01-e404-put.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        page.input()->setPlainText(QString::fromUtf8(log.readAll()));
        QTest::mouseClick(page.diagnoseButton(), Qt::LeftButton);
        const QString text = page.result()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("1. The publish was unauthenticated")),
                 qPrintable(text));
        shoot(&page, QStringLiteral("diagnose-page"));
    }
};

QTEST_MAIN(TestTrustWizard)
#include "tst_trustwizard.moc"
