// SPDX-License-Identifier: GPL-3.0-or-later
// The trust data: the shipped resources read completely, the sandbox's combined file, npm's
// keyid rule, and trust files that must be refused.
#include "ProvenanceFixtures.h"

#include "core/provenance/ProvenanceCrypto.h"
#include "core/provenance/RegistryKeys.h"
#include "core/provenance/TrustRoot.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace td::provenance;
using namespace td::provenance::testing;
using nlohmann::json;

namespace {

const QString oldKey = QStringLiteral("SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA");
const QString newKey = QStringLiteral("SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U");

json load(const char *relative)
{
    const QByteArray text = readData(QString::fromLatin1(relative));
    return json::parse(text.constBegin(), text.constEnd());
}

QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}

} // namespace

class TestTrustRoot : public QObject
{
    Q_OBJECT

private slots:
    void shippedDataIsComplete()
    {
        const TrustRoot &root = TrustRoot::shipped();
        QCOMPARE(root.tlogs().size(), 2); // Rekor v1 (P-256) and Rekor v2 (Ed25519)
        QCOMPARE(root.tlogs().at(0).baseUrl, QStringLiteral("https://rekor.sigstore.dev"));
        QCOMPARE(root.tlogs().at(1).keyDetails, QStringLiteral("PKIX_ED25519"));
        QCOMPARE(root.certificateAuthorities().size(), 2);
        QCOMPARE(root.certificateAuthorities().at(0).chain.size(), 1);
        QCOMPARE(root.certificateAuthorities().at(1).chain.size(), 2);
        QCOMPARE(
            root.certificateAuthorities().at(0).validFor.end,
            QDateTime::fromString(QStringLiteral("2022-12-31T23:59:59.999Z"), Qt::ISODateWithMs));
        QVERIFY(!root.certificateAuthorities().at(1).validFor.end.isValid());
        QCOMPARE(root.ctlogs().size(), 2);
        QCOMPARE(root.npmKeys().keys().size(), 2);
        QVERIFY(root.npmKeys().rejected().isEmpty());
        QCOMPARE(
            root.npmKeys().find(oldKey)->expires,
            QDateTime::fromString(QStringLiteral("2025-01-29T00:00:00.000Z"), Qt::ISODateWithMs));
        QVERIFY(!root.npmKeys().find(newKey)->expires.isValid());
        const QByteArray rekorId
            = QByteArray::fromBase64("wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=");
        QVERIFY(root.tlog(rekorId));
        QCOMPARE(root.tlog(rekorId)->keyDetails, QStringLiteral("PKIX_ECDSA_P256_SHA_256"));
        QVERIFY(!root.tlog(QByteArray(32, 'x')));
    }

    // npm's keyids are SHA-256 over the OpenSSH blob, not over the SPKI.
    void keyIdIsNpms()
    {
        for (const RegistryKey &key : TrustRoot::shipped().npmKeys().keys())
            QCOMPARE(RegistryKeys::keyIdFor(key.spkiDer), key.keyid);
        QVERIFY(RegistryKeys::keyIdFor(QByteArray("not a key")).isEmpty());
        // A P-384 key (the Fulcio root's) is not an npm registry key.
        const auto &fulcio = TrustRoot::shipped().certificateAuthorities().at(0);
        QVERIFY(RegistryKeys::keyIdFor(
                    td::provenance::crypto::certificatePublicKey(fulcio.chain.first()))
                    .isEmpty());
    }

    void combinedFileCarriesItsKeys()
    {
        json combined = load("sigstore/trusted_root.json");
        json keys = load("npm-keys/v1-keys.json");
        keys["keys"].erase(0); // only the current key
        combined["npmKeys"] = keys;
        QString error;
        const auto root = TrustRoot::fromJson(
            dump(combined), readData(QStringLiteral("npm-keys/v1-keys.json")), &error);
        QVERIFY2(root, qPrintable(error));
        QCOMPARE(root->npmKeys().keys().size(), 1);
        QCOMPARE(root->npmKeys().keys().first().keyid, newKey);
    }

    void withoutEmbeddedKeysUsesTheGivenOnes()
    {
        json combined = load("sigstore/trusted_root.json");
        combined["npmKeys"] = json{{"keys", json::array()}};
        const auto root = TrustRoot::fromJson(
            dump(combined), readData(QStringLiteral("npm-keys/v1-keys.json")), nullptr);
        QVERIFY(root);
        QCOMPARE(root->npmKeys().keys().size(), 2);
    }

    void fromFileFallsBackToShippedKeys()
    {
        QString error;
        const auto root = TrustRoot::fromFile(
            QStringLiteral(TD_TEST_DATA_DIR "/provenance/sigstore/trusted_root.json"), &error);
        QVERIFY2(root, qPrintable(error));
        QCOMPARE(root->npmKeys().keys().size(), 2);
        QVERIFY(!TrustRoot::fromFile(QStringLiteral("/nonexistent/trusted_root.json"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/trusted_root.json")));
    }

    void keyWithAnotherKeyidIsDropped_data()
    {
        QTest::addColumn<QByteArray>("keysJson");
        json swapped = load("npm-keys/v1-keys.json");
        swapped["keys"][0]["keyid"] = newKey.toStdString(); // the old key posing as the new one
        QTest::newRow("keyid of another key") << dump(swapped);
        json otherType = load("npm-keys/v1-keys.json");
        otherType["keys"][0]["keytype"] = "ssh-ed25519";
        QTest::newRow("unknown key type") << dump(otherType);
        json badExpiry = load("npm-keys/v1-keys.json");
        badExpiry["keys"][0]["expires"] = "next tuesday";
        QTest::newRow("unreadable expiry") << dump(badExpiry);
        json notBase64 = load("npm-keys/v1-keys.json");
        notBase64["keys"][0]["key"] = "***";
        QTest::newRow("key not base64") << dump(notBase64);
    }

    void keyWithAnotherKeyidIsDropped()
    {
        QFETCH(QByteArray, keysJson);
        QString error;
        const auto keys = RegistryKeys::fromJson(keysJson, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->keys().size(), 1);
        QCOMPARE(keys->keys().first().keyid, newKey);
        QCOMPARE(keys->rejected().size(), 1);
        QVERIFY(!keys->rejected().first().isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("rootJson");
        QTest::addColumn<QByteArray>("keysJson");
        const QByteArray keys = readData(QStringLiteral("npm-keys/v1-keys.json"));
        const QByteArray root = readData(QStringLiteral("sigstore/trusted_root.json"));
        QTest::newRow("root not JSON") << QByteArray("{\"tlogs\":") << keys;
        QTest::newRow("root not a trusted root") << QByteArray("{\"mediaType\":\"x\"}") << keys;
        QTest::newRow("root an array") << QByteArray("[]") << keys;
        QTest::newRow("keys not JSON") << root << QByteArray("{");
        QTest::newRow("keys without a list") << root << QByteArray("{\"keys\":{}}");
        QTest::newRow("root larger than 4 MiB") << root + QByteArray(4 * 1024 * 1024, ' ') << keys;
    }

    void refused()
    {
        QFETCH(QByteArray, rootJson);
        QFETCH(QByteArray, keysJson);
        QString error;
        QVERIFY(!TrustRoot::fromJson(rootJson, keysJson, &error));
        QVERIFY(!error.isEmpty());
    }

    // A newer trust root may carry entries this version does not read; the rest still counts.
    void unreadableEntriesAreSkipped()
    {
        json root = load("sigstore/trusted_root.json");
        root["tlogs"][1]["publicKey"]["rawBytes"] = "***";
        root["certificateAuthorities"][0]["certChain"]["certificates"][0]["rawBytes"] = "AAAA";
        const auto parsed = TrustRoot::fromJson(dump(root), QByteArray(), nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->tlogs().size(), 1);
        QCOMPARE(parsed->certificateAuthorities().size(), 1);
        QVERIFY(parsed->npmKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrustRoot)
#include "tst_trustroot.moc"
