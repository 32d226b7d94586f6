// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of the error table in npm-landscape.md §3 (rows 1–22) and of the CI failures table in
// staged-publishing-and-2027.md §4 (rows 23–30) has at least one log excerpt under
// tests/data/diagnose/ and must yield the right FIRST cause.
#include "TestPaths.h"
#include "core/diagnose/CiLogDiagnoser.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace td;

namespace {

QString logFixture(const QString &name)
{
    QFile f(QStringLiteral(TD_TEST_DATA_DIR "/diagnose/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestCiLogDiagnoser : public QObject
{
    Q_OBJECT
private slots:
    void firstCauseForEachTableRow_data();
    void firstCauseForEachTableRow();
    void everyTableRowHasARuleAndAFixture();
    void rootCauseOutranksSymptoms();
    void contextRulesNeedTheirContext_data();
    void contextRulesNeedTheirContext();
    void oldNpmFromErrPrefix();
    void unknownLogHasNoKnownCause();
    void emptyLogHasNoKnownCause();
    void evidenceIsRedactedAndCleaned();
};

void TestCiLogDiagnoser::firstCauseForEachTableRow_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<int>("row");
    QTest::newRow("1 E404 on PUT") << "row01-e404-put.log"
                                   << "e404-put" << 1;
    QTest::newRow("2 access token expired") << "row02-token-expired.log"
                                            << "token-expired-notice" << 2;
    QTest::newRow("3 ENEEDAUTH") << "row03-eneedauth.log"
                                 << "eneedauth" << 3;
    QTest::newRow("4 OIDC exchange 404") << "row04-oidc-exchange-404.log"
                                         << "oidc-exchange-404" << 4;
    QTest::newRow("5 id-token permission") << "row05-missing-id-token.log"
                                           << "missing-id-token-permission" << 5;
    QTest::newRow("6 no id_token") << "row06-no-id-token.log"
                                   << "oidc-no-id-token" << 6;
    QTest::newRow("7 OIDC success") << "row07-oidc-success.log"
                                    << "oidc-succeeded" << 7;
    QTest::newRow("8 EOTP") << "row08-eotp.log"
                            << "eotp" << 8;
    QTest::newRow("9 E401") << "row09-e401.log"
                            << "e401" << 9;
    QTest::newRow("10 2FA required for token") << "row10-tfa-required.log"
                                               << "tfa-required-token" << 10;
    QTest::newRow("11 provenance GitHub") << "row11-provenance-github.log"
                                          << "provenance-needs-id-token" << 11;
    QTest::newRow("11 provenance GitLab") << "row11-provenance-gitlab.log"
                                          << "provenance-needs-sigstore-token" << 11;
    QTest::newRow("12 provenance outside CI") << "row12-provenance-local.log"
                                              << "provenance-outside-ci" << 12;
    QTest::newRow("13 E422 repository mismatch") << "row13-repository-mismatch.log"
                                                 << "provenance-repository-mismatch" << 13;
    QTest::newRow("14 missing SourceRepositoryRef") << "row14-missing-source-ref.log"
                                                    << "provenance-missing-source-ref" << 14;
    QTest::newRow("15 self-hosted runner") << "row15-self-hosted.log"
                                           << "self-hosted-runner" << 15;
    QTest::newRow("16 trust on missing package") << "row16-trust-package-missing.log"
                                                 << "trust-package-missing" << 16;
    QTest::newRow("17 npm trust input") << "row17-trust-input.log"
                                        << "trust-input-error" << 17;
    QTest::newRow("18 EINVALIDCIDR") << "row18-cidr.log"
                                     << "cidr-or-ip" << 18;
    QTest::newRow("18 EAUTHIP") << "row18-eauthip.log"
                                << "cidr-or-ip" << 18;
    QTest::newRow("19 ambiguous token id") << "row19-token-ambiguous.log"
                                           << "token-id-ambiguous" << 19;
    QTest::newRow("20 setup-node placeholder") << "row20-placeholder.log"
                                               << "setup-node-placeholder" << 20;
    QTest::newRow("21 semantic-release") << "row21-semantic-release.log"
                                         << "release-tool-no-oidc" << 21;
    QTest::newRow("21 changesets") << "row21-changesets.log"
                                   << "release-tool-no-oidc" << 21;
    QTest::newRow("21 yarn") << "row21-yarn.log"
                             << "release-tool-no-oidc" << 21;
    QTest::newRow("21 npm 10 identity token") << "row21-npm10-identity.log"
                                              << "npm-too-old" << 21;
    QTest::newRow("22 Verdaccio token API") << "row22-verdaccio.log"
                                            << "registry-token-api" << 22;
    QTest::newRow("23 OIDC permission denied") << "row23-oidc-permission-denied.log"
                                               << "oidc-permission-denied" << 23;
    QTest::newRow("24 E_STAGE_REQUIRED") << "row24-stage-required.log"
                                         << "stage-required" << 24;
    QTest::newRow("25 trust without permissions") << "row25-trust-permissions.log"
                                                  << "trust-permissions-required" << 25;
    QTest::newRow("26 npm 12.0.0 sigstore") << "row26-npm12-sigstore.log"
                                            << "npm12-sigstore" << 26;
    QTest::newRow("27 immutable subject claims") << "row27-immutable-subject.log"
                                                 << "oidc-immutable-subject" << 27;
    QTest::newRow("28 EOTP on the first publish") << "row28-first-publish-eotp.log"
                                                  << "first-publish-eotp" << 28;
    QTest::newRow("29 already staged") << "row29-already-staged.log"
                                       << "already-staged" << 29;
    QTest::newRow("30 malware scan delay") << "row30-scan-delay.log"
                                           << "publish-not-yet-visible" << 30;
}

void TestCiLogDiagnoser::firstCauseForEachTableRow()
{
    QFETCH(QString, fixture);
    QFETCH(QString, cause);
    QFETCH(int, row);
    const Diagnosis d = CiLogDiagnoser::diagnose(logFixture(fixture));
    QVERIFY(!d.causes.isEmpty());
    const DiagnosisCause &first = d.causes.first();
    QCOMPARE(first.id, cause);
    QCOMPARE(first.tableRow, row);
    QVERIFY(!first.title.isEmpty());
    QVERIFY(!first.explanation.isEmpty());
    QVERIFY(!first.fixes.isEmpty() && !first.fixes.first().isEmpty());
    QVERIFY(!first.evidence.isEmpty());
    QVERIFY(first.firstLine > 0);
    QCOMPARE(d.summary(), first.title);
    QCOMPARE(d.hasKnownCause(), row != 7); // row 7 is the success marker
}

void TestCiLogDiagnoser::everyTableRowHasARuleAndAFixture()
{
    QSet<int> rows;
    for (const auto &[id, row] : CiLogDiagnoser::ruleIds())
        rows.insert(row);
    for (int row = 1; row <= 30; ++row) {
        QVERIFY2(rows.contains(row), qPrintable(QStringLiteral("no rule for row %1").arg(row)));
        const QStringList files
            = QDir(QStringLiteral(TD_TEST_DATA_DIR "/diagnose"))
                  .entryList({QStringLiteral("row%1-*.log").arg(row, 2, 10, QLatin1Char('0'))});
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no fixture for row %1").arg(row)));
    }
}

void TestCiLogDiagnoser::rootCauseOutranksSymptoms()
{
    // The placeholder log also shows row 2 (expired notice) and row 1 (E404 on PUT).
    const Diagnosis d
        = CiLogDiagnoser::diagnose(logFixture(QStringLiteral("row20-placeholder.log")));
    QStringList ids;
    for (const DiagnosisCause &c : d.causes)
        ids << c.id;
    QCOMPARE(ids,
             QStringList({QStringLiteral("setup-node-placeholder"),
                          QStringLiteral("token-expired-notice"), QStringLiteral("e404-put")}));
    // npm 10 + "error retrieving identity token": the version line is evidence for the same cause.
    const Diagnosis old
        = CiLogDiagnoser::diagnose(logFixture(QStringLiteral("row21-npm10-identity.log")));
    QCOMPARE(old.causes.first().evidence.size(), 2);
}

// Rows 27, 28 and 30 share their error with a broader cause (or with none): without the line that
// tells them apart, the broader cause stays first and the narrow one is not claimed.
void TestCiLogDiagnoser::contextRulesNeedTheirContext_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("first"); // empty: no cause at all
    QTest::addColumn<QString>("absent");
    QTest::newRow("EOTP, package exists")
        << "npm http fetch GET 200 https://registry.npmjs.org/@acme%2fwidgets 90ms\n"
           "npm error code EOTP\n"
        << "eotp"
        << "first-publish-eotp";
    QTest::newRow("EOTP after another path's 404")
        << "npm http fetch GET 404 https://registry.npmjs.org/-/npm/v1/user 90ms\n"
           "npm error code EOTP\n"
        << "eotp"
        << "first-publish-eotp";
    QTest::newRow("package not found, classic subject")
        << "{\"use_immutable_subject\":false}\n"
           "npm verbose oidc Failed token exchange request with body message: OIDC token "
           "exchange error - package not found\n"
        << "oidc-exchange-404"
        << "oidc-immutable-subject";
    QTest::newRow("immutable subject, exchange worked")
        << "{\"use_immutable_subject\":true}\n"
           "npm verbose oidc Successfully retrieved and set token\n"
        << "oidc-succeeded"
        << "oidc-immutable-subject";
    QTest::newRow("ETARGET without a publish")
        << "npm error code ETARGET\n"
           "npm error notarget No matching version found for left-pad@9.9.9.\n"
        << QString() << "publish-not-yet-visible";
    QTest::newRow("ETARGET after a stage approval")
        << "Staged package 0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d approved and published "
           "successfully.\n"
           "npm error code ETARGET\n"
        << "publish-not-yet-visible"
        << "eotp";
}

void TestCiLogDiagnoser::contextRulesNeedTheirContext()
{
    QFETCH(QString, log);
    QFETCH(QString, first);
    QFETCH(QString, absent);
    const Diagnosis d = CiLogDiagnoser::diagnose(log);
    QCOMPARE(d.causes.isEmpty() ? QString() : d.causes.first().id, first);
    for (const DiagnosisCause &c : d.causes)
        QVERIFY2(c.id != absent, qPrintable(c.id));
}

void TestCiLogDiagnoser::oldNpmFromErrPrefix()
{
    const Diagnosis d
        = CiLogDiagnoser::diagnose(logFixture(QStringLiteral("old-npm-err-prefix.log")));
    QCOMPARE(d.causes.size(), 2);
    QCOMPARE(d.causes.at(0).id, QStringLiteral("npm-too-old"));
    QCOMPARE(d.causes.at(1).id, QStringLiteral("eneedauth"));
}

void TestCiLogDiagnoser::unknownLogHasNoKnownCause()
{
    const Diagnosis d = CiLogDiagnoser::diagnose(logFixture(QStringLiteral("no-known-cause.log")));
    QVERIFY(d.causes.isEmpty());
    QVERIFY(!d.hasKnownCause());
    QVERIFY(d.summary().contains(QStringLiteral("No known cause")));
    QVERIFY(d.summary().contains(QStringLiteral("--loglevel verbose")));
}

void TestCiLogDiagnoser::emptyLogHasNoKnownCause()
{
    QVERIFY(!CiLogDiagnoser::diagnose(QString()).hasKnownCause());
}

void TestCiLogDiagnoser::evidenceIsRedactedAndCleaned()
{
    const QString log
        = QStringLiteral("2026-10-02T09:14:08.2210000Z \x1b[31mnpm error code E401\x1b[0m\r\n"
                         "npm error Unable to authenticate, need: Bearer "
                         "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\n");
    const Diagnosis d = CiLogDiagnoser::diagnose(log);
    QCOMPARE(d.causes.first().id, QStringLiteral("e401"));
    QCOMPARE(d.causes.first().evidence.first(), QStringLiteral("npm error code E401"));
    for (const QString &e : d.causes.first().evidence)
        QVERIFY2(!e.contains(QStringLiteral("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")),
                 qPrintable(e));
}

QTEST_GUILESS_MAIN(TestCiLogDiagnoser)
#include "tst_cilogdiagnoser.moc"
