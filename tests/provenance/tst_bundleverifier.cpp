// SPDX-License-Identifier: GPL-3.0-or-later
// verifyAttestations on the four real npm attestation documents with the shipped trust data, and
// one row per tampering: each row names the verdict level and exactly which checks fail (or,
// for trust data that lacks a log, CA or key, which checks cannot be verified).
#include "ProvenanceFixtures.h"

#include "core/provenance/Bundle.h"
#include "core/provenance/BundleVerifier.h"
#include "core/provenance/LeafChecks.h"
#include "core/provenance/TrustRoot.h"

#include <QTest>

#include <nlohmann/json.hpp>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

using namespace td::provenance;
using namespace td::provenance::testing;
using nlohmann::json;

Q_DECLARE_METATYPE(td::provenance::Level)

namespace {

enum class Tamper {
    None,
    SubjectDigest,
    Integrity,
    PublishOfAnotherPackage,
    LeafResigned,
    KeyExpired,
    SetBroken,
    DssePayload,
    EntryOfAnotherEnvelope,
    MerklePath,
    CheckpointBroken,
    UnknownLog,
    UnknownCa,
    UnknownKey,
    CtLogKeySwapped,
    NoCtLogs,
    Malformed,
    Oversize,
    BadBase64,
    BadCertificate,
};

json parse(const QByteArray &bytes)
{
    return json::parse(bytes.constBegin(), bytes.constEnd());
}

QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}

json &attestation(json &document, bool provenance)
{
    for (json &each : document.at("attestations"))
        if ((each.at("predicateType").get<std::string>().find("slsa.dev") != std::string::npos)
            == provenance)
            return each;
    throw std::runtime_error("no such attestation");
}

json &bundleOf(json &document, bool provenance)
{
    return attestation(document, provenance).at("bundle");
}

QByteArray fromB64(const json &value)
{
    return QByteArray::fromBase64(QByteArray::fromStdString(value.get<std::string>()));
}

json toB64(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

void editPayload(json &bundle, const QByteArray &from, const QByteArray &to)
{
    json &payload = bundle.at("dsseEnvelope").at("payload");
    QByteArray text = fromB64(payload);
    QVERIFY2(text.contains(from), from.constData());
    text.replace(from, to);
    payload = toB64(text);
}

json &leafRawBytes(json &bundle)
{
    json &material = bundle.at("verificationMaterial");
    if (material.contains("certificate"))
        return material.at("certificate").at("rawBytes");
    return material.at("x509CertificateChain").at("certificates").at(0).at("rawBytes");
}

// The same leaf (same key, names and extensions) signed by a throwaway P-384 CA made here, under
// the Fulcio intermediate's name: what a forger without Fulcio's key can make.
QByteArray resignWithThrowawayCa(const QByteArray &leafDer)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> caKey(EVP_EC_gen("secp384r1"),
                                                              &EVP_PKEY_free);
    const auto *p = reinterpret_cast<const unsigned char *>(leafDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> leaf(d2i_X509(nullptr, &p, long(leafDer.size())),
                                                     &X509_free);
    if (!caKey || !leaf || X509_sign(leaf.get(), caKey.get(), EVP_sha384()) <= 0)
        return {};
    unsigned char *out = nullptr;
    const int length = i2d_X509(leaf.get(), &out);
    QByteArray der(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

QByteArray flipLastByte(QByteArray bytes)
{
    bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 0x01);
    return bytes;
}

TrustRoot rootFrom(const std::function<void(json &root, json &keys)> &edit)
{
    json root = parse(readData(QStringLiteral("sigstore/trusted_root.json")));
    json keys = parse(readData(QStringLiteral("npm-keys/v1-keys.json")));
    edit(root, keys);
    QString error;
    const auto out = TrustRoot::fromJson(dump(root), dump(keys), &error);
    if (!out)
        qFatal("test trust root: %s", qPrintable(error));
    return *out;
}

TrustRoot rootFor(Tamper tamper)
{
    switch (tamper) {
    case Tamper::KeyExpired: // both npm keys end before any of these versions was published
        return rootFrom([](json &, json &keys) {
            for (json &key : keys.at("keys"))
                key["expires"] = "2022-06-01T00:00:00.000Z";
        });
    case Tamper::UnknownLog:
        return rootFrom([](json &root, json &) { root["tlogs"] = json::array(); });
    case Tamper::UnknownCa:
        return rootFrom([](json &root, json &) { root["certificateAuthorities"] = json::array(); });
    case Tamper::CtLogKeySwapped: // each CT log carries the other's key
        return rootFrom([](json &root, json &) {
            json &logs = root.at("ctlogs");
            std::swap(logs.at(0).at("publicKey").at("rawBytes"),
                      logs.at(1).at("publicKey").at("rawBytes"));
        });
    case Tamper::NoCtLogs: // the sandbox's trust data: no CT log, the SCT is not checked
        return rootFrom([](json &root, json &) { root["ctlogs"] = json::array(); });
    case Tamper::UnknownKey:
        return rootFrom([](json &, json &keys) { keys["keys"] = json::array(); });
    default:
        return TrustRoot::shipped();
    }
}

QByteArray tampered(const Fixture &fixture, Tamper tamper)
{
    const QByteArray original = attestationsOf(fixture);
    json document = parse(original);
    json &provenance = bundleOf(document, true);
    json &provenanceEntry = provenance.at("verificationMaterial").at("tlogEntries").at(0);
    switch (tamper) {
    case Tamper::SubjectDigest: {
        const QByteArray hex = QByteArray::fromBase64(QByteArray(fixture.integrity).mid(7)).toHex();
        editPayload(provenance, hex, QByteArray(hex).replace(0, 4, "0000"));
        break;
    }
    case Tamper::PublishOfAnotherPackage: {
        const Fixture &other = fixture.file == fixtures[0].file ? fixtures[1] : fixtures[0];
        json otherDocument = parse(attestationsOf(other));
        attestation(document, false) = attestation(otherDocument, false);
        break;
    }
    case Tamper::LeafResigned: {
        json &raw = leafRawBytes(provenance);
        raw = toB64(resignWithThrowawayCa(fromB64(raw)));
        break;
    }
    case Tamper::SetBroken: {
        json &set = provenanceEntry.at("inclusionPromise").at("signedEntryTimestamp");
        set = toB64(flipLastByte(fromB64(set)));
        break;
    }
    case Tamper::DssePayload:
        editPayload(provenance, "\"predicate\":{", "\"predicate\":{\"x\":1,");
        break;
    case Tamper::EntryOfAnotherEnvelope:
        provenanceEntry
            = bundleOf(document, false).at("verificationMaterial").at("tlogEntries").at(0);
        break;
    case Tamper::MerklePath: {
        json &hash = provenanceEntry.at("inclusionProof").at("hashes").at(1);
        hash = toB64(flipLastByte(fromB64(hash)));
        break;
    }
    case Tamper::CheckpointBroken: {
        json &note = provenanceEntry.at("inclusionProof").at("checkpoint").at("envelope");
        QByteArray text = QByteArray::fromStdString(note.get<std::string>());
        const qsizetype sigStart = text.lastIndexOf(' ') + 1;
        const QByteArray blob = QByteArray::fromBase64(text.mid(sigStart).trimmed());
        text = text.left(sigStart) + flipLastByte(blob).toBase64() + "\n";
        note = text.toStdString();
        break;
    }
    case Tamper::Malformed:
        return original.left(original.size() / 2);
    case Tamper::Oversize:
        return original + QByteArray(maxAttestationsSize, ' ');
    case Tamper::BadBase64:
        provenance.at("dsseEnvelope").at("payload") = "not base64!";
        break;
    case Tamper::BadCertificate: {
        json &raw = leafRawBytes(provenance);
        raw = toB64(fromB64(raw).left(300));
        break;
    }
    default:
        return original;
    }
    return dump(document);
}

QStringList codesAt(const Verdict &verdict, Level level)
{
    QStringList codes;
    for (const Finding &finding : verdict.findings)
        if (finding.level == level && !codes.contains(finding.code))
            codes.append(finding.code);
    codes.sort();
    return codes;
}

// "a,b,c" sorted, as codesAt gives them.
QStringList codeList(const char *codes)
{
    QStringList list = QString::fromLatin1(codes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    list.sort();
    return list;
}

} // namespace

class TestBundleVerifier : public QObject
{
    Q_OBJECT

private slots:
    void verifiesAndRejects_data()
    {
        QTest::addColumn<int>("fixture");
        QTest::addColumn<int>("tamper");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QStringList>("codes"); // the codes at `level` (none for Verified)

        const auto F = Level::Failed;
        const auto U = Level::Unverified;
        for (int i = 0; i < 4; ++i) {
            const Fixture &f = fixtures[i];
            const bool hasProof = i >= 2;
            const auto row = [&](const char *what, Tamper tamper, Level level, const char *codes) {
                QTest::addRow("%s: %s", f.file, what)
                    << i << int(tamper) << level << codeList(codes);
            };
            row("real", Tamper::None, Level::Verified, "");
            row("subject digest changed", Tamper::SubjectDigest, F,
                "subject-digest,dsse,tlog-body");
            row("integrity changed", Tamper::Integrity, F, "subject-digest,publish-subject-digest");
            row("publish attestation of another package", Tamper::PublishOfAnotherPackage, F,
                "publish-subject,publish-subject-digest");
            row("leaf not issued by the Fulcio CA", Tamper::LeafResigned, F,
                "leaf-chain,tlog-body");
            row("registry key expired at publish time", Tamper::KeyExpired, F, "publish-key");
            row("entry timestamp signature broken", Tamper::SetBroken, F, "set");
            row("DSSE payload changed", Tamper::DssePayload, F, "dsse,tlog-body");
            row("log entry of another envelope", Tamper::EntryOfAnotherEnvelope, F, "tlog-body");
            if (hasProof) {
                row("Merkle path wrong", Tamper::MerklePath, F, "inclusion-proof");
                row("checkpoint signature broken", Tamper::CheckpointBroken, F, "checkpoint");
            }
            row("SCT signed by another key than its log's", Tamper::CtLogKeySwapped, F, "sct");
            row("trust data without CT logs", Tamper::NoCtLogs, Level::Verified, "");
            row("log not in the trust data", Tamper::UnknownLog, U, "set,publish-set");
            row("CA not in the trust data", Tamper::UnknownCa, U, "leaf-chain");
            row("registry key not in the trust data", Tamper::UnknownKey, U, "publish-key");
        }
        const auto bad = [](const char *what, Tamper tamper) {
            QTest::addRow("%s", what)
                << 3 << int(tamper) << Level::Failed << codeList("bundle-format");
        };
        bad("truncated JSON", Tamper::Malformed);
        bad("larger than 4 MiB", Tamper::Oversize);
        bad("payload not base64", Tamper::BadBase64);
        bad("certificate DER cut short", Tamper::BadCertificate);
    }

    void verifiesAndRejects()
    {
        QFETCH(int, fixture);
        QFETCH(int, tamper);
        QFETCH(Level, level);
        QFETCH(QStringList, codes);
        const Fixture &f = fixtures[fixture];
        const QString integrity = Tamper(tamper) == Tamper::Integrity
            ? QString::fromLatin1(fixtures[(fixture + 1) % 4].integrity)
            : QString::fromLatin1(f.integrity);

        const BundleCheck check = verifyAttestations(
            tampered(f, Tamper(tamper)), QString::fromLatin1(f.name),
            QString::fromLatin1(f.version), integrity, rootFor(Tamper(tamper)));

        for (const Finding &finding : check.verdict.findings) {
            QVERIFY2(!finding.text.isEmpty(), qPrintable(finding.code));
            if (finding.level != Level::Verified)
                qInfo("%s: %s", qPrintable(finding.code), qPrintable(finding.text));
        }
        QCOMPARE(int(check.verdict.level), int(level));
        // The leaf goes to the identity policy only when no provenance check failed.
        const bool provenanceFailed
            = std::any_of(check.verdict.findings.cbegin(), check.verdict.findings.cend(),
                          [](const Finding &each) {
                              return each.level == Level::Failed
                                  && !each.code.startsWith(QLatin1String("publish-"));
                          });
        QCOMPARE(check.leafCertificateDer.isEmpty(),
                 provenanceFailed || check.predicateType.isEmpty());
        if (level == Level::Verified) {
            QCOMPARE(codesAt(check.verdict, Level::Failed), QStringList());
            QCOMPARE(codesAt(check.verdict, Level::Unverified), QStringList());
            QCOMPARE(check.integratedTime.toSecsSinceEpoch(), f.provenanceLogTime);
            QVERIFY(!check.leafCertificateDer.isEmpty());
            QVERIFY(check.predicateType.startsWith(QLatin1String("https://slsa.dev/provenance/")));
        } else {
            QCOMPARE(codesAt(check.verdict, level), codes);
            if (level == Level::Unverified)
                QCOMPARE(codesAt(check.verdict, Level::Failed), QStringList());
        }
    }

    // Every step of a real bundle is reported, so a check cannot silently drop out.
    void reportsEveryStep()
    {
        const Fixture &f = fixtures[3];
        const BundleCheck check = verifyAttestations(
            attestationsOf(f), QString::fromLatin1(f.name), QString::fromLatin1(f.version),
            QString::fromLatin1(f.integrity), TrustRoot::shipped());
        QCOMPARE(
            codesAt(check.verdict, Level::Verified),
            codeList(
                "subject,subject-digest,dsse,leaf-chain,leaf-eku,set,tlog-body,inclusion-proof,"
                "checkpoint,sct,publish-subject,publish-subject-digest,publish-key,publish-dsse,"
                "publish-set,publish-tlog-body,publish-inclusion-proof,publish-checkpoint"));
    }

    // Chain outcomes are kept per leaf, CA and time (LeafChecks): a leaf that chained at its log
    // time must not chain a day later (Fulcio leaves live ten minutes), nor with another CA,
    // however often it was checked before.
    void chainOutcomeFollowsTimeAndCa()
    {
        // The current CA's window with the 2021 CA's certificate: the leaves do not chain to it.
        const TrustRoot otherCa = rootFrom([](json &root, json &) {
            json &cas = root.at("certificateAuthorities");
            cas.at(1).at("certChain") = cas.at(0).at("certChain");
        });
        for (const Fixture &f : fixtures) {
            const QByteArray leaf = td::provenance::test::leafDerOf(attestationsOf(f));
            const QDateTime logged = QDateTime::fromSecsSinceEpoch(f.provenanceLogTime, Qt::UTC);
            const TrustRoot &shipped = TrustRoot::shipped();
            QVERIFY2(detail::checkLeaf(leaf, logged, shipped).chained, f.file);
            QVERIFY2(!detail::checkLeaf(leaf, logged.addDays(1), shipped).chained, f.file);
            QVERIFY2(detail::checkLeaf(leaf, logged, shipped).chained, f.file);
            QVERIFY2(!detail::checkLeaf(leaf, logged, otherCa).chained, f.file);
            QVERIFY2(detail::checkLeaf(leaf, logged, shipped).chained, f.file);
        }
    }

    void packageUrl()
    {
        QCOMPARE(npmPackageUrl(QStringLiteral("@playwright/cli"), QStringLiteral("0.1.1")),
                 QStringLiteral("pkg:npm/%40playwright/cli@0.1.1"));
        QCOMPARE(npmPackageUrl(QStringLiteral("sigstore"), QStringLiteral("0.4.0")),
                 QStringLiteral("pkg:npm/sigstore@0.4.0"));
    }
};

QTEST_GUILESS_MAIN(TestBundleVerifier)
#include "tst_bundleverifier.moc"
