// SPDX-License-Identifier: GPL-3.0-or-later
#include "FulcioCa.h"

#include "sandbox/auth/Crypto.h"

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace td::sandbox::sigstore {

namespace {

constexpr auto kOrganization = "tokendesk-sandbox";
constexpr auto kCommonName = "tokendesk-sandbox-fulcio";

QByteArray toDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert, &der);
    const QByteArray out(reinterpret_cast<const char *>(der), size > 0 ? size : 0);
    OPENSSL_free(der);
    return out;
}

X509 *fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}

void randomSerial(X509 *cert)
{
    QByteArray bytes = crypto::randomBytes(20);
    bytes[0] = char(bytes[0] & 0x7f); // positive, 20 bytes at most (RFC 5280)
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), 20, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
}

void setTime(ASN1_TIME *field, const QDateTime &t)
{
    ASN1_TIME_set(field, time_t(t.toSecsSinceEpoch()));
}

bool addConfExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool addFulcioExtension(X509 *cert, int arc, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    ASN1_UTF8STRING *str = ASN1_UTF8STRING_new();
    ASN1_STRING_set(str, utf8.constData(), int(utf8.size()));
    unsigned char *der = nullptr;
    const int size = i2d_ASN1_UTF8STRING(str, &der);
    ASN1_UTF8STRING_free(str);
    ASN1_OCTET_STRING *octets = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(octets, der, size);
    OPENSSL_free(der);
    ASN1_OBJECT *oid
        = OBJ_txt2obj(QByteArray("1.3.6.1.4.1.57264.1." + QByteArray::number(arc)).constData(), 1);
    X509_EXTENSION *ext = X509_EXTENSION_create_by_OBJ(nullptr, oid, 0, octets);
    const bool ok = ext && X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    ASN1_OBJECT_free(oid);
    ASN1_OCTET_STRING_free(octets);
    return ok;
}

// A critical SAN with one URI, built directly: a URI may hold commas that the config syntax of
// X509V3_EXT_conf_nid would split.
bool addSanUri(X509 *cert, const QString &uri)
{
    const QByteArray utf8 = uri.toUtf8();
    GENERAL_NAMES *names = GENERAL_NAMES_new();
    GENERAL_NAME *name = GENERAL_NAME_new();
    ASN1_IA5STRING *ia5 = ASN1_IA5STRING_new();
    ASN1_STRING_set(ia5, utf8.constData(), int(utf8.size()));
    GENERAL_NAME_set0_value(name, GEN_URI, ia5);
    sk_GENERAL_NAME_push(names, name);
    const bool ok
        = X509_add1_ext_i2d(cert, NID_subject_alt_name, names, 1, X509V3_ADD_DEFAULT) == 1;
    GENERAL_NAMES_free(names);
    return ok;
}

} // namespace

FulcioCa FulcioCa::create(const QDateTime &now)
{
    FulcioCa ca;
    ca.m_key = EcKey::generate(EcKey::Curve::P384);
    // Valid long before and after the sandbox clock, which the control API can move anywhere.
    ca.m_validFrom = now.addYears(-10);
    X509 *cert = X509_new();
    X509_set_version(cert, X509_VERSION_3);
    randomSerial(cert);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(kOrganization), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(kCommonName), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    setTime(X509_getm_notBefore(cert), ca.m_validFrom);
    setTime(X509_getm_notAfter(cert), now.addYears(30));
    X509_set_pubkey(cert, ca.m_key.get());
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    const bool ok
        = addConfExtension(cert, &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:1")
        && addConfExtension(cert, &ctx, NID_key_usage, "critical,keyCertSign,cRLSign")
        && addConfExtension(cert, &ctx, NID_subject_key_identifier, "hash")
        && X509_sign(cert, ca.m_key.get(), EVP_sha384()) > 0;
    if (ok)
        ca.m_rootDer = toDer(cert);
    X509_free(cert);
    return ca;
}

FulcioCa FulcioCa::fromJson(const QJsonObject &o)
{
    FulcioCa ca;
    ca.m_key = EcKey::fromPrivatePem(o.value(QStringLiteral("key")).toString().toLatin1());
    ca.m_rootDer = QByteArray::fromBase64(o.value(QStringLiteral("root")).toString().toLatin1());
    ca.m_validFrom
        = QDateTime::fromString(o.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    X509 *cert = fromDer(ca.m_rootDer);
    if (!cert || !ca.m_key.isValid() || X509_check_private_key(cert, ca.m_key.get()) != 1)
        ca.m_rootDer.clear();
    X509_free(cert);
    return ca;
}

QJsonObject FulcioCa::toJson() const
{
    return {{QStringLiteral("key"), QString::fromLatin1(m_key.privatePem())},
            {QStringLiteral("root"), QString::fromLatin1(m_rootDer.toBase64())},
            {QStringLiteral("valid_from"), m_validFrom.toUTC().toString(Qt::ISODate)}};
}

QByteArray FulcioCa::issueLeaf(const EcKey &leafKey, const LeafIdentity &identity,
                               const QDateTime &notBefore) const
{
    X509 *root = fromDer(m_rootDer);
    if (!root)
        return {};
    X509 *cert = X509_new();
    X509_set_version(cert, X509_VERSION_3);
    randomSerial(cert);
    X509_set_issuer_name(cert, X509_get_subject_name(root)); // the subject stays empty (Fulcio)
    setTime(X509_getm_notBefore(cert), notBefore);
    setTime(X509_getm_notAfter(cert), notBefore.addSecs(kLeafLifetimeSeconds));
    X509_set_pubkey(cert, leafKey.get());
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, root, cert, nullptr, nullptr, 0);
    bool ok = addConfExtension(cert, &ctx, NID_key_usage, "critical,digitalSignature")
        && addConfExtension(cert, &ctx, NID_ext_key_usage, "codeSigning")
        && addConfExtension(cert, &ctx, NID_subject_key_identifier, "hash")
        && addConfExtension(cert, &ctx, NID_authority_key_identifier, "keyid:always")
        && addSanUri(cert, identity.subjectAlternativeUri);
    for (const auto &ext : identity.extensions)
        ok = ok && addFulcioExtension(cert, ext.first, ext.second);
    ok = ok && X509_sign(cert, m_key.get(), EVP_sha384()) > 0;
    const QByteArray der = ok ? toDer(cert) : QByteArray();
    X509_free(cert);
    X509_free(root);
    return der;
}

} // namespace td::sandbox::sigstore
