// SPDX-License-Identifier: GPL-3.0-or-later
// verifyRegistrySignature on npm's real dist.signatures (registry-signatures.json) with the
// shipped keys, and the ways a signature must not count: replayed from another package, a
// manifest that is not the one asked for, an expired or unknown key, changed contents.
#include "ProvenanceFixtures.h"

#include "core/provenance/PackumentReleases.h"
#include "core/provenance/RegistrySignature.h"
#include "core/provenance/TrustRoot.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace td::provenance;
using namespace td::provenance::testing;
using nlohmann::json;

Q_DECLARE_METATYPE(td::provenance::Level)

namespace {

json realCase(const char *name)
{
    const QByteArray text = readData(QStringLiteral("registry-signatures.json"));
    const json all = json::parse(text.constBegin(), text.constEnd());
    for (const json &each : all.at("cases"))
        if (each.at("name").get<std::string>() == name)
            return each;
    qFatal("no case %s", name);
}

// The version document the registry serves for a case of registry-signatures.json.
json manifestOf(const char *name)
{
    const json c = realCase(name);
    const std::string id
        = c.at("name").get<std::string>() + "@" + c.at("version").get<std::string>();
    return json{{"name", c.at("name")},
                {"version", c.at("version")},
                {"_id", id},
                {"dist", {{"integrity", c.at("integrity")}, {"signatures", c.at("signatures")}}}};
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

class TestRegistrySignature : public QObject
{
    Q_OBJECT

private slots:
    void verify_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QDateTime>("published");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("code");

        const auto row
            = [](const char *what, const json &manifest, const char *name, const char *version,
                 const QDateTime &published, Level level, const char *code) {
                  QTest::newRow(what) << QByteArray::fromStdString(manifest.dump())
                                      << QString::fromUtf8(name) << QString::fromUtf8(version)
                                      << published << level << QString::fromLatin1(code);
              };
        const auto V = Level::Verified;
        const auto F = Level::Failed;
        const auto U = Level::Unverified;
        const char *sig = "registry-signature";
        const char *identity = "manifest-identity";

        // Real signatures; publish times from the fixture README. @isaacs/namespace-test has none
        // recorded: any time before the old key's expiry (2025-01-29) stands for it.
        row("tuf-js@1.0.0 (old key, before its expiry)", manifestOf("tuf-js"), "tuf-js", "1.0.0",
            at("2023-02-09T17:38:25Z"), V, sig);
        row("@isaacs/namespace-test@1.0.0 (scoped)", manifestOf("@isaacs/namespace-test"),
            "@isaacs/namespace-test", "1.0.0", at("2022-12-01T00:00:00Z"), V, sig);
        row("work@0.11.1 (current key)", manifestOf("work"), "work", "0.11.1",
            at("2025-10-31T19:56:18Z"), V, sig);
        row("three@0.185.1", manifestOf("three"), "three", "0.185.1", at("2026-01-01T00:00:00Z"), V,
            sig);

        json replayed = manifestOf("three");
        replayed["dist"]["signatures"] = manifestOf("work")["dist"]["signatures"];
        row("signature from another package replayed", replayed, "three", "0.185.1",
            at("2026-01-01T00:00:00Z"), F, sig);
        row("whole manifest of another package", manifestOf("work"), "three", "0.185.1",
            at("2026-01-01T00:00:00Z"), F, identity);
        json otherName = manifestOf("work");
        otherName["name"] = "three";
        row("name of another package", otherName, "work", "0.11.1", at("2025-10-31T19:56:18Z"), F,
            identity);
        json otherId = manifestOf("work");
        otherId["_id"] = "work@0.11.0";
        row("_id names another version", otherId, "work", "0.11.1", at("2025-10-31T19:56:18Z"), F,
            identity);
        json otherVersion = manifestOf("work");
        otherVersion["version"] = "0.11.0";
        row("listed under another version", otherVersion, "work", "0.11.1",
            at("2025-10-31T19:56:18Z"), F, identity);
        row("not an object", json::array(), "work", "0.11.1", at("2025-10-31T19:56:18Z"), F,
            identity);

        row("key expired before the publish time", manifestOf("tuf-js"), "tuf-js", "1.0.0",
            at("2025-06-01T00:00:00Z"), F, sig);
        row("published the instant the key expired", manifestOf("tuf-js"), "tuf-js", "1.0.0",
            at("2025-01-29T00:00:00Z"), F, sig);
        row("publish time unknown, key expires", manifestOf("tuf-js"), "tuf-js", "1.0.0",
            QDateTime(), U, sig);

        json unknownKey = manifestOf("work");
        unknownKey["dist"]["signatures"][0]["keyid"] = "SHA256:notAKeyThisTokenDeskKnows";
        row("key not in the trust data", unknownKey, "work", "0.11.1", at("2025-10-31T19:56:18Z"),
            U, sig);
        json unsigned_ = manifestOf("work");
        unsigned_["dist"].erase("signatures");
        row("no signature", unsigned_, "work", "0.11.1", at("2025-10-31T19:56:18Z"), U, sig);
        json otherIntegrity = manifestOf("work");
        otherIntegrity["dist"]["integrity"] = manifestOf("three")["dist"]["integrity"];
        row("integrity changed", otherIntegrity, "work", "0.11.1", at("2025-10-31T19:56:18Z"), F,
            sig);
        json badBase64 = manifestOf("work");
        badBase64["dist"]["signatures"][0]["sig"] = "%%%";
        row("signature not base64", badBase64, "work", "0.11.1", at("2025-10-31T19:56:18Z"), F,
            sig);
    }

    void verify()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QDateTime, published);
        QFETCH(Level, level);
        QFETCH(QString, code);

        const Finding finding
            = verifyRegistrySignature(json::parse(manifest.constBegin(), manifest.constEnd()), name,
                                      version, published, TrustRoot::shipped());
        qInfo("%s", qPrintable(finding.text));
        QCOMPARE(finding.code, code);
        QCOMPARE(int(finding.level), int(level));
        QVERIFY(!finding.text.isEmpty());
    }

    // The packument reader gives what the signature check needs, from a whole packument.
    void fromPackument_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QDateTime>("published");
        QTest::addColumn<int>("versions");
        QTest::newRow("tuf-js") << QStringLiteral("tuf-js") << QStringLiteral("1.0.0")
                                << at("2023-02-09T17:38:25Z") << 1;
        QTest::newRow("work (a version that is not an object is skipped)")
            << QStringLiteral("work") << QStringLiteral("0.11.1")
            << QDateTime::fromString(QStringLiteral("2025-10-31T19:56:18.799Z"), Qt::ISODateWithMs)
            << 1;
    }

    void fromPackument()
    {
        QFETCH(QString, file);
        QFETCH(QString, version);
        QFETCH(QDateTime, published);
        QFETCH(int, versions);
        QString error;
        const auto packument = readPackumentReleases(
            readData(QStringLiteral("packuments/%1.json").arg(file)), &error);
        QVERIFY2(packument, qPrintable(error));
        QCOMPARE(packument->releases.size(), versions);
        const PackumentRelease *v = packument->find(version);
        QVERIFY(v);
        QCOMPARE(v->evidence.published, published);
        QVERIFY(v->integrity.startsWith(QLatin1String("sha512-")));
        const Finding finding
            = verifyRegistrySignature(json::parse(v->manifestJson.cbegin(), v->manifestJson.cend()),
                                      packument->name, version, published, TrustRoot::shipped());
        QCOMPARE(int(finding.level), int(Level::Verified));
    }

    void packumentAttestationLink()
    {
        const auto packument
            = readPackumentReleases(readData(QStringLiteral("packuments/tuf-js.json")), nullptr);
        QVERIFY(packument);
        QVERIFY(packument->releases.first().evidence.hasAttestations);
        QCOMPARE(packument->releases.first().attestationsUrl,
                 QUrl(QStringLiteral("https://registry.npmjs.org/-/npm/v1/attestations/"
                                     "tuf-js@1.0.0")));
    }

    // Deep nesting inside a version document is refused with a reason: the document is written
    // out again per version by a serializer that recurses once per level, so 300000 levels
    // overflowed the stack (tokendesk-cli verify crashed on such a registry answer). A document
    // at the limit is still read.
    void deeplyNestedManifest_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("read");
        QTest::newRow("300000 levels") << 300000 << false;
        QTest::newRow("one level over the limit") << kMaxPackumentDepth - 2 << false;
        QTest::newRow("at the limit") << kMaxPackumentDepth - 3 << true;
    }

    void deeplyNestedManifest()
    {
        QFETCH(int, depth);
        QFETCH(bool, read);
        // The first array is at level 4 (the document is 0, then versions, the version, dist), so
        // depth arrays reach level 3 + depth.
        const QByteArray body
            = QByteArray("{\"name\":\"work\",\"versions\":{\"0.11.1\":{\"name\":"
                         "\"work\",\"version\":\"0.11.1\",\"_id\":\"work@0.11.1\","
                         "\"dist\":{\"deep\":")
            + QByteArray(depth, '[') + QByteArray(depth, ']') + QByteArray("}}}}");
        QString error;
        const auto packument = readPackumentReleases(body, &error);
        QCOMPARE(bool(packument), read);
        if (!read) {
            QVERIFY(!error.isEmpty());
            return;
        }
        const PackumentRelease &v = packument->releases.first();
        const Finding finding = verifyRegistrySignature(
            json::parse(v.manifestJson.cbegin(), v.manifestJson.cend()), packument->name,
            v.evidence.version, v.evidence.published, TrustRoot::shipped());
        QCOMPARE(int(finding.level), int(Level::Unverified)); // no signature in it
    }

    void packumentRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("{\"name\":");
        QTest::newRow("no name") << QByteArray("{\"versions\":{}}");
        QTest::newRow("no versions") << QByteArray("{\"name\":\"x\"}");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("larger than 64 MiB") << QByteArray("{\"name\":\"x\",\"pad\":\"")
                + QByteArray(kMaxPackumentBytes, 'a') + QByteArray("\"}");
    }

    void packumentRefused()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!readPackumentReleases(body, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistrySignature)
#include "tst_registrysignature.moc"
