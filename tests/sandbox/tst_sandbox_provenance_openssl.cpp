// SPDX-License-Identifier: GPL-3.0-or-later
// What the sandbox signs (issue 21), checked with the `openssl` command line, not with TokenDesk's
// code: the registry signature over "name@version:integrity" with the key of /-/npm/v1/keys, the
// DSSE signatures over PAE (the publish attestation with the registry key, the provenance with the
// leaf's key), the leaf chaining to the sandbox Fulcio CA at the log's integrated time with the
// code-signing EKU and the id token's claims in Fulcio's extensions, the SET and the checkpoint
// with the log key; the Merkle inclusion proof is recomputed here (RFC 9162 §2.1.3.2). Each
// "attacker" publish of the control API breaks exactly the step it names.
#include "InProcessSandbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

namespace {

constexpr auto kPackage = "@releaser/via-oidc"; // demo: GitHub releaser/via-oidc, publish.yml

struct Tool
{
    int exitCode = -1;
    QString output;
};

QByteArray pem(const char *label, const QByteArray &der)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

QByteArray pae(const QByteArray &type, const QByteArray &body)
{
    return "DSSEv1 " + QByteArray::number(type.size()) + ' ' + type + ' '
        + QByteArray::number(body.size()) + ' ' + body;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// RFC 9162 §2.1.3.2: the root an inclusion proof leads to.
QByteArray rootFromProof(qint64 index, qint64 size, const QByteArray &leaf, const QJsonArray &path)
{
    if (index >= size)
        return {};
    qint64 fn = index, sn = size - 1;
    QByteArray r = leaf;
    for (const QJsonValue &v : path) {
        const QByteArray p = QByteArray::fromBase64(v.toString().toLatin1());
        if (sn == 0)
            return {};
        if ((fn & 1) || fn == sn) {
            r = sha256(QByteArray(1, '\x01') + p + r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = sha256(QByteArray(1, '\x01') + r + p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 ? r : QByteArray();
}

} // namespace

class SandboxProvenanceOpensslTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysEndpointHasNpmShape();
    void trustedRootHasSigstoreShape();
    void registrySignaturesVerifyWithOpenssl();
    void honestPublishVerifiesStepByStep();
    void leafCarriesTheIdTokenClaims();
    void attackerIdentityIsInTheLeaf_data();
    void attackerIdentityIsInTheLeaf();
    void attackerWithoutProvenance_data();
    void attackerWithoutProvenance();
    void tamperedBundleBreaksItsStep_data();
    void tamperedBundleBreaksItsStep();
    void approvedOidcStageHasApproverAndProvenance();
    void gitlabPublishCarriesGitLabIdentity();
    void circleciPublishHasNoProvenance();
    void keysAndDocumentsSurviveTheStateFile();

private:
    SandboxReply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
                      const QString &token = {}, SandboxHeaders headers = {});
    QString oidcToken(const QString &package, const QJsonObject &claims);
    QJsonObject publishWithOidc(const QString &version);
    QJsonObject attestations(const QString &version);
    QJsonObject version(const QString &v);
    Tool openssl(const QStringList &args);
    QString write(const QString &name, const QByteArray &data);
    // Every step of the provenance bundle, by name, with its outcome (true = verified).
    QMap<QString, bool> checkProvenance(const QJsonObject &document, const QString &v,
                                        const QString &integrity,
                                        const QString &name = QLatin1String(kPackage));
    QString leafText(const QJsonObject &document);

    td::sandbox::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    QByteArray m_registryKeyDer;
    QByteArray m_logKeyDer;
    QByteArray m_caDer;
    int m_versions = 0;
};

void SandboxProvenanceOpensslTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_sandbox.loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
    const SandboxReply root = call("GET", QStringLiteral("/-/sandbox/trusted-root"));
    QCOMPARE(root.status, 200);
    m_registryKeyDer = QByteArray::fromBase64(root.json.value(QStringLiteral("npmKeys"))
                                                  .toObject()
                                                  .value(QStringLiteral("keys"))
                                                  .toArray()
                                                  .at(0)
                                                  .toObject()
                                                  .value(QStringLiteral("key"))
                                                  .toString()
                                                  .toLatin1());
    const QJsonObject tlog = root.json.value(QStringLiteral("tlogs")).toArray().at(0).toObject();
    m_logKeyDer = QByteArray::fromBase64(tlog.value(QStringLiteral("publicKey"))
                                             .toObject()
                                             .value(QStringLiteral("rawBytes"))
                                             .toString()
                                             .toLatin1());
    m_caDer = QByteArray::fromBase64(root.json.value(QStringLiteral("certificateAuthorities"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("certChain"))
                                         .toObject()
                                         .value(QStringLiteral("certificates"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("rawBytes"))
                                         .toString()
                                         .toLatin1());
    write(QStringLiteral("registry.pem"), pem("PUBLIC KEY", m_registryKeyDer));
    write(QStringLiteral("log.pem"), pem("PUBLIC KEY", m_logKeyDer));
    write(QStringLiteral("ca.pem"), pem("CERTIFICATE", m_caDer));
    // A few releases first, so that the log's inclusion proofs have several levels.
    for (int i = 0; i < 5; ++i)
        publishWithOidc(QStringLiteral("1.5.%1").arg(i));
}

SandboxReply SandboxProvenanceOpensslTest::call(const QByteArray &method, const QString &target,
                                                const QJsonValue &body, const QString &token,
                                                SandboxHeaders headers)
{
    return handleInProcess(m_sandbox, method, target, body, token, std::move(headers));
}

QString SandboxProvenanceOpensslTest::oidcToken(const QString &package, const QJsonObject &claims)
{
    const SandboxReply id = call("POST", QStringLiteral("/-/sandbox/oidc/id-token"),
                                 QJsonObject{{QStringLiteral("provider"), QStringLiteral("github")},
                                             {QStringLiteral("claims"), claims}});
    const SandboxReply exchanged
        = call("POST",
               QStringLiteral("/-/npm/v1/oidc/token/exchange/package/")
                   + QString(package).replace(QLatin1Char('/'), QLatin1String("%2f")),
               {}, {},
               {{"authorization",
                 "Bearer " + id.json.value(QStringLiteral("id_token")).toString().toUtf8()}});
    return exchanged.json.value(QStringLiteral("token")).toString();
}

QJsonObject SandboxProvenanceOpensslTest::publishWithOidc(const QString &v)
{
    const QString token = oidcToken(
        QLatin1String(kPackage),
        {{QStringLiteral("repository"), QStringLiteral("releaser/via-oidc")},
         {QStringLiteral("workflow_ref"),
          QString(QStringLiteral("releaser/via-oidc/.github/workflows/publish.yml@refs/tags/v")
                  + v)},
         {QStringLiteral("ref"), QString(QStringLiteral("refs/tags/v") + v)},
         {QStringLiteral("event_name"), QStringLiteral("release")},
         {QStringLiteral("repository_id"), QStringLiteral("424242")}});
    const SandboxReply put = call("PUT", QStringLiteral("/@releaser%2fvia-oidc"),
                                  publishDocument(QLatin1String(kPackage), v), token);
    if (put.status != 200)
        qWarning("publish %s: %d", qPrintable(v), put.status);
    return version(v);
}

QJsonObject SandboxProvenanceOpensslTest::version(const QString &v)
{
    return call("GET", QStringLiteral("/@releaser%2fvia-oidc"))
        .json.value(QStringLiteral("versions"))
        .toObject()
        .value(v)
        .toObject();
}

QJsonObject SandboxProvenanceOpensslTest::attestations(const QString &v)
{
    return call("GET", QStringLiteral("/-/npm/v1/attestations/@releaser%2fvia-oidc@") + v).json;
}

QString SandboxProvenanceOpensslTest::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

Tool SandboxProvenanceOpensslTest::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

QString SandboxProvenanceOpensslTest::leafText(const QJsonObject &document)
{
    for (const QJsonValue &a : document.value(QStringLiteral("attestations")).toArray()) {
        const QJsonObject cert = a.toObject()
                                     .value(QStringLiteral("bundle"))
                                     .toObject()
                                     .value(QStringLiteral("verificationMaterial"))
                                     .toObject()
                                     .value(QStringLiteral("certificate"))
                                     .toObject();
        if (cert.isEmpty())
            continue;
        write(QStringLiteral("leaf.der"),
              QByteArray::fromBase64(cert.value(QStringLiteral("rawBytes")).toString().toLatin1()));
        return openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-in"), QStringLiteral("leaf.der"), QStringLiteral("-noout"),
                        QStringLiteral("-text")})
            .output;
    }
    return {};
}

QMap<QString, bool> SandboxProvenanceOpensslTest::checkProvenance(const QJsonObject &document,
                                                                  const QString &v,
                                                                  const QString &integrity,
                                                                  const QString &name)
{
    QMap<QString, bool> steps;
    QJsonObject bundle;
    for (const QJsonValue &a : document.value(QStringLiteral("attestations")).toArray())
        if (a.toObject().value(QStringLiteral("predicateType")).toString()
            == QLatin1String("https://slsa.dev/provenance/v1"))
            bundle = a.toObject().value(QStringLiteral("bundle")).toObject();
    if (bundle.value(QStringLiteral("mediaType")).toString()
        != QLatin1String("application/vnd.dev.sigstore.bundle.v0.3+json"))
        return steps;
    const QJsonObject material = bundle.value(QStringLiteral("verificationMaterial")).toObject();
    const QJsonObject env = bundle.value(QStringLiteral("dsseEnvelope")).toObject();
    const QJsonObject entry
        = material.value(QStringLiteral("tlogEntries")).toArray().at(0).toObject();
    const QByteArray payload
        = QByteArray::fromBase64(env.value(QStringLiteral("payload")).toString().toLatin1());
    const QByteArray sig = QByteArray::fromBase64(env.value(QStringLiteral("signatures"))
                                                      .toArray()
                                                      .at(0)
                                                      .toObject()
                                                      .value(QStringLiteral("sig"))
                                                      .toString()
                                                      .toLatin1());
    const qint64 integratedTime
        = entry.value(QStringLiteral("integratedTime")).toString().toLongLong();

    // The subject: the package URL and the hex of the integrity's sha512.
    const QJsonObject subject = QJsonDocument::fromJson(payload)
                                    .object()
                                    .value(QStringLiteral("subject"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    steps[QStringLiteral("subject")] = subject.value(QStringLiteral("name")).toString()
            == QLatin1String("pkg:npm/%40") + name.mid(1) + QLatin1Char('@') + v
        && subject.value(QStringLiteral("digest"))
                .toObject()
                .value(QStringLiteral("sha512"))
                .toString()
            == QString::fromLatin1(QByteArray::fromBase64(integrity.mid(7).toLatin1()).toHex());

    // DSSE over PAE with the leaf's public key.
    leafText(document);
    Tool pub = openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-in"), QStringLiteral("leaf.der"),
                        QStringLiteral("-pubkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
                        QStringLiteral("leafpub.pem")});
    write(QStringLiteral("pae.bin"),
          pae(env.value(QStringLiteral("payloadType")).toString().toUtf8(), payload));
    write(QStringLiteral("dsse.sig"), sig);
    steps[QStringLiteral("dsse")] = pub.exitCode == 0
        && openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                    QStringLiteral("leafpub.pem"), QStringLiteral("-signature"),
                    QStringLiteral("dsse.sig"), QStringLiteral("pae.bin")})
               .output.contains(QLatin1String("Verified OK"));

    // The leaf chains to the sandbox CA at the integrated time, for code signing.
    openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
             QStringLiteral("-in"), QStringLiteral("leaf.der"), QStringLiteral("-out"),
             QStringLiteral("leaf.pem")});
    const Tool chain = openssl({QStringLiteral("verify"), QStringLiteral("-attime"),
                                QString::number(integratedTime), QStringLiteral("-CAfile"),
                                QStringLiteral("ca.pem"), QStringLiteral("-purpose"),
                                QStringLiteral("any"), QStringLiteral("leaf.pem")});
    steps[QStringLiteral("chain")]
        = chain.exitCode == 0 && chain.output.contains(QLatin1String("leaf.pem: OK"));
    steps[QStringLiteral("eku")]
        = openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("leaf.pem"),
                   QStringLiteral("-noout"), QStringLiteral("-ext"),
                   QStringLiteral("extendedKeyUsage")})
              .output.contains(QLatin1String("Code Signing"));

    // The SET: the log key over the canonical JSON of body, integratedTime, logID, logIndex.
    const QString body = entry.value(QStringLiteral("canonicalizedBody")).toString();
    const QByteArray logId = QByteArray::fromBase64(entry.value(QStringLiteral("logId"))
                                                        .toObject()
                                                        .value(QStringLiteral("keyId"))
                                                        .toString()
                                                        .toLatin1());
    write(QStringLiteral("set.json"),
          "{\"body\":\"" + body.toLatin1() + "\",\"integratedTime\":"
              + QByteArray::number(integratedTime) + ",\"logID\":\"" + logId.toHex()
              + "\",\"logIndex\":" + entry.value(QStringLiteral("logIndex")).toString().toLatin1()
              + '}');
    write(QStringLiteral("set.sig"),
          QByteArray::fromBase64(entry.value(QStringLiteral("inclusionPromise"))
                                     .toObject()
                                     .value(QStringLiteral("signedEntryTimestamp"))
                                     .toString()
                                     .toLatin1()));
    steps[QStringLiteral("set")] = logId == sha256(m_logKeyDer)
        && openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                    QStringLiteral("log.pem"), QStringLiteral("-signature"),
                    QStringLiteral("set.sig"), QStringLiteral("set.json")})
               .output.contains(QLatin1String("Verified OK"));

    // The entry body binds this envelope: its payload hash and signature.
    const QJsonObject spec = QJsonDocument::fromJson(QByteArray::fromBase64(body.toLatin1()))
                                 .object()
                                 .value(QStringLiteral("spec"))
                                 .toObject();
    steps[QStringLiteral("body")] = spec.value(QStringLiteral("payloadHash"))
                                        .toObject()
                                        .value(QStringLiteral("value"))
                                        .toString()
            == QString::fromLatin1(sha256(payload).toHex())
        && QByteArray::fromBase64(spec.value(QStringLiteral("signatures"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("signature"))
                                      .toString()
                                      .toLatin1())
            == sig;

    // The inclusion proof leads to the root that the signed checkpoint names.
    const QJsonObject proof = entry.value(QStringLiteral("inclusionProof")).toObject();
    const QByteArray rootHash
        = QByteArray::fromBase64(proof.value(QStringLiteral("rootHash")).toString().toLatin1());
    const QByteArray computed
        = rootFromProof(proof.value(QStringLiteral("logIndex")).toString().toLongLong(),
                        proof.value(QStringLiteral("treeSize")).toString().toLongLong(),
                        sha256(QByteArray(1, '\0') + QByteArray::fromBase64(body.toLatin1())),
                        proof.value(QStringLiteral("hashes")).toArray());
    const QString note = proof.value(QStringLiteral("checkpoint"))
                             .toObject()
                             .value(QStringLiteral("envelope"))
                             .toString();
    const QString text = note.section(QStringLiteral("\n\n"), 0, 0) + QLatin1Char('\n');
    const QByteArray noteSig = QByteArray::fromBase64(
        note.section(QStringLiteral("\n\n"), 1).trimmed().section(QLatin1Char(' '), -1).toLatin1());
    write(QStringLiteral("note.txt"), text.toUtf8());
    write(QStringLiteral("note.sig"), noteSig.mid(4));
    steps[QStringLiteral("inclusion")] = !computed.isEmpty() && computed == rootHash
        && text.section(QLatin1Char('\n'), 2, 2).toLatin1() == rootHash.toBase64();
    steps[QStringLiteral("checkpoint")] = noteSig.left(4) == logId.left(4)
        && openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                    QStringLiteral("log.pem"), QStringLiteral("-signature"),
                    QStringLiteral("note.sig"), QStringLiteral("note.txt")})
               .output.contains(QLatin1String("Verified OK"));
    return steps;
}

void SandboxProvenanceOpensslTest::keysEndpointHasNpmShape()
{
    const SandboxReply keys = call("GET", QStringLiteral("/-/npm/v1/keys"));
    QCOMPARE(keys.status, 200);
    const QJsonArray list = keys.json.value(QStringLiteral("keys")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject key = list.at(0).toObject();
    QVERIFY(key.value(QStringLiteral("expires")).isNull());
    QCOMPARE(key.value(QStringLiteral("keytype")).toString(),
             QStringLiteral("ecdsa-sha2-nistp256"));
    QCOMPARE(key.value(QStringLiteral("scheme")).toString(), QStringLiteral("ecdsa-sha2-nistp256"));
    // The keyid as npm makes it: SHA-256 over the OpenSSH blob, the point read here by openssl.
    const Tool text = openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                               QStringLiteral("-in"), QStringLiteral("registry.pem"),
                               QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(text.output.contains(QLatin1String("prime256v1")), qPrintable(text.output));
    QByteArray point;
    bool inPub = false;
    for (const QString &line : text.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("pub:"))) {
            inPub = true;
            continue;
        }
        if (inPub && !line.startsWith(QLatin1Char(' ')))
            break;
        if (inPub)
            point += QByteArray::fromHex(line.trimmed().remove(QLatin1Char(':')).toLatin1());
    }
    QCOMPARE(point.size(), 65);
    const auto sshString = [](const QByteArray &b) -> QByteArray {
        QByteArray n(4, '\0');
        n[3] = char(b.size());
        return n + b;
    };
    const QByteArray blob
        = sshString("ecdsa-sha2-nistp256") + sshString("nistp256") + sshString(point);
    QCOMPARE(key.value(QStringLiteral("keyid")).toString(),
             QString(QLatin1String("SHA256:")
                     + QString::fromLatin1(sha256(blob).toBase64(QByteArray::OmitTrailingEquals))));
}

void SandboxProvenanceOpensslTest::trustedRootHasSigstoreShape()
{
    const SandboxReply root = call("GET", QStringLiteral("/-/sandbox/trusted-root"));
    QCOMPARE(root.json.value(QStringLiteral("mediaType")).toString(),
             QStringLiteral("application/vnd.dev.sigstore.trustedroot+json;version=0.1"));
    QCOMPARE(root.json.value(QStringLiteral("ctlogs")).toArray().size(), 0);
    QCOMPARE(root.json.value(QStringLiteral("npmKeys")).toObject(),
             call("GET", QStringLiteral("/-/npm/v1/keys")).json);
    const QJsonObject tlog = root.json.value(QStringLiteral("tlogs")).toArray().at(0).toObject();
    QCOMPARE(QByteArray::fromBase64(tlog.value(QStringLiteral("logId"))
                                        .toObject()
                                        .value(QStringLiteral("keyId"))
                                        .toString()
                                        .toLatin1()),
             sha256(m_logKeyDer));
    QVERIFY(tlog.value(QStringLiteral("publicKey"))
                .toObject()
                .value(QStringLiteral("validFor"))
                .toObject()
                .contains(QStringLiteral("start")));
    const QJsonObject ca
        = root.json.value(QStringLiteral("certificateAuthorities")).toArray().at(0).toObject();
    QVERIFY(ca.value(QStringLiteral("validFor")).toObject().contains(QStringLiteral("start")));
    // A self-signed P-384 root that openssl accepts as a CA.
    const Tool self = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                               QStringLiteral("ca.pem"), QStringLiteral("ca.pem")});
    QVERIFY2(self.exitCode == 0, qPrintable(self.output));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("ca.pem"),
                     QStringLiteral("-noout"), QStringLiteral("-text")})
                .output.contains(QLatin1String("NIST CURVE: P-384")));
    // Not for other clients than loopback (control API).
    td::sandbox::HttpRequest remote;
    remote.method = "GET";
    remote.path = QStringLiteral("/-/sandbox/trusted-root");
    remote.peer = QHostAddress(QStringLiteral("192.0.2.1"));
    QCOMPARE(m_sandbox.handle(remote).status, 403);
}

void SandboxProvenanceOpensslTest::registrySignaturesVerifyWithOpenssl()
{
    // Every version of every package: seeded (with a shorthand or with files), published.
    const SandboxReply state = call("GET", QStringLiteral("/-/sandbox/state"));
    int checked = 0;
    for (const QJsonValue &pv : state.json.value(QStringLiteral("packages")).toArray()) {
        const QString name = pv.toObject().value(QStringLiteral("name")).toString();
        const QJsonObject versions = pv.toObject().value(QStringLiteral("versions")).toObject();
        for (auto it = versions.begin(); it != versions.end(); ++it) {
            if (it.key() == QLatin1String("0.0.0-stage"))
                continue; // the staging placeholder has no tarball
            const QJsonObject dist = it.value().toObject().value(QStringLiteral("dist")).toObject();
            const QJsonArray sigs = dist.value(QStringLiteral("signatures")).toArray();
            QVERIFY2(sigs.size() == 1, qPrintable(name + QLatin1Char('@') + it.key()));
            write(QStringLiteral("msg.txt"),
                  (name + QLatin1Char('@') + it.key() + QLatin1Char(':')
                   + dist.value(QStringLiteral("integrity")).toString())
                      .toUtf8());
            write(QStringLiteral("sig.der"),
                  QByteArray::fromBase64(
                      sigs.at(0).toObject().value(QStringLiteral("sig")).toString().toLatin1()));
            const Tool ok = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                     QStringLiteral("-verify"), QStringLiteral("registry.pem"),
                                     QStringLiteral("-signature"), QStringLiteral("sig.der"),
                                     QStringLiteral("msg.txt")});
            QVERIFY2(
                ok.exitCode == 0 && ok.output.contains(QLatin1String("Verified OK")),
                qPrintable(name + QLatin1Char('@') + it.key() + QLatin1String(": ") + ok.output));
            // The same signature over another version's message does not verify.
            write(QStringLiteral("msg.txt"),
                  (name + QLatin1String("@9.9.9:")
                   + dist.value(QStringLiteral("integrity")).toString())
                      .toUtf8());
            QVERIFY(openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                             QStringLiteral("-verify"), QStringLiteral("registry.pem"),
                             QStringLiteral("-signature"), QStringLiteral("sig.der"),
                             QStringLiteral("msg.txt")})
                        .exitCode
                    != 0);
            ++checked;
        }
    }
    QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
}

void SandboxProvenanceOpensslTest::honestPublishVerifiesStepByStep()
{
    const QJsonObject v = version(QStringLiteral("1.5.4"));
    const QJsonObject dist = v.value(QStringLiteral("dist")).toObject();
    QCOMPARE(dist.value(QStringLiteral("attestations"))
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString(),
             QStringLiteral("http://127.0.0.1/-/npm/v1/attestations/@releaser%2fvia-oidc@1.5.4"));
    QCOMPARE(v.value(QStringLiteral("_npmUser"))
                 .toObject()
                 .value(QStringLiteral("trustedPublisher"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("github"));
    const QJsonObject document = attestations(QStringLiteral("1.5.4"));
    // Also served under the unencoded scoped path; 404 for a version without attestations.
    QCOMPARE(call("GET", QStringLiteral("/-/npm/v1/attestations/@releaser/via-oidc@1.5.4")).json,
             document);
    QCOMPARE(
        call("GET", QStringLiteral("/-/npm/v1/attestations/@releaser%2fvia-oidc@1.3.0")).status,
        404);
    const auto steps = checkProvenance(document, QStringLiteral("1.5.4"),
                                       dist.value(QStringLiteral("integrity")).toString());
    const QStringList all{QStringLiteral("subject"),   QStringLiteral("dsse"),
                          QStringLiteral("chain"),     QStringLiteral("eku"),
                          QStringLiteral("set"),       QStringLiteral("body"),
                          QStringLiteral("inclusion"), QStringLiteral("checkpoint")};
    for (const QString &step : all)
        QVERIFY2(steps.value(step), qPrintable(step));
    // The leaf lives 10 minutes: openssl refuses it after that.
    const qint64 t = document.value(QStringLiteral("attestations"))
                         .toArray()
                         .at(1)
                         .toObject()
                         .value(QStringLiteral("bundle"))
                         .toObject()
                         .value(QStringLiteral("verificationMaterial"))
                         .toObject()
                         .value(QStringLiteral("tlogEntries"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("integratedTime"))
                         .toString()
                         .toLongLong();
    QVERIFY(openssl({QStringLiteral("verify"), QStringLiteral("-attime"), QString::number(t + 601),
                     QStringLiteral("-CAfile"), QStringLiteral("ca.pem"),
                     QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("leaf.pem")})
                .exitCode
            != 0);

    // The publish attestation: DSSE with the registry key, hinted by its keyid, same subject.
    const QJsonObject publish
        = document.value(QStringLiteral("attestations")).toArray().at(0).toObject();
    QCOMPARE(publish.value(QStringLiteral("predicateType")).toString(),
             QStringLiteral("https://github.com/npm/attestation/tree/main/specs/publish/v0.1"));
    const QJsonObject bundle = publish.value(QStringLiteral("bundle")).toObject();
    const QString keyId = call("GET", QStringLiteral("/-/npm/v1/keys"))
                              .json.value(QStringLiteral("keys"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("keyid"))
                              .toString();
    QCOMPARE(bundle.value(QStringLiteral("verificationMaterial"))
                 .toObject()
                 .value(QStringLiteral("publicKey"))
                 .toObject()
                 .value(QStringLiteral("hint"))
                 .toString(),
             keyId);
    const QJsonObject env = bundle.value(QStringLiteral("dsseEnvelope")).toObject();
    const QByteArray payload
        = QByteArray::fromBase64(env.value(QStringLiteral("payload")).toString().toLatin1());
    write(QStringLiteral("pae.bin"), pae("application/vnd.in-toto+json", payload));
    write(QStringLiteral("dsse.sig"),
          QByteArray::fromBase64(env.value(QStringLiteral("signatures"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("sig"))
                                     .toString()
                                     .toLatin1()));
    QVERIFY(openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                     QStringLiteral("registry.pem"), QStringLiteral("-signature"),
                     QStringLiteral("dsse.sig"), QStringLiteral("pae.bin")})
                .output.contains(QLatin1String("Verified OK")));
    const QJsonObject statement = QJsonDocument::fromJson(payload).object();
    QCOMPARE(statement.value(QStringLiteral("predicate"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toString(),
             QStringLiteral("1.5.4"));
}

void SandboxProvenanceOpensslTest::leafCarriesTheIdTokenClaims()
{
    const QString text = leafText(attestations(QStringLiteral("1.5.3")));
    const QStringList expected{QStringLiteral("URI:https://github.com/releaser/via-oidc/.github/"
                                              "workflows/publish.yml@refs/tags/v1.5.3"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.8:"),
                               QStringLiteral("https://token.actions.githubusercontent.com"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.12:"),
                               QStringLiteral("https://github.com/releaser/via-oidc"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.14:"),
                               QStringLiteral("refs/tags/v1.5.3"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.15:"),
                               QStringLiteral("424242"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.18:"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.20:"),
                               QStringLiteral("release"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.11:"),
                               QStringLiteral("github-hosted"),
                               QStringLiteral("1.3.6.1.4.1.57264.1.21:"),
                               QStringLiteral("/actions/runs/"),
                               QStringLiteral("Code Signing"),
                               QStringLiteral("Digital Signature"),
                               QStringLiteral("NIST CURVE: P-256"),
                               QStringLiteral("ecdsa-with-SHA384")};
    for (const QString &needle : expected)
        QVERIFY2(text.contains(needle), qPrintable(needle + QLatin1String("\n") + text));
    QVERIFY(!text.contains(QLatin1String("CT Precertificate SCTs"))); // no CT log in the sandbox
}

void SandboxProvenanceOpensslTest::attackerIdentityIsInTheLeaf_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("another repository")
        << QJsonObject{{QStringLiteral("repository"), QStringLiteral("mallory/via-oidc")}}
        << QStringList{QStringLiteral("https://github.com/mallory/via-oidc"),
                       QStringLiteral("URI:https://github.com/mallory/via-oidc/.github/workflows/"
                                      "publish.yml@refs/heads/main")};
    QTest::newRow("same name, another repository id")
        << QJsonObject{{QStringLiteral("repository_id"), QStringLiteral("777")}}
        << QStringList{QStringLiteral("..777")};
    QTest::newRow("another ref") << QJsonObject{{QStringLiteral("ref"),
                                                 QStringLiteral("refs/heads/hotfix")}}
                                 << QStringList{QStringLiteral("refs/heads/hotfix"),
                                                QStringLiteral("publish.yml@refs/heads/hotfix")};
    QTest::newRow("pull_request_target")
        << QJsonObject{{QStringLiteral("event_name"), QStringLiteral("pull_request_target")}}
        << QStringList{QStringLiteral("pull_request_target")};
    QTest::newRow("self-hosted runner")
        << QJsonObject{{QStringLiteral("runner_environment"), QStringLiteral("self-hosted")}}
        << QStringList{QStringLiteral("self-hosted")};
}

void SandboxProvenanceOpensslTest::attackerIdentityIsInTheLeaf()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QStringList, expected);
    const QString v = QStringLiteral("6.0.%1").arg(m_versions++);
    const SandboxReply r = call("POST", QStringLiteral("/-/sandbox/publish"),
                                QJsonObject{{QStringLiteral("package"), QLatin1String(kPackage)},
                                            {QStringLiteral("version"), v},
                                            {QStringLiteral("claims"), claims}});
    QCOMPARE(r.status, 201);
    const QJsonObject dist = version(v).value(QStringLiteral("dist")).toObject();
    // Honestly signed: every step verifies; only the identity differs.
    const auto steps
        = checkProvenance(attestations(v), v, dist.value(QStringLiteral("integrity")).toString());
    QCOMPARE(steps.size(), 8);
    for (auto it = steps.begin(); it != steps.end(); ++it)
        QVERIFY2(it.value(), qPrintable(it.key()));
    const QString text = leafText(attestations(v));
    for (const QString &needle : expected)
        QVERIFY2(text.contains(needle), qPrintable(needle + QLatin1String("\n") + text));
}

void SandboxProvenanceOpensslTest::attackerWithoutProvenance_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("trustedPublisher");
    QTest::newRow("by token") << QJsonObject{{QStringLiteral("actor"), QStringLiteral("token")}}
                              << false;
    QTest::newRow("trusted publisher without provenance")
        << QJsonObject{{QStringLiteral("provenance"), false}} << true;
}

void SandboxProvenanceOpensslTest::attackerWithoutProvenance()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, trustedPublisher);
    const QString v = QStringLiteral("6.0.%1").arg(m_versions++);
    body.insert(QStringLiteral("package"), QLatin1String(kPackage));
    body.insert(QStringLiteral("version"), v);
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/publish"), body).status, 201);
    const QJsonObject manifest = version(v);
    const QJsonObject dist = manifest.value(QStringLiteral("dist")).toObject();
    QVERIFY(!dist.contains(QStringLiteral("attestations")));
    QCOMPARE(dist.value(QStringLiteral("signatures")).toArray().size(), 1); // still registry-signed
    QCOMPARE(call("GET", QStringLiteral("/-/npm/v1/attestations/@releaser%2fvia-oidc@") + v).status,
             404);
    const QJsonObject npmUser = manifest.value(QStringLiteral("_npmUser")).toObject();
    QCOMPARE(npmUser.contains(QStringLiteral("trustedPublisher")), trustedPublisher);
    if (!trustedPublisher)
        QCOMPARE(npmUser.value(QStringLiteral("name")).toString(), QStringLiteral("releaser"));
}

void SandboxProvenanceOpensslTest::tamperedBundleBreaksItsStep_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QStringList>("broken");
    QTest::newRow("subject digest changed")
        << QStringLiteral("subject-digest") << QStringList{QStringLiteral("subject")};
    QTest::newRow("DSSE payload changed")
        << QStringLiteral("dsse-payload")
        << QStringList{QStringLiteral("dsse"), QStringLiteral("body")};
    QTest::newRow("entry timestamp signature broken")
        << QStringLiteral("set") << QStringList{QStringLiteral("set")};
    QTest::newRow("Merkle path wrong")
        << QStringLiteral("inclusion-proof") << QStringList{QStringLiteral("inclusion")};
    QTest::newRow("log entry of another envelope")
        << QStringLiteral("log-entry") << QStringList{QStringLiteral("body")};
    QTest::newRow("leaf not issued by the CA")
        << QStringLiteral("leaf-issuer") << QStringList{QStringLiteral("chain")};
}

void SandboxProvenanceOpensslTest::tamperedBundleBreaksItsStep()
{
    QFETCH(QString, tamper);
    QFETCH(QStringList, broken);
    const QString v = QStringLiteral("6.0.%1").arg(m_versions++);
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/publish"),
                  QJsonObject{{QStringLiteral("package"), QLatin1String(kPackage)},
                              {QStringLiteral("version"), v},
                              {QStringLiteral("tamper"), tamper}})
                 .status,
             201);
    const QJsonObject dist = version(v).value(QStringLiteral("dist")).toObject();
    const auto steps
        = checkProvenance(attestations(v), v, dist.value(QStringLiteral("integrity")).toString());
    QCOMPARE(steps.size(), 8);
    for (auto it = steps.begin(); it != steps.end(); ++it)
        QVERIFY2(it.value() != broken.contains(it.key()), qPrintable(it.key()));
}

void SandboxProvenanceOpensslTest::approvedOidcStageHasApproverAndProvenance()
{
    // @releaser/via-oidc-stage trusts releaser/via-oidc-stage's release.yml for staging only.
    const QString token = oidcToken(
        QStringLiteral("@releaser/via-oidc-stage"),
        {{QStringLiteral("repository"), QStringLiteral("releaser/via-oidc-stage")},
         {QStringLiteral("workflow_ref"),
          QStringLiteral(
              "releaser/via-oidc-stage/.github/workflows/release.yml@refs/tags/v1.0.0")}});
    QVERIFY(!token.isEmpty());
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/stage-settings"),
                  QJsonObject{{QStringLiteral("validation_seconds"), 0}})
                 .status,
             200);
    const SandboxReply staged
        = call("POST", QStringLiteral("/-/stage/package/@releaser%2fvia-oidc-stage"),
               publishDocument(QStringLiteral("@releaser/via-oidc-stage"), QStringLiteral("1.0.0")),
               token);
    QCOMPARE(staged.status, 201);
    // The demo's releaser signs in and approves with its authenticator's codes.
    const auto releaserOtp = [this] {
        return call("GET", QStringLiteral("/-/sandbox/totp?username=releaser"))
            .json.value(QStringLiteral("code"))
            .toString()
            .toUtf8();
    };
    const QString session
        = call("PUT", QStringLiteral("/-/user/org.couchdb.user:releaser"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("releaser")},
                           {QStringLiteral("password"), QStringLiteral("releaser-password")}},
               {}, {{"npm-otp", releaserOtp()}})
              .json.value(QStringLiteral("token"))
              .toString();
    QVERIFY(!session.isEmpty());
    const SandboxReply approved
        = call("POST",
               QStringLiteral("/-/stage/%1/approve")
                   .arg(staged.json.value(QStringLiteral("stageId")).toString()),
               {}, session, {{"npm-otp", releaserOtp()}});
    QVERIFY2(approved.status == 201, approved.raw.body.constData());
    const QJsonObject manifest = call("GET", QStringLiteral("/@releaser%2fvia-oidc-stage"))
                                     .json.value(QStringLiteral("versions"))
                                     .toObject()
                                     .value(QStringLiteral("1.0.0"))
                                     .toObject();
    const QJsonObject npmUser = manifest.value(QStringLiteral("_npmUser")).toObject();
    QVERIFY(npmUser.contains(QStringLiteral("trustedPublisher")));
    QCOMPARE(npmUser.value(QStringLiteral("approver"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("releaser"));
    const QJsonObject document
        = call("GET", QStringLiteral("/-/npm/v1/attestations/@releaser%2fvia-oidc-stage@1.0.0"))
              .json;
    QVERIFY(leafText(document).contains(
        QLatin1String("releaser/via-oidc-stage/.github/workflows/release.yml@refs/tags/v1.0.0")));
}

void SandboxProvenanceOpensslTest::gitlabPublishCarriesGitLabIdentity()
{
    // @acme/cli trusts GitLab project acme/cli's .gitlab-ci.yml (demo); a tag pipeline publishes.
    const SandboxReply id = call(
        "POST", QStringLiteral("/-/sandbox/oidc/id-token"),
        QJsonObject{
            {QStringLiteral("provider"), QStringLiteral("gitlab")},
            {QStringLiteral("claims"),
             QJsonObject{{QStringLiteral("project_path"), QStringLiteral("acme/cli")},
                         {QStringLiteral("ci_config_ref_uri"),
                          QStringLiteral("gitlab.com/acme/cli//.gitlab-ci.yml@refs/tags/v3.0.0")},
                         {QStringLiteral("ref"), QStringLiteral("v3.0.0")},
                         {QStringLiteral("ref_type"), QStringLiteral("tag")}}}});
    const QString token
        = call("POST", QStringLiteral("/-/npm/v1/oidc/token/exchange/package/@acme%2fcli"), {}, {},
               {{"authorization",
                 "Bearer " + id.json.value(QStringLiteral("id_token")).toString().toUtf8()}})
              .json.value(QStringLiteral("token"))
              .toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(call("PUT", QStringLiteral("/@acme%2fcli"),
                  publishDocument(QStringLiteral("@acme/cli"), QStringLiteral("3.0.0")), token)
                 .status,
             200);
    const QJsonObject dist = call("GET", QStringLiteral("/@acme%2fcli"))
                                 .json.value(QStringLiteral("versions"))
                                 .toObject()
                                 .value(QStringLiteral("3.0.0"))
                                 .toObject()
                                 .value(QStringLiteral("dist"))
                                 .toObject();
    const QJsonObject document
        = call("GET", QStringLiteral("/-/npm/v1/attestations/@acme%2fcli@3.0.0")).json;
    const auto steps = checkProvenance(document, QStringLiteral("3.0.0"),
                                       dist.value(QStringLiteral("integrity")).toString(),
                                       QStringLiteral("@acme/cli"));
    QCOMPARE(steps.size(), 8);
    for (auto it = steps.begin(); it != steps.end(); ++it)
        QVERIFY2(it.value(), qPrintable(it.key()));
    const QString text = leafText(document);
    for (const QString &needle :
         {QStringLiteral("URI:https://gitlab.com/acme/cli//.gitlab-ci.yml@refs/tags/v3.0.0"),
          QStringLiteral("https://gitlab.com/acme/cli"), QStringLiteral("refs/tags/v3.0.0"),
          QStringLiteral("gitlab-hosted"), QStringLiteral("/-/jobs/")})
        QVERIFY2(text.contains(needle), qPrintable(needle + QLatin1String("\n") + text));
}

void SandboxProvenanceOpensslTest::circleciPublishHasNoProvenance()
{
    // npm makes no provenance for CircleCI's trusted publishing; the registry still signs.
    QCOMPARE(call("POST", QStringLiteral("/-/sandbox/publish"),
                  QJsonObject{{QStringLiteral("package"), QStringLiteral("@maintainer/tools")},
                              {QStringLiteral("version"), QStringLiteral("9.0.0")}})
                 .status,
             201);
    const QJsonObject manifest = call("GET", QStringLiteral("/@maintainer%2ftools"))
                                     .json.value(QStringLiteral("versions"))
                                     .toObject()
                                     .value(QStringLiteral("9.0.0"))
                                     .toObject();
    QCOMPARE(manifest.value(QStringLiteral("_npmUser"))
                 .toObject()
                 .value(QStringLiteral("trustedPublisher"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("circleci"));
    const QJsonObject dist = manifest.value(QStringLiteral("dist")).toObject();
    QVERIFY(!dist.contains(QStringLiteral("attestations")));
    QCOMPARE(dist.value(QStringLiteral("signatures")).toArray().size(), 1);
}

void SandboxProvenanceOpensslTest::keysAndDocumentsSurviveTheStateFile()
{
    const QString path = m_dir.filePath(QStringLiteral("state.json"));
    QString keyId;
    QJsonObject document;
    {
        td::sandbox::Sandbox first;
        QString error;
        QVERIFY(first.loadSeed(QStringLiteral("demo"), &error));
        QVERIFY(first.useStateFile(path, &error));
        QCOMPARE(handleInProcess(first, "POST", QStringLiteral("/-/sandbox/publish"),
                                 QJsonObject{{QStringLiteral("package"), QLatin1String(kPackage)},
                                             {QStringLiteral("version"), QStringLiteral("7.0.0")}})
                     .status,
                 201);
        keyId = handleInProcess(first, "GET", QStringLiteral("/-/sandbox/state"))
                    .json.value(QStringLiteral("sigstore"))
                    .toObject()
                    .value(QStringLiteral("registry_keyid"))
                    .toString();
        document
            = handleInProcess(first, "GET",
                              QStringLiteral("/-/npm/v1/attestations/@releaser%2fvia-oidc@7.0.0"))
                  .json;
    }
    QVERIFY(!keyId.isEmpty());
    td::sandbox::Sandbox second;
    QString error;
    QVERIFY(second.useStateFile(path, &error));
    QCOMPARE(handleInProcess(second, "GET", QStringLiteral("/-/npm/v1/keys"))
                 .json.value(QStringLiteral("keys"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("keyid"))
                 .toString(),
             keyId);
    QCOMPARE(handleInProcess(second, "GET",
                             QStringLiteral("/-/npm/v1/attestations/@releaser%2fvia-oidc@7.0.0"))
                 .json,
             document);
    // The redacted dump never shows a private key.
    QVERIFY(!QJsonDocument(handleInProcess(second, "GET", QStringLiteral("/-/sandbox/state")).json)
                 .toJson()
                 .contains("PRIVATE KEY"));
}

QTEST_GUILESS_MAIN(SandboxProvenanceOpensslTest)
#include "tst_sandbox_provenance_openssl.moc"
