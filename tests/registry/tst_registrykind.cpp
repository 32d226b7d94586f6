// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryKind: which registry an account talks to, from its address and its answers, and what
// TokenDesk may offer there (with a reason wherever it may not).
#include "core/registry/RegistryKind.h"

#include <QTest>

using namespace td;

namespace {
std::optional<bool> tri(int value)
{
    return value < 0 ? std::nullopt : std::optional<bool>(value != 0);
}
} // namespace

class TestRegistryKind : public QObject
{
    Q_OBJECT
private slots:
    void kindFromAddressAndAnswers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("poweredBy");
        QTest::addColumn<int>("reportsExpiry"); // -1 unknown, 0 false, 1 true
        QTest::addColumn<int>("tokenApi");
        QTest::addColumn<QString>("kind");

        QTest::newRow("npmjs") << "https://registry.npmjs.org/"
                               << "" << -1 << -1 << "npmjs";
        QTest::newRow("npmjs, host in capitals") << "https://REGISTRY.npmjs.org"
                                                 << "" << -1 << -1 << "npmjs";
        QTest::newRow("npmjs whatever it answered") << "https://registry.npmjs.org/"
                                                    << "" << 0 << 0 << "npmjs";
        QTest::newRow("GitHub Packages") << "https://npm.pkg.github.com/"
                                         << "" << -1 << -1 << "github-packages";
        QTest::newRow("GitHub Packages, owner path") << "https://npm.pkg.github.com/acme"
                                                     << "" << -1 << 0 << "github-packages";
        QTest::newRow("CodeArtifact")
            << "https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/npm/shared/"
            << "" << -1 << -1 << "codeartifact";
        QTest::newRow("CodeArtifact in China")
            << "https://acme-111122223333.d.codeartifact.cn-north-1.amazonaws.com.cn/npm/r/"
            << "" << -1 << -1 << "codeartifact";
        QTest::newRow("not CodeArtifact: no .d.") << "https://codeartifact.eu-west-1.amazonaws.com/"
                                                  << "" << -1 << 0 << "unknown";
        QTest::newRow("Azure Artifacts")
            << "https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/"
            << "" << -1 << -1 << "azure-artifacts";
        QTest::newRow("Azure Artifacts, visualstudio.com")
            << "https://acme.pkgs.visualstudio.com/_packaging/feed/npm/registry/"
            << "" << -1 << -1 << "azure-artifacts";
        QTest::newRow("Verdaccio names itself") << "http://127.0.0.1:4873/"
                                                << "verdaccio/6.1.2" << -1 << -1 << "verdaccio";
        QTest::newRow("Verdaccio's tokens carry no expiry") << "https://npm.corp.example/"
                                                            << "" << 0 << 1 << "verdaccio";
        QTest::newRow("npm-compatible: tokens with expiry") << "http://127.0.0.1:39999/"
                                                            << "" << 1 << 1 << "npm-compatible";
        QTest::newRow("npm-compatible until an answer says otherwise")
            << "https://npm.corp.example/"
            << "" << -1 << -1 << "npm-compatible";
        QTest::newRow("unknown: no token API") << "https://npm.corp.example/"
                                               << "" << -1 << 0 << "unknown";
        QTest::newRow("unknown: no token API beats an old expiry answer")
            << "https://npm.corp.example/"
            << "Express" << 1 << 0 << "unknown";
    }
    void kindFromAddressAndAnswers()
    {
        QFETCH(QString, url);
        QFETCH(QString, poweredBy);
        QFETCH(int, reportsExpiry);
        QFETCH(int, tokenApi);
        QFETCH(QString, kind);
        const RegistryEvidence evidence{tri(reportsExpiry), tri(tokenApi), poweredBy};
        QCOMPARE(registryKindId(registryKindOf(QUrl(url), evidence)), kind);
    }

    void capabilities_data()
    {
        QTest::addColumn<RegistryKind>("kind");
        QTest::addColumn<QString>("offers"); // l=list c=create r=revoke s=stage t=trust 2=2FA
        QTest::addColumn<ExpirySource>("expiry");
        QTest::addColumn<bool>("expiryKnown");

        QTest::newRow("npmjs") << RegistryKind::Npmjs << "lcrst2" << ExpirySource::PerToken << true;
        QTest::newRow("npm-compatible")
            << RegistryKind::NpmCompatible << "lcrst2" << ExpirySource::PerToken << true;
        QTest::newRow("verdaccio")
            << RegistryKind::Verdaccio << "lcr" << ExpirySource::SetByRegistry << false;
        QTest::newRow("github") << RegistryKind::GitHubPackages << ""
                                << ExpirySource::ResponseHeader << true;
        QTest::newRow("codeartifact")
            << RegistryKind::CodeArtifact << "" << ExpirySource::TwelveHoursFromWrite << true;
        QTest::newRow("azure") << RegistryKind::AzureArtifacts << "" << ExpirySource::UserEntered
                               << false;
        QTest::newRow("unknown") << RegistryKind::Unknown << "" << ExpirySource::UserEntered
                                 << false;
    }
    void capabilities()
    {
        QFETCH(RegistryKind, kind);
        QFETCH(QString, offers);
        const RegistryCapabilities caps = capabilitiesOf(kind);
        QCOMPARE(caps.listTokens, offers.contains(QLatin1Char('l')));
        QCOMPARE(caps.createTokens, offers.contains(QLatin1Char('c')));
        QCOMPARE(caps.revokeTokens, offers.contains(QLatin1Char('r')));
        QCOMPARE(caps.stage, offers.contains(QLatin1Char('s')));
        QCOMPARE(caps.trust, offers.contains(QLatin1Char('t')));
        QCOMPARE(caps.twoFactor, offers.contains(QLatin1Char('2')));
        QTEST(caps.expiry, "expiry");
        QTEST(caps.expiryKnown(), "expiryKnown");

        // A reason exactly where the kind lacks the action, naming the registry or what to do.
        const QList<QPair<RegistryAction, bool>> actions{
            {RegistryAction::CreateToken, caps.createTokens},
            {RegistryAction::RevokeToken, caps.revokeTokens},
            {RegistryAction::Stage, caps.stage},
            {RegistryAction::Trust, caps.trust}};
        for (const auto &action : actions)
            QCOMPARE(missingCapabilityReason(kind, action.first).isEmpty(), action.second);
        QVERIFY(!registryKindLabel(kind).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistryKind)
#include "tst_registrykind.moc"
