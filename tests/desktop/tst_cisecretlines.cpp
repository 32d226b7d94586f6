// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the details pane names each CI secret that holds the selected token and when it was
// last updated, asking each store once; a guessed store that does not exist is left out, a store
// no CI account can read says how to connect, and the pane shows the lines under "In CI".
#include "desktop/ci/CiSecretLines.h"
#include "desktop/details/TokenDetailsPane.h"

#include "FakeCiClient.h"
#include "FakeClock.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
CiSecretTarget make(CiStoreKind kind, const QString &host, const QString &owner,
                    const QString &repo, const QString &scope)
{
    CiSecretTarget t;
    t.kind = kind;
    t.host = host;
    t.owner = owner;
    t.repo = repo;
    t.scope = scope;
    t.name = QStringLiteral("NPM_TOKEN");
    return t;
}
const CiSecretTarget kRepoT = make(CiStoreKind::GitHubRepository, QStringLiteral("github.com"),
                                   QStringLiteral("acme"), QStringLiteral("widgets"), {});
const CiSecretTarget kEnvT
    = make(CiStoreKind::GitHubEnvironment, QStringLiteral("github.com"), QStringLiteral("acme"),
           QStringLiteral("widgets"), QStringLiteral("production"));
const CiSecretTarget kOrgT = make(CiStoreKind::GitHubOrganization, QStringLiteral("github.com"),
                                  QStringLiteral("acme"), {}, {});
const CiSecretTarget kLabT = make(CiStoreKind::GitLabProject, QStringLiteral("gitlab.com"),
                                  QStringLiteral("acme/widgets"), {}, {});
const QString kRepo = kRepoT.id();
const QString kEnv = kEnvT.id();
const QString kOrg = kOrgT.id();
CiSecretTarget target(const QString &id)
{
    for (const CiSecretTarget &t : {kRepoT, kEnvT, kOrgT, kLabT})
        if (t.id() == id)
            return t;
    return {};
}
const QString kLab = kLabT.id();
// English plural forms arrive with the lead's catalogue refresh (see tst_citexts).
QString ago(const char *text, int n)
{
    return QCoreApplication::translate("td::CiTexts", text, nullptr, n);
}

Token releaseToken()
{
    Token token;
    token.key = QStringLiteral("key-release");
    token.name = QStringLiteral("release");
    token.redacted = QStringLiteral("npm_abcd...wxyz");
    return token;
}
} // namespace

class TestCiSecretLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesForAToken()
    {
        FakeClock clock;
        auto service = std::make_shared<FakeCiService>();
        CiSecretState repo;
        repo.exists = true;
        repo.updatedAt = clock.now().addDays(-41);
        service->states.insert(kRepo, repo);
        service->states.insert(kEnv, CiSecretState{}); // no such environment secret
        CiSecretState org;
        org.exists = true;
        org.updatedAt = clock.now().addSecs(-3 * 3600);
        service->states.insert(kOrg, org);

        int credentialLoads = 0;
        CiSecretLines::Parts parts;
        parts.clock = &clock;
        parts.targetsOf = [](const Token &token, QList<CiSecretTarget> *known) {
            if (token.key != QLatin1String("key-release"))
                return QList<CiSecretTarget>{};
            *known = {target(kOrg)}; // the ledger: TokenDesk pushed it there
            return QList<CiSecretTarget>{target(kRepo), target(kEnv), target(kLab), target(kOrg)};
        };
        parts.accountFor = [](const CiSecretTarget &t) -> std::optional<CiAccount> {
            if (t.provider() != CiProvider::GitHub)
                return std::nullopt; // no GitLab account
            CiAccount account;
            account.login = QStringLiteral("alice");
            return account;
        };
        parts.loadCredential = [&](const CiAccount &, auto done) {
            ++credentialLoads;
            done(std::make_shared<const SecretBuffer>(QByteArrayView("good-token")));
        };
        parts.makeClient
            = [service](const CiAccount &,
                        std::shared_ptr<const SecretBuffer> c) -> std::unique_ptr<CiSecretClient> {
            return std::make_unique<FakeCiClient>(service, CiProvider::GitHub, c);
        };
        CiSecretLines lines(parts);
        QSignalSpy changed(&lines, &CiSecretLines::changed);

        const QStringList shown = lines.linesFor(releaseToken());
        QCOMPARE(service->describeCalls, 3); // GitHub's three; GitLab has no account
        QCOMPARE(
            shown,
            (QStringList{
                QStringLiteral("organization secret NPM_TOKEN of acme, ")
                    + ago("updated %n hour(s) ago", 3),
                QStringLiteral("secret NPM_TOKEN in acme/widgets, ")
                    + ago("updated %n day(s) ago", 41),
                QStringLiteral(
                    "variable NPM_TOKEN in GitLab project acme/widgets — not connected: connect "
                    "GitLab to update it automatically")}));
        QVERIFY(changed.size() >= 3);

        // Asked once: the next selection reads what is known.
        QCOMPARE(lines.linesFor(releaseToken()), shown);
        QCOMPARE(service->describeCalls, 3);
        QVERIFY(lines.linesFor(Token{}).isEmpty());

        // A refresh (a rotation pushed) asks again.
        lines.refresh();
        lines.linesFor(releaseToken());
        QCOMPARE(service->describeCalls, 6);

        // Attribution says the repository secret holds another token now: it is left out; the
        // ledger's organization secret too, since its value changed after TokenDesk's push.
        parts.holds
            = [](const CiSecretTarget &, const CiSecretState &, const Token &) { return false; };
        CiSecretLines attributed(parts);
        QCOMPARE(attributed.linesFor(releaseToken()),
                 QStringList{QStringLiteral("variable NPM_TOKEN in GitLab project acme/widgets — "
                                            "not connected: connect GitLab to update it "
                                            "automatically")});

        // The pane shows them.
        TokenDetailsPane pane;
        TokenUsageView usage;
        usage.state = TokenUsageView::State::Scanned;
        usage.ciSecrets = shown;
        pane.showToken(releaseToken(), true, usage);
        QVERIFY2(pane.text().contains(shown.at(1)), qPrintable(pane.text()));
        QVERIFY(pane.text().contains(QStringLiteral("In CI")));
        QVERIFY(!pane.text().contains(QStringLiteral("Connect a CI service")));
        // A store no CI account can update: the pane offers to connect one.
        QVERIFY(lines.needsConnection(releaseToken())); // the GitLab variable
        usage.ciNeedsConnection = true;
        pane.showToken(releaseToken(), true, usage);
        QVERIFY(pane.text().contains(QStringLiteral("Connect a CI service…")));
        QSignalSpy connectAsked(&pane, &TokenDetailsPane::ciServicesRequested);
        Q_EMIT pane.findChild<QLabel *>(QStringLiteral("detailsText"))
            ->linkActivated(QStringLiteral("td:ci-services"));
        QCOMPARE(connectAsked.size(), 1);
        pane.showToken(releaseToken(), true, TokenUsageView{});
        QVERIFY(!pane.text().contains(QStringLiteral("In CI")));
    }

    void answersWhileAskingAndErrors()
    {
        FakeClock clock;
        std::function<void(Result<std::shared_ptr<const SecretBuffer>>)> pendingLoad;
        CiSecretLines::Parts parts;
        parts.clock = &clock;
        parts.targetsOf = [](const Token &, QList<CiSecretTarget> *known) {
            *known = {target(kRepo)}; // the ledger's: shown while asked, and when asking fails
            return QList<CiSecretTarget>{};
        };
        parts.accountFor
            = [](const CiSecretTarget &) { return std::optional<CiAccount>(CiAccount{}); };
        parts.loadCredential = [&](const CiAccount &, auto done) { pendingLoad = std::move(done); };
        parts.makeClient
            = [](const CiAccount &, auto) { return std::unique_ptr<CiSecretClient>(); };
        CiSecretLines lines(parts);
        QCOMPARE(lines.linesFor(releaseToken()),
                 QStringList{QStringLiteral("secret NPM_TOKEN in acme/widgets — checking…")});
        pendingLoad(
            makeError(ErrorCode::KeychainLocked, QStringLiteral("The keychain is locked.")));
        QCOMPARE(lines.linesFor(releaseToken()),
                 QStringList{
                     QStringLiteral("secret NPM_TOKEN in acme/widgets — could not be checked: The "
                                    "keychain is locked.")});
    }
};

QTEST_MAIN(TestCiSecretLines)
#include "tst_cisecretlines.moc"
