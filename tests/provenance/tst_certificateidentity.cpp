// SPDX-License-Identifier: GPL-3.0-or-later
// readCertificateIdentity on the real Fulcio leaves of public npm provenance, and on damaged ones.
#include "ProvenanceFixtures.h"

#include "core/provenance/CertificateIdentity.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using td::provenance::PublisherIdentity;
using td::provenance::readCertificateIdentity;
using td::provenance::test::fixtureLeafDer;

Q_DECLARE_METATYPE(PublisherIdentity)

namespace {
constexpr auto kGitHub = "https://token.actions.githubusercontent.com";

// The DER of the fixture with the first occurrence of `from` replaced by `to` (same length).
QByteArray patched(const QByteArray &der, const QByteArray &from, const QByteArray &to)
{
    QByteArray copy = der;
    const qsizetype at = copy.indexOf(from);
    if (at >= 0)
        copy.replace(at, from.size(), to);
    return copy;
}
} // namespace

class TestCertificateIdentity : public QObject
{
    Q_OBJECT
private slots:
    void readsRealLeaves_data();
    void readsRealLeaves();
    void derivedFields();
    void refusesMalformed_data();
    void refusesMalformed();
};

void TestCertificateIdentity::readsRealLeaves_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<PublisherIdentity>("expected");

    PublisherIdentity gundam;
    gundam.issuer = QLatin1String(kGitHub);
    gundam.buildSignerUri = u"https://github.com/ramonpetgrave64/gundam-visor/.github/workflows/"
                            "npm-publish.yml@refs/tags/v1.0.1"_s;
    gundam.runnerEnvironment = u"github-hosted"_s;
    gundam.sourceRepositoryUri = u"https://github.com/ramonpetgrave64/gundam-visor"_s;
    gundam.sourceRepositoryDigest = u"599500821344b070902a7a5666064bfdaba715df"_s;
    gundam.sourceRepositoryRef = u"refs/tags/v1.0.1"_s;
    gundam.sourceRepositoryId = u"810002373"_s;
    gundam.sourceRepositoryOwnerId = u"32398091"_s;
    gundam.buildConfigUri = gundam.buildSignerUri;
    gundam.buildTrigger = u"release"_s;
    gundam.runInvocationUri
        = u"https://github.com/ramonpetgrave64/gundam-visor/actions/runs/9358004112/attempts/1"_s;
    gundam.subjectAlternativeName = gundam.buildSignerUri;
    QTest::newRow("gundam-visor 1.0.1 (v0.2, all extensions)") << u"gundam-visor-1.0.1"_s << gundam;

    PublisherIdentity playwright;
    playwright.issuer = QLatin1String(kGitHub);
    playwright.buildSignerUri
        = u"https://github.com/microsoft/playwright-cli/.github/workflows/publish.yml@refs/tags/v0.1.1"_s;
    playwright.runnerEnvironment = u"github-hosted"_s;
    playwright.sourceRepositoryUri = u"https://github.com/microsoft/playwright-cli"_s;
    playwright.sourceRepositoryDigest = u"d1c6d1113932ddcee243e8b111b6d4aea553df20"_s;
    playwright.sourceRepositoryRef = u"refs/tags/v0.1.1"_s;
    playwright.sourceRepositoryId = u"273562379"_s;
    playwright.sourceRepositoryOwnerId = u"6154722"_s;
    playwright.buildConfigUri = playwright.buildSignerUri;
    playwright.buildTrigger = u"release"_s;
    playwright.runInvocationUri
        = u"https://github.com/microsoft/playwright-cli/actions/runs/22026075834/attempts/1"_s;
    playwright.subjectAlternativeName = playwright.buildSignerUri;
    QTest::newRow("@playwright/cli 0.1.1 (v0.3)") << u"playwright-cli-0.1.1"_s << playwright;

    // 2023 certificates: only the deprecated raw .1–.6, no ids, no runner.
    PublisherIdentity sigstore;
    sigstore.issuer = QLatin1String(kGitHub);
    sigstore.subjectAlternativeName
        = u"https://github.com/sigstore/sigstore-js/.github/workflows/publish.yml@refs/tags/v0.4.0"_s;
    sigstore.buildSignerUri = sigstore.subjectAlternativeName;
    sigstore.buildConfigUri = sigstore.subjectAlternativeName;
    sigstore.sourceRepositoryUri = u"https://github.com/sigstore/sigstore-js"_s;
    sigstore.sourceRepositoryDigest = u"8a2ee2fd20dda58ffa4a8d808a65cb1e04711c03"_s;
    sigstore.sourceRepositoryRef = u"refs/tags/v0.4.0"_s;
    sigstore.buildTrigger = u"release"_s;
    QTest::newRow("sigstore 0.4.0 (v0.1, legacy extensions)") << u"sigstore-0.4.0"_s << sigstore;

    PublisherIdentity tuf;
    tuf.issuer = QLatin1String(kGitHub);
    tuf.subjectAlternativeName = u"https://github.com/theupdateframework/tuf-js/.github/workflows/"
                                 "publish.yml@refs/tags/v1.0.0"_s;
    tuf.buildSignerUri = tuf.subjectAlternativeName;
    tuf.buildConfigUri = tuf.subjectAlternativeName;
    tuf.sourceRepositoryUri = u"https://github.com/theupdateframework/tuf-js"_s;
    tuf.sourceRepositoryDigest = u"99624cc7ce39872e6bd08a0df59229a48562dbca"_s;
    tuf.sourceRepositoryRef = u"refs/tags/v1.0.0"_s;
    tuf.buildTrigger = u"release"_s;
    QTest::newRow("tuf-js 1.0.0 (v0.1, legacy extensions)") << u"tuf-js-1.0.0"_s << tuf;
}

void TestCertificateIdentity::readsRealLeaves()
{
    QFETCH(QString, fixture);
    QFETCH(PublisherIdentity, expected);
    const QByteArray der = fixtureLeafDer(fixture);
    QVERIFY(!der.isEmpty());
    QString error;
    const auto identity = readCertificateIdentity(der, &error);
    QVERIFY2(identity, qPrintable(error));
    QCOMPARE(identity->issuer, expected.issuer);
    QCOMPARE(identity->buildSignerUri, expected.buildSignerUri);
    QCOMPARE(identity->runnerEnvironment, expected.runnerEnvironment);
    QCOMPARE(identity->sourceRepositoryUri, expected.sourceRepositoryUri);
    QCOMPARE(identity->sourceRepositoryDigest, expected.sourceRepositoryDigest);
    QCOMPARE(identity->sourceRepositoryRef, expected.sourceRepositoryRef);
    QCOMPARE(identity->sourceRepositoryId, expected.sourceRepositoryId);
    QCOMPARE(identity->sourceRepositoryOwnerId, expected.sourceRepositoryOwnerId);
    QCOMPARE(identity->buildConfigUri, expected.buildConfigUri);
    QCOMPARE(identity->buildTrigger, expected.buildTrigger);
    QCOMPARE(identity->runInvocationUri, expected.runInvocationUri);
    QCOMPARE(identity->deploymentEnvironment, expected.deploymentEnvironment);
    QCOMPARE(identity->subjectAlternativeName, expected.subjectAlternativeName);
    QVERIFY(*identity == expected); // and nothing else differs
}

void TestCertificateIdentity::derivedFields()
{
    const auto gundam = readCertificateIdentity(fixtureLeafDer(u"gundam-visor-1.0.1"_s), nullptr);
    QVERIFY(gundam);
    QCOMPARE(gundam->repository(), QStringLiteral("ramonpetgrave64/gundam-visor"));
    QCOMPARE(gundam->workflowFile(), QStringLiteral(".github/workflows/npm-publish.yml"));
    QVERIFY(gundam->isGitHubActions());

    const auto tuf = readCertificateIdentity(fixtureLeafDer(u"tuf-js-1.0.0"_s), nullptr);
    QVERIFY(tuf);
    QCOMPARE(tuf->repository(), QStringLiteral("theupdateframework/tuf-js"));
    QCOMPARE(tuf->workflowFile(), QStringLiteral(".github/workflows/publish.yml"));

    PublisherIdentity gitlab;
    gitlab.buildConfigUri
        = u"https://gitlab.com/group/sub/project//.gitlab-ci.yml@refs/heads/main"_s;
    gitlab.sourceRepositoryUri = u"https://gitlab.com/group/sub/project"_s;
    QCOMPARE(gitlab.workflowFile(), QStringLiteral(".gitlab-ci.yml"));
    QCOMPARE(gitlab.repository(), QStringLiteral("group/sub/project"));
}

void TestCertificateIdentity::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("der");
    const QByteArray real = fixtureLeafDer(u"gundam-visor-1.0.1"_s);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not DER") << QByteArray("-----BEGIN CERTIFICATE-----\nMII");
    QTest::newRow("truncated") << real.left(real.size() / 2);
    QTest::newRow("trailing bytes") << real + QByteArray(1, '\0');
    QTest::newRow("over the size bound") << QByteArray(64 * 1024 + 1, '\x30');
    // .12's UTF8String (tag 0x0c, length 0x2f) retagged as an OCTET STRING (0x04): the
    // certificate still parses, the extension does not.
    const QByteArray repositoryUri = "https://github.com/ramonpetgrave64/gundam-visor";
    QTest::newRow(".12 not a UTF8String") << patched(real, QByteArray("\x0c\x2f") + repositoryUri,
                                                     QByteArray("\x04\x2f") + repositoryUri);
    // The same string claiming one byte more than its extension holds.
    QTest::newRow(".12 length past its extension") << patched(
        real, QByteArray("\x0c\x2f") + repositoryUri, QByteArray("\x0c\x30") + repositoryUri);
    // A NUL inside the repository URI ("…/gundam-visor" → "…/gundam\0visor").
    QByteArray withNul = repositoryUri;
    withNul[withNul.indexOf('-')] = '\0';
    QTest::newRow("NUL inside a value")
        << patched(real, QByteArray("\x0c\x2f") + repositoryUri, QByteArray("\x0c\x2f") + withNul);
}

void TestCertificateIdentity::refusesMalformed()
{
    QFETCH(QByteArray, der);
    QVERIFY(der != fixtureLeafDer(u"gundam-visor-1.0.1"_s)); // the patch applied
    QString error;
    const auto identity = readCertificateIdentity(der, &error);
    QVERIFY(!identity);
    QVERIFY2(error.startsWith(u"Could not verify:"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCertificateIdentity)
#include "tst_certificateidentity.moc"
