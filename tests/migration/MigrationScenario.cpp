// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationScenario.h"

#include "FakeMigrationWorld.h"
#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/util/AtomicFile.h"

namespace td::test {

QByteArray Scenario::userBytes()
{
    return "; laptop\r\nregistry=https://registry.npmjs.org/\r\n//registry.npmjs.org/:_authToken = "
        + kOldUserToken.toUtf8() + " ; publish\r\nsave-exact=true\r\n";
}

QByteArray Scenario::projectBytes()
{
    return "@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken="
        + kOldProjectToken.toUtf8();
}

void Scenario::create() const
{
    (void)writeFileAtomically(userNpmrc(), userBytes(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    (void)writeFileAtomically(projectNpmrc(), projectBytes(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadGroup);
    FileFakeBackend backend(registryState());
    backend.addClassicToken(kOldUserToken);
    backend.addClassicToken(kOldProjectToken);
}

QList<PlanRow> Scenario::plan() const
{
    return ReplacementPlanner(plannerContext()).plan(uses());
}

PlannerContext Scenario::plannerContext()
{
    return {QStringLiteral("jane"),
            {QStringLiteral("left-pad")},
            QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC)};
}

QList<TokenUse> Scenario::uses() const
{
    CredentialScanner scanner({});
    QList<TokenUse> uses;
    const QList<std::pair<QString, CredentialSource>> files{
        {userNpmrc(), CredentialSource::UserConfig},
        {projectNpmrc(), CredentialSource::ProjectConfig}};
    for (const auto &[path, source] : files) {
        for (const CredentialFinding &finding :
             scanner.scanNpmrc(NpmrcDocument::load(path).value(), source,
                               QStringLiteral("https://registry.npmjs.org/"))) {
            TokenUse use;
            use.finding = finding;
            use.match.outcome = MatchOutcome::MatchesToken;
            Token token;
            token.key = finding.identity.sha512Key; // classic: the key is the secret's SHA-512
            token.kind = TokenKind::ClassicPublish;
            token.name = QStringLiteral("classic");
            use.match.token = token;
            uses.append(use);
        }
    }
    return uses;
}

} // namespace td::test
