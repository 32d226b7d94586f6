// SPDX-License-Identifier: GPL-3.0-or-later
// Where a token is used on this machine (the dashboard's details pane): its own references,
// the CI secrets named like a variable that holds it, and nothing that belongs to another token.
#include "core/migration/TokenUsage.h"

#include <QTest>

using namespace td;

namespace {

const QString kHome = QStringLiteral("/home/jane");

Token classic(const QString &key)
{
    Token token;
    token.key = key;
    token.kind = TokenKind::ClassicPublish;
    return token;
}

TokenUse use(CredentialSource source, CredentialForm form, const QString &file, int line,
             const QString &variable, const QString &secretKey)
{
    TokenUse use;
    use.finding.source = source;
    use.finding.form = form;
    use.finding.file = file;
    use.finding.line = line;
    use.finding.key
        = form == CredentialForm::Environment ? variable : QStringLiteral("//r/:_authToken");
    use.finding.variable = variable;
    use.finding.identity.sha512Key = secretKey;
    return use;
}

QList<TokenUse> machine()
{
    return {
        use(CredentialSource::UserConfig, CredentialForm::AuthToken,
            kHome + QStringLiteral("/.npmrc"), 3, {}, QStringLiteral("key-a")),
        use(CredentialSource::ProjectConfig, CredentialForm::AuthToken,
            kHome + QStringLiteral("/work/app/.npmrc"), 1, {}, QStringLiteral("key-a")),
        use(CredentialSource::ProjectConfig, CredentialForm::EnvReference,
            kHome + QStringLiteral("/work/lib/.npmrc"), 2, QStringLiteral("NPM_TOKEN"),
            QStringLiteral("key-b")),
        use(CredentialSource::Environment, CredentialForm::Environment, {}, 0,
            QStringLiteral("NPM_TOKEN"), QStringLiteral("key-b")),
        use(CredentialSource::GitHubWorkflow, CredentialForm::CiSecret,
            kHome + QStringLiteral("/work/lib/.github/workflows/release.yml"), 14,
            QStringLiteral("NPM_TOKEN"), {}),
        use(CredentialSource::GitHubWorkflow, CredentialForm::CiSecret,
            kHome + QStringLiteral("/work/other/.github/workflows/ci.yml"), 9,
            QStringLiteral("OTHER_TOKEN"), {}),
        use(CredentialSource::ProjectConfig, CredentialForm::AuthToken,
            QStringLiteral("/srv/build/.npmrc"), 4, {}, QStringLiteral("key-a")),
    };
}

} // namespace

class TestTokenUsage : public QObject
{
    Q_OBJECT
private slots:
    void linesPerToken_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two npmrc files and one outside home")
            << QStringLiteral("key-a")
            << QStringList{QStringLiteral("~/.npmrc, line 3"),
                           QStringLiteral("~/work/app/.npmrc, line 1"),
                           QStringLiteral("/srv/build/.npmrc, line 4")};
        QTest::newRow("env variable, ${VAR} and the CI secret of the same name")
            << QStringLiteral("key-b")
            << QStringList{
                   QStringLiteral("~/work/lib/.npmrc, line 2 (${NPM_TOKEN})"),
                   QStringLiteral("environment variable NPM_TOKEN"),
                   QStringLiteral("CI uses secret NPM_TOKEN (.github/workflows/release.yml)")};
        QTest::newRow("unused") << QStringLiteral("key-c") << QStringList{};
    }
    void linesPerToken()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        QCOMPARE(usageLines(classic(key), machine(), kHome), expected);
    }

    void matchedGranularTokenIsFoundByTheMatch()
    {
        // A granular token is matched by its masked form: the finding's secret hash is not its key.
        Token granular;
        granular.key = QStringLiteral("uuid-1");
        granular.kind = TokenKind::GranularReadWrite;
        TokenUse found = machine().first();
        found.finding.identity.sha512Key = QStringLiteral("hash-of-npm_secret");
        found.match.outcome = MatchOutcome::MatchesToken;
        found.match.token = granular;
        QCOMPARE(usageLines(granular, {found}, kHome),
                 QStringList{QStringLiteral("~/.npmrc, line 3")});
    }
};

QTEST_GUILESS_MAIN(TestTokenUsage)
#include "tst_tokenusage.moc"
