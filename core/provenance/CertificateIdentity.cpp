// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/CertificateIdentity.h"

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::CertificateIdentity)
};

constexpr int kMaxCertificateBytes = 64 * 1024;
constexpr int kMaxValueBytes = 4096;
constexpr char kFulcioPrefix[] = "1.3.6.1.4.1.57264.1.";

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct NamesFree
{
    void operator()(GENERAL_NAMES *n) const { GENERAL_NAMES_free(n); }
};
struct Utf8Free
{
    void operator()(ASN1_UTF8STRING *s) const { ASN1_UTF8STRING_free(s); }
};

// The n of 1.3.6.1.4.1.57264.1.<n>, or 0 for any other extension.
int fulcioArc(const ASN1_OBJECT *object)
{
    char text[80];
    const int length = OBJ_obj2txt(text, sizeof text, object, 1);
    if (length <= 0 || length >= int(sizeof text))
        return 0;
    const QByteArray oid(text, length);
    if (!oid.startsWith(kFulcioPrefix))
        return 0;
    bool ok = false;
    const int arc = oid.mid(int(sizeof kFulcioPrefix) - 1).toInt(&ok);
    return ok && arc > 0 ? arc : 0;
}

// A value as text: no NUL, valid within the size bound.
std::optional<QString> textOf(const unsigned char *data, int length)
{
    if (length < 0 || length > kMaxValueBytes)
        return std::nullopt;
    const QByteArray bytes(reinterpret_cast<const char *>(data), length);
    if (bytes.contains('\0'))
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

// .8 onward: the extension's content is a DER UTF8String, consumed exactly.
std::optional<QString> derUtf8(const ASN1_OCTET_STRING *content)
{
    const unsigned char *cursor = ASN1_STRING_get0_data(content);
    const long length = ASN1_STRING_length(content);
    const unsigned char *end = cursor + length;
    std::unique_ptr<ASN1_UTF8STRING, Utf8Free> value(d2i_ASN1_UTF8STRING(nullptr, &cursor, length));
    if (!value || cursor != end)
        return std::nullopt;
    return textOf(ASN1_STRING_get0_data(value.get()), ASN1_STRING_length(value.get()));
}

QString *slotFor(PublisherIdentity &identity, int arc)
{
    switch (arc) {
    case 8:
        return &identity.issuer;
    case 9:
        return &identity.buildSignerUri;
    case 11:
        return &identity.runnerEnvironment;
    case 12:
        return &identity.sourceRepositoryUri;
    case 13:
        return &identity.sourceRepositoryDigest;
    case 14:
        return &identity.sourceRepositoryRef;
    case 15:
        return &identity.sourceRepositoryId;
    case 17:
        return &identity.sourceRepositoryOwnerId;
    case 18:
        return &identity.buildConfigUri;
    case 20:
        return &identity.buildTrigger;
    case 21:
        return &identity.runInvocationUri;
    case 23:
        return &identity.deploymentEnvironment;
    default:
        return nullptr;
    }
}

struct Legacy // the deprecated raw-byte extensions .1–.6
{
    QString issuer, trigger, digest, repository, ref;
};

void storeLegacy(Legacy &legacy, int arc, const QString &value)
{
    switch (arc) {
    case 1:
        legacy.issuer = value;
        break;
    case 2:
        legacy.trigger = value;
        break;
    case 3:
        legacy.digest = value;
        break;
    case 5:
        legacy.repository = value;
        break;
    case 6:
        legacy.ref = value;
        break;
    default:
        break; // .4 workflow name: a display name, not an identity
    }
}

// Certificates from before .8 existed (2023) carry only .1–.6: fill what they say. Their SAN
// is the workflow reference, which then stands for the build config too.
void applyLegacy(PublisherIdentity &identity, const Legacy &legacy)
{
    const auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    fill(identity.issuer, legacy.issuer);
    fill(identity.buildTrigger, legacy.trigger);
    fill(identity.sourceRepositoryDigest, legacy.digest);
    fill(identity.sourceRepositoryRef, legacy.ref);
    if (identity.sourceRepositoryUri.isEmpty() && !legacy.repository.isEmpty()
        && identity.isGitHubActions())
        identity.sourceRepositoryUri = QStringLiteral("https://github.com/") + legacy.repository;
    if (identity.buildConfigUri.isEmpty() && identity.isGitHubActions())
        identity.buildConfigUri = identity.subjectAlternativeName;
    if (identity.buildSignerUri.isEmpty() && identity.isGitHubActions())
        identity.buildSignerUri = identity.subjectAlternativeName;
}

std::optional<QString> sanUri(X509 *certificate, bool *malformed)
{
    int critical = 0;
    std::unique_ptr<GENERAL_NAMES, NamesFree> names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, &critical, nullptr)));
    if (!names) {
        *malformed = critical != -1; // -1: none; -2: more than one; 0/1: undecodable DER
        return QString();
    }
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_URI)
            return textOf(ASN1_STRING_get0_data(name->d.uniformResourceIdentifier),
                          ASN1_STRING_length(name->d.uniformResourceIdentifier));
        if (name->type == GEN_EMAIL)
            return textOf(ASN1_STRING_get0_data(name->d.rfc822Name),
                          ASN1_STRING_length(name->d.rfc822Name));
    }
    return QString();
}

std::nullopt_t fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}

} // namespace

std::optional<PublisherIdentity> readCertificateIdentity(const QByteArray &leafDer, QString *error)
{
    if (leafDer.isEmpty() || leafDer.size() > kMaxCertificateBytes)
        return fail(error,
                    Tr::tr("Could not verify: the provenance certificate is empty or "
                           "larger than TokenDesk accepts."));
    const auto *cursor = reinterpret_cast<const unsigned char *>(leafDer.constData());
    const unsigned char *end = cursor + leafDer.size();
    std::unique_ptr<X509, X509Free> certificate(d2i_X509(nullptr, &cursor, leafDer.size()));
    if (!certificate || cursor != end)
        return fail(error,
                    Tr::tr("Could not verify: the provenance certificate is not valid "
                           "DER. The registry's data may be damaged; try again later."));

    const QString malformedExtension
        = Tr::tr("Could not verify: the provenance certificate's extension %1 is malformed.");
    PublisherIdentity identity;
    bool sanMalformed = false;
    const std::optional<QString> san = sanUri(certificate.get(), &sanMalformed);
    if (!san || sanMalformed)
        return fail(error, malformedExtension.arg(QStringLiteral("subjectAltName")));
    identity.subjectAlternativeName = *san;

    Legacy legacy;
    QList<int> seen;
    for (int i = 0; i < X509_get_ext_count(certificate.get()); ++i) {
        X509_EXTENSION *extension = X509_get_ext(certificate.get(), i);
        const int arc = fulcioArc(X509_EXTENSION_get_object(extension));
        if (arc == 0)
            continue;
        const QString oid = QLatin1String(kFulcioPrefix) + QString::number(arc);
        if (seen.contains(arc)) // a second copy could say something else: trust neither
            return fail(error, malformedExtension.arg(oid));
        seen.append(arc);
        const ASN1_OCTET_STRING *content = X509_EXTENSION_get_data(extension);
        if (arc <= 6) {
            const auto value = textOf(ASN1_STRING_get0_data(content), ASN1_STRING_length(content));
            if (!value)
                return fail(error, malformedExtension.arg(oid));
            storeLegacy(legacy, arc, *value);
            continue;
        }
        QString *slot = slotFor(identity, arc);
        if (!slot)
            continue; // known but unused (.10, .16, .19, .22) or newer than this reader
        const auto value = derUtf8(content);
        if (!value)
            return fail(error, malformedExtension.arg(oid));
        *slot = *value;
    }
    applyLegacy(identity, legacy);
    if (identity.issuer.isEmpty())
        return fail(error,
                    Tr::tr("Could not verify: the provenance certificate names no "
                           "issuer, so it says nothing about who published."));
    return identity;
}

} // namespace td::provenance
