// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/LeafChecks.h"

#include "core/provenance/ProvenanceCrypto.h"

#include <QCoreApplication>

#include <openssl/ct.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QHash>

#include <memory>
#include <mutex>

namespace td::provenance::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::BundleVerifier)
};

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
using Cert = std::unique_ptr<X509, X509Free>;

Cert parse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &p, long(der.size())));
}

QByteArray toDer(X509 *cert)
{
    unsigned char *out = nullptr;
    const int length = i2d_X509(cert, &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

// Chains leaf to the CA: its last certificate is the anchor, the others intermediates.
// Returns the issuer's DER when the chain verifies at `when`.
QByteArray verifyChain(X509 *leaf, const CertificateAuthority &ca, const QDateTime &when,
                       int *error)
{
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  &X509_STORE_free);
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> intermediates(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        &X509_STORE_CTX_free);
    if (!store || !intermediates || !ctx)
        return {};
    for (qsizetype i = 0; i < ca.chain.size(); ++i) {
        Cert cert = parse(ca.chain.at(i));
        if (!cert)
            return {};
        if (i + 1 == ca.chain.size()) {
            if (X509_STORE_add_cert(store.get(), cert.get()) != 1)
                return {};
        } else if (sk_X509_push(intermediates.get(), cert.get()) > 0) {
            cert.release(); // the stack owns it now
        }
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf, intermediates.get()) != 1)
        return {};
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                               time_t(when.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) != 1) {
        *error = X509_STORE_CTX_get_error(ctx.get());
        return {};
    }
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    return chain && sk_X509_num(chain) > 1 ? toDer(sk_X509_value(chain, 1)) : QByteArray();
}

struct ChainResult
{
    QByteArray issuerDer;
    int error = 0;
};

// A Fulcio chain is two P-384 signatures, most of the cost of checking a provenance bundle. Its
// outcome depends only on the leaf, the CA's certificates and the time, so the outcomes of the
// last few are kept: checking the same release again (a watch polling the latest release, a
// version verified beside its history) costs none. The key holds the complete inputs, the leaf
// and CA by digest, so a kept outcome is the one a new check would give.
QByteArray chainTo(const QByteArray &leafDer, X509 *leaf, const CertificateAuthority &ca,
                   const QDateTime &when, int *error)
{
    constexpr qsizetype maxResults = 64;
    static std::mutex mutex;
    // Never destroyed, like the key cache in ProvenanceCrypto: nothing to free at exit.
    static auto *results = new QHash<QByteArray, ChainResult>();
    QByteArray caDer;
    for (const QByteArray &der : ca.chain)
        caDer += crypto::sha256(der);
    const QByteArray key = crypto::sha256(leafDer) + crypto::sha256(caDer)
        + QByteArray::number(when.toSecsSinceEpoch());
    {
        const std::lock_guard lock(mutex);
        if (const auto it = results->constFind(key); it != results->cend()) {
            *error = it->error ? it->error : *error;
            return it->issuerDer;
        }
    }
    ChainResult result;
    result.issuerDer = verifyChain(leaf, ca, when, &result.error);
    const std::lock_guard lock(mutex);
    if (results->size() >= maxResults)
        results->clear();
    results->insert(key, result);
    *error = result.error ? result.error : *error;
    return result.issuerDer;
}

// Does a CA of the trust root carry a certificate named like the leaf's issuer? Then a leaf that
// does not chain claims a CA TokenDesk knows, and fails; otherwise the CA is merely unknown.
bool issuerIsKnown(X509 *leaf, const TrustRoot &root)
{
    for (const CertificateAuthority &ca : root.certificateAuthorities())
        for (const QByteArray &der : ca.chain)
            if (const Cert cert = parse(der); cert
                && X509_NAME_cmp(X509_get_subject_name(cert.get()), X509_get_issuer_name(leaf))
                    == 0)
                return true;
    return false;
}

QString updateHint()
{
    return Tr::tr("cannot be verified with this TokenDesk's trust data (update TokenDesk)");
}

// RFC 6962 §3.2: the data a CT log signs for a precertificate entry. The leaf's TBS without the
// SCT list extension stands for the precertificate's (what OpenSSL's own SCT check rebuilds too).
QByteArray sctSignedData(const SCT *sct, X509 *leaf, const QByteArray &issuerDer)
{
    Cert precert(X509_dup(leaf));
    if (!precert)
        return {};
    const int index = X509_get_ext_by_NID(precert.get(), NID_ct_precert_scts, -1);
    if (index < 0)
        return {};
    X509_EXTENSION_free(X509_delete_ext(precert.get(), index));
    unsigned char *tbs = nullptr;
    const int tbsLength = i2d_re_X509_tbs(precert.get(), &tbs);
    if (tbsLength <= 0)
        return {};
    const QByteArray tbsDer(reinterpret_cast<const char *>(tbs), tbsLength);
    OPENSSL_free(tbs);

    QByteArray data;
    data.append('\0'); // version v1
    data.append('\0'); // signature_type certificate_timestamp
    const quint64 timestamp = SCT_get_timestamp(sct);
    for (int shift = 56; shift >= 0; shift -= 8)
        data.append(char(timestamp >> shift));
    data.append('\0').append('\1'); // entry_type precert_entry
    data.append(crypto::sha256(crypto::certificatePublicKey(issuerDer)));
    data.append(char(tbsLength >> 16)).append(char(tbsLength >> 8)).append(char(tbsLength));
    data.append(tbsDer);
    unsigned char *extensions = nullptr;
    const size_t extensionsLength = SCT_get0_extensions(sct, &extensions);
    data.append(char(extensionsLength >> 8)).append(char(extensionsLength));
    data.append(reinterpret_cast<const char *>(extensions), qsizetype(extensionsLength));
    return data;
}

} // namespace

LeafCheck checkLeaf(const QByteArray &leafDer, const QDateTime &when, const TrustRoot &root)
{
    LeafCheck out;
    const Cert leaf = parse(leafDer);
    if (!leaf) {
        out.findings.append({Level::Failed, QStringLiteral("leaf-chain"),
                             Tr::tr("Provenance: the signing certificate cannot be read.")});
        return out;
    }
    int lastError = 0;
    for (const CertificateAuthority &ca : root.certificateAuthorities()) {
        if (!ca.validFor.covers(when))
            continue;
        out.issuerDer = chainTo(leafDer, leaf.get(), ca, when, &lastError);
        if (!out.issuerDer.isEmpty()) {
            out.chained = true;
            out.findings.append({Level::Verified, QStringLiteral("leaf-chain"),
                                 Tr::tr("Provenance: the signing certificate was issued by the "
                                        "Sigstore certificate authority %1 and was valid at the "
                                        "log time %2.")
                                     .arg(ca.uri, when.toString(Qt::ISODate))});
            break;
        }
    }
    if (!out.chained) {
        const QString why = lastError
            ? QString::fromLatin1(X509_verify_cert_error_string(lastError))
            : Tr::tr("no certificate authority valid at that time");
        if (issuerIsKnown(leaf.get(), root))
            out.findings.append({Level::Failed, QStringLiteral("leaf-chain"),
                                 Tr::tr("Provenance: the signing certificate claims a Sigstore "
                                        "certificate authority but does not chain to it at the "
                                        "log time %1 (%2).")
                                     .arg(when.toString(Qt::ISODate), why)});
        else
            out.findings.append({Level::Unverified, QStringLiteral("leaf-chain"),
                                 Tr::tr("Provenance: the signing certificate's authority is "
                                        "unknown; the certificate %1.")
                                     .arg(updateHint())});
    }

    const bool codeSigning = (X509_get_extension_flags(leaf.get()) & EXFLAG_XKUSAGE)
        && (X509_get_extended_key_usage(leaf.get()) & XKU_CODE_SIGN);
    if (codeSigning)
        out.findings.append({Level::Verified, QStringLiteral("leaf-eku"),
                             Tr::tr("Provenance: the certificate is for code signing.")});
    else
        out.findings.append({Level::Failed, QStringLiteral("leaf-eku"),
                             Tr::tr("Provenance: the certificate is not a code-signing "
                                    "certificate.")});
    return out;
}

Finding checkSct(const QByteArray &leafDer, const QByteArray &issuerDer, const QDateTime &when,
                 const TrustRoot &root)
{
    const QString code = QStringLiteral("sct");
    if (root.ctlogs().isEmpty())
        return {Level::Verified, code,
                Tr::tr("SCT not checked: no certificate transparency log in this trust data.")};
    const Cert leaf = parse(leafDer);
    std::unique_ptr<STACK_OF(SCT), void (*)(STACK_OF(SCT) *)> scts(
        leaf ? static_cast<STACK_OF(SCT) *>(
            X509_get_ext_d2i(leaf.get(), NID_ct_precert_scts, nullptr, nullptr))
             : nullptr,
        SCT_LIST_free);
    if (!scts || sk_SCT_num(scts.get()) == 0)
        return {Level::Failed, code,
                Tr::tr("Provenance: the certificate carries no certificate transparency "
                       "timestamp (SCT); Sigstore's authority always embeds one.")};
    for (int i = 0; i < sk_SCT_num(scts.get()); ++i) {
        const SCT *sct = sk_SCT_value(scts.get(), i);
        unsigned char *logId = nullptr;
        const size_t logIdLength = SCT_get0_log_id(sct, &logId);
        const QByteArray id(reinterpret_cast<const char *>(logId), qsizetype(logIdLength));
        const TransparencyLog *log = nullptr;
        for (const TransparencyLog &each : root.ctlogs())
            if (each.logId == id)
                log = &each;
        if (!log) {
            continue;
        }
        const QDateTime stamped
            = QDateTime::fromMSecsSinceEpoch(qint64(SCT_get_timestamp(sct)), Qt::UTC);
        unsigned char *signature = nullptr;
        const size_t signatureLength = SCT_get0_signature(sct, &signature);
        const QByteArray data = sctSignedData(sct, leaf.get(), issuerDer);
        // A timestamp after the log time would be a certificate logged after its use.
        if (SCT_get_version(sct) == SCT_VERSION_V1 && !data.isEmpty()
            && log->validFor.covers(stamped) && stamped <= when.addSecs(60)
            && crypto::verifySignature(log->publicKey, data,
                                       QByteArray(reinterpret_cast<const char *>(signature),
                                                  qsizetype(signatureLength)))
                == crypto::SignatureCheck::Valid)
            return {Level::Verified, code,
                    Tr::tr("Provenance: the certificate was logged in the certificate "
                           "transparency log %1.")
                        .arg(log->baseUrl)};
        return {Level::Failed, code,
                Tr::tr("Provenance: the certificate's transparency timestamp (SCT) does not "
                       "verify with the log it names.")};
    }
    return {Level::Unverified, code,
            Tr::tr("Provenance: the certificate transparency log of the certificate's timestamp "
                   "is unknown; it %1.")
                .arg(updateHint())};
}

} // namespace td::provenance::detail
