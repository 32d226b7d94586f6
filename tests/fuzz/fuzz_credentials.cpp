// SPDX-License-Identifier: GPL-3.0-or-later
// The credential scanner (.npmrc, environment, .yarnrc.yml, GitHub and GitLab CI files) and the
// token matcher over what it finds. The first byte picks the source and how the account's token
// list and the liveness check answer; the rest is the file (or "NAME=value" lines).
// Beyond "no crash": no secret appears in what is printed (location, JSON, match reasons), and
// the matcher answers exactly once, with a token whenever it says "matches".
#include "FuzzCheck.h"

#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/npmconfig/TokenMatcher.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdlib>

using namespace td;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC); }
};

QTemporaryDir *g_dir = nullptr;

QProcessEnvironment environmentFrom(const QByteArray &text)
{
    QProcessEnvironment env;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            env.insert(QString::fromUtf8(line.left(equals)),
                       QString::fromUtf8(line.mid(equals + 1)));
    }
    return env;
}

QString writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = g_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(bytes);
    return path;
}

// Printable text must not carry the secret. Short secrets are shown as "****" and a field that
// is itself the secret's text (a key or file name that happens to contain it) is not a leak.
void checkNoSecretIn(const CredentialFinding &finding, const QString &text)
{
    if (!finding.hasSecret() || finding.identity.shape == SecretShape::Placeholder)
        return;
    const QString secret = QString::fromUtf8(finding.secret->view().data(), finding.secret->size());
    if (secret.size() < 16)
        return;
    // A field may also meet the secret together with the quotes around it in JSON: the value
    // '"//registry.npmjs.org/:' is in '"//registry.npmjs.org/:_authToken"' (found by this
    // fuzzer; the key is no secret).
    for (const QString &field :
         {finding.key, finding.registry, finding.variable, finding.userName, finding.file})
        if (QString(QLatin1Char('"') + field + QLatin1Char('"')).contains(secret))
            return;
    TD_FUZZ_CHECK(!text.contains(secret), text);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/td-fuzz-credentials-XXXXXX"));
    if (!g_dir->isValid())
        std::abort();
    QDir(g_dir->path()).mkpath(QStringLiteral(".github/workflows"));
    // libFuzzer ends a run with exit(): without this every run left its folder in /tmp.
    std::atexit([] {
        delete g_dir;
        g_dir = nullptr;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t which = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString defaultRegistry = QStringLiteral("https://registry.npmjs.org/");

    CredentialScanner scanner(QProcessEnvironment{});
    QList<CredentialFinding> findings;
    QList<Error> problems;
    switch (which % 5) {
    case 0: {
        // ${NPM_TOKEN} references resolve to a token, ${UNSET} ones do not.
        QProcessEnvironment env;
        env.insert(QStringLiteral("NPM_TOKEN"),
                   QStringLiteral("npm_abcdefghijklmnopqrstuvwxyz0123456789"));
        findings = CredentialScanner(env).scanNpmrc(NpmrcDocument::fromBytes(bytes),
                                                    CredentialSource::UserConfig, defaultRegistry);
        break;
    }
    case 1:
        findings = CredentialScanner(environmentFrom(bytes)).scanEnvironment(defaultRegistry);
        break;
    case 2:
        findings = scanner.scanYarnrc(writeFile(QStringLiteral(".yarnrc.yml"), bytes), &problems);
        break;
    case 3:
        findings = scanner.scanWorkflow(
            writeFile(QStringLiteral(".github/workflows/release.yml"), bytes), &problems);
        break;
    case 4:
        findings
            = scanner.scanWorkflow(writeFile(QStringLiteral(".gitlab-ci.yml"), bytes), &problems);
        break;
    }

    // The account's tokens: for each secret found, a classic token keyed by its hash and/or a
    // granular one with its masked form, revoked or expired as the input's flags say.
    QList<Token> tokens;
    for (const CredentialFinding &finding : findings) {
        checkNoSecretIn(finding, finding.location());
        checkNoSecretIn(finding, QString::fromUtf8(QJsonDocument(finding.toJson()).toJson()));
        if (!finding.identity.isKnown())
            continue;
        Token classic;
        classic.kind = TokenKind::ClassicPublish;
        classic.key = finding.identity.sha512Key.toUpper();
        if (which & 0x08)
            classic.revoked = FixedClock().now();
        if (which & 0x10)
            tokens << classic;
        Token granular;
        granular.kind = TokenKind::GranularReadWrite;
        granular.key = QStringLiteral("00000000-0000-4000-8000-000000000000");
        granular.redacted = finding.identity.redacted;
        if (which & 0x20)
            granular.expires = FixedClock().now();
        tokens << granular;
        if (which & 0x40)
            tokens << granular; // two tokens with one masked form: ambiguous
    }

    const FixedClock clock;
    const auto state = Liveness::State((which >> 5) % 3);
    LivenessCheck liveness;
    if (which & 0x80)
        liveness
            = [state](const QString &, const SecretBuffer &, std::function<void(Liveness)> done) {
                  done(Liveness{state, QStringLiteral("someone"), QStringLiteral("offline")});
              };
    const TokenMatcher matcher(QStringLiteral("https://registry.npmjs.org"), tokens, clock,
                               liveness);
    int answers = 0;
    matcher.matchAll(findings, [&](const QList<TokenMatch> &matches) {
        ++answers;
        TD_FUZZ_CHECK(matches.size() == findings.size(), QStringLiteral("matchAll count"));
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const TokenMatch &match = matches.at(i);
            if (match.outcome == MatchOutcome::MatchesToken)
                TD_FUZZ_CHECK(match.token.has_value(), QStringLiteral("a match without a token"));
            checkNoSecretIn(findings.at(i), match.reason);
        }
    });
    TD_FUZZ_CHECK(answers == 1, QStringLiteral("matchAll answered %1 times").arg(answers));
    return 0;
}
