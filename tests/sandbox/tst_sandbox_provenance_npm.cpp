// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 with the real npm CLI: a simulated GitHub Actions job (an id token from the sandbox's
// issuer in NPM_ID_TOKEN) publishes through OIDC, the trusted publisher of @releaser/via-oidc. The
// version gets the registry's dist.signatures and dist.attestations, the attestations document is
// served at its URL, and `npm view` shows both. npm itself signs nothing here: it enables
// --provenance only for a public repository's token (repository_visibility), which the sandbox's
// id tokens do not claim; the sandbox stands in for the signing npm's client does in real CI.
#include "HttpHelper.h"
#include "NpmCli.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

class SandboxProvenanceNpmTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oidcPublishIsSignedAndAttested();
    void npmViewShowsSignaturesAndAttestations();
    void tokenPublishIsSignedWithoutAttestations();

private:
    NpmRun npm(const QStringList &args, const QString &rc, const QString &workDir = {},
               const QStringList &env = {});
    QJsonObject manifest(const QString &name, const QString &version);

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_emptyRc;
};

void SandboxProvenanceNpmTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString problem = NpmCli::versionProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_emptyRc = m_home.filePath(QStringLiteral("empty.npmrc"));
    QFile(m_emptyRc).open(QIODevice::WriteOnly);
}

NpmRun SandboxProvenanceNpmTest::npm(const QStringList &args, const QString &rc,
                                     const QString &workDir, const QStringList &env)
{
    return NpmCli(m_home.path())
        .run(args + NpmCli::commonArgs(m_sandbox.url(), rc), {}, workDir, env);
}

QJsonObject SandboxProvenanceNpmTest::manifest(const QString &name, const QString &version)
{
    QString path = name;
    path.replace(QLatin1Char('/'), QLatin1String("%2f"));
    return httpCall("GET", m_sandbox.url().resolved(QUrl(QLatin1Char('/') + path)))
        .json()
        .object()
        .value(QStringLiteral("versions"))
        .toObject()
        .value(version)
        .toObject();
}

void SandboxProvenanceNpmTest::oidcPublishIsSignedAndAttested()
{
    const QString dir
        = NpmCli(m_home.path())
              .writePackage(QStringLiteral("@releaser/via-oidc"), QStringLiteral("1.5.0"));
    const NpmRun run
        = npm({QStringLiteral("publish"), QStringLiteral("--loglevel=verbose")}, m_emptyRc, dir,
              githubJobEnv(m_sandbox.url(), QStringLiteral("releaser/via-oidc"),
                           QStringLiteral("publish.yml")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("oidc Successfully retrieved and set token")));
    QVERIFY(run.output.contains(QStringLiteral("+ @releaser/via-oidc@1.5.0")));
    // npm's client did not try to sign (no Sigstore here): the registry did.
    QVERIFY2(!run.output.contains(QStringLiteral("Enabling provenance")), qPrintable(run.output));
    QVERIFY(!run.output.contains(QStringLiteral("Signed provenance statement")));

    const QJsonObject v = manifest(QStringLiteral("@releaser/via-oidc"), QStringLiteral("1.5.0"));
    const QJsonObject dist = v.value(QStringLiteral("dist")).toObject();
    const QString keyId
        = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/npm/v1/keys"))))
              .json()
              .object()
              .value(QStringLiteral("keys"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("keyid"))
              .toString();
    QVERIFY(keyId.startsWith(QLatin1String("SHA256:")));
    const QJsonArray signatures = dist.value(QStringLiteral("signatures")).toArray();
    QCOMPARE(signatures.size(), 1);
    QCOMPARE(signatures.at(0).toObject().value(QStringLiteral("keyid")).toString(), keyId);
    QCOMPARE(v.value(QStringLiteral("_npmUser"))
                 .toObject()
                 .value(QStringLiteral("trustedPublisher"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("github"));
    const QJsonObject attestations = dist.value(QStringLiteral("attestations")).toObject();
    const QUrl url(attestations.value(QStringLiteral("url")).toString());
    QCOMPARE(attestations.value(QStringLiteral("url")).toString(),
             m_sandbox.url().toString()
                 + QStringLiteral("-/npm/v1/attestations/@releaser%2fvia-oidc@1.5.0"));
    const HttpReply document = httpCall("GET", url);
    QCOMPARE(document.status, 200);
    const QJsonArray list
        = document.json().object().value(QStringLiteral("attestations")).toArray();
    QCOMPARE(list.size(), 2);
    QStringList types;
    for (const QJsonValue &a : list)
        types << a.toObject().value(QStringLiteral("predicateType")).toString();
    QVERIFY(types.contains(QStringLiteral("https://slsa.dev/provenance/v1")));
    QVERIFY(types.contains(
        QStringLiteral("https://github.com/npm/attestation/tree/main/specs/publish/v0.1")));
    // The provenance leaf names the job's workflow (its SAN, DER inside the certificate).
    const QByteArray leaf
        = QByteArray::fromBase64(list.at(1)
                                     .toObject()
                                     .value(QStringLiteral("bundle"))
                                     .toObject()
                                     .value(QStringLiteral("verificationMaterial"))
                                     .toObject()
                                     .value(QStringLiteral("certificate"))
                                     .toObject()
                                     .value(QStringLiteral("rawBytes"))
                                     .toString()
                                     .toLatin1());
    QVERIFY(leaf.contains(
        "https://github.com/releaser/via-oidc/.github/workflows/publish.yml@refs/heads/main"));
}

void SandboxProvenanceNpmTest::npmViewShowsSignaturesAndAttestations()
{
    const QJsonObject dist = manifest(QStringLiteral("@releaser/via-oidc"), QStringLiteral("1.5.0"))
                                 .value(QStringLiteral("dist"))
                                 .toObject();
    const NpmRun signatures
        = npm({QStringLiteral("view"), QStringLiteral("@releaser/via-oidc@1.5.0"),
               QStringLiteral("dist.signatures"), QStringLiteral("--json")},
              m_emptyRc);
    QVERIFY2(signatures.exitCode == 0, qPrintable(signatures.output));
    const QJsonArray viewed = QJsonDocument::fromJson(signatures.output.trimmed().toUtf8()).array();
    QVERIFY2(!viewed.isEmpty(), qPrintable(signatures.output));
    QCOMPARE(viewed, dist.value(QStringLiteral("signatures")).toArray());
    const NpmRun url = npm({QStringLiteral("view"), QStringLiteral("@releaser/via-oidc@1.5.0"),
                            QStringLiteral("dist.attestations.url")},
                           m_emptyRc);
    QCOMPARE(url.exitCode, 0);
    QCOMPARE(url.output.trimmed(),
             dist.value(QStringLiteral("attestations"))
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString());
}

void SandboxProvenanceNpmTest::tokenPublishIsSignedWithoutAttestations()
{
    // The demo maintainer's bypass-2FA granular token for @acme (README: github-actions-publish).
    const NpmCli cli(m_home.path());
    const QString rc = cli.writeTokenRc(m_sandbox.url(), QStringLiteral("token.npmrc"),
                                        QStringLiteral("npm_SandboxDemoBypass0000000000000000000"));
    const NpmRun run
        = npm({QStringLiteral("publish")}, rc,
              cli.writePackage(QStringLiteral("@acme/theme"), QStringLiteral("9.9.0")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QJsonObject dist = manifest(QStringLiteral("@acme/theme"), QStringLiteral("9.9.0"))
                                 .value(QStringLiteral("dist"))
                                 .toObject();
    QCOMPARE(dist.value(QStringLiteral("signatures")).toArray().size(), 1);
    QVERIFY(!dist.contains(QStringLiteral("attestations")));
    QCOMPARE(httpCall("GET",
                      m_sandbox.url().resolved(
                          QUrl(QStringLiteral("/-/npm/v1/attestations/@acme%2ftheme@9.9.0"))))
                 .status,
             404);
}

QTEST_GUILESS_MAIN(SandboxProvenanceNpmTest)
#include "tst_sandbox_provenance_npm.moc"
