// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/RegistryKeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td::provenance {

// A span of time a key or CA may be used in; an invalid end is open.
struct ValidFor
{
    QDateTime start;
    QDateTime end;
    bool covers(const QDateTime &when) const
    {
        return when.isValid() && (!start.isValid() || start <= when)
            && (!end.isValid() || when < end);
    }
};

// A transparency log (Rekor or a CT log) of trusted_root.json.
struct TransparencyLog
{
    QString baseUrl;
    QByteArray logId;     // logId.keyId decoded (SHA-256 of the key for Rekor v1 and CT)
    QByteArray publicKey; // SubjectPublicKeyInfo DER
    QString keyDetails;   // "PKIX_ECDSA_P256_SHA_256", "PKIX_ED25519", ...
    ValidFor validFor;
};

// A Fulcio certificate authority: its chain, leaf side first, root last.
struct CertificateAuthority
{
    QString uri;
    QList<QByteArray> chain; // DER
    ValidFor validFor;
};

// Sigstore's trusted_root.json plus the npm registry keys: what every provenance and registry
// signature check anchors on. A value type; nothing here is fetched at run time.
class TrustRoot
{
public:
    // trustedRootJson: a trusted_root.json, or the sandbox's combined file with a top-level
    // "npmKeys" (a /-/npm/v1/keys body), which then wins over npmKeysJson. npmKeysJson may be
    // empty when the first file carries the keys.
    static std::optional<TrustRoot> fromJson(const QByteArray &trustedRootJson,
                                             const QByteArray &npmKeysJson, QString *error);
    // A file for --trust-root and the tests: the combined form, or a trusted_root.json alone
    // (the shipped npm keys are used then).
    static std::optional<TrustRoot> fromFile(const QString &path, QString *error);
    static const TrustRoot &shipped(); // the resource files compiled in (:/provenance/...)

    const QList<TransparencyLog> &tlogs() const { return m_tlogs; }
    const QList<TransparencyLog> &ctlogs() const { return m_ctlogs; }
    const QList<CertificateAuthority> &certificateAuthorities() const { return m_cas; }
    const RegistryKeys &npmKeys() const { return m_npmKeys; }

    const TransparencyLog *tlog(const QByteArray &logId) const;

    // For tests and the sandbox: replace parts of a root.
    void setNpmKeys(const RegistryKeys &keys) { m_npmKeys = keys; }

private:
    QList<TransparencyLog> m_tlogs;
    QList<TransparencyLog> m_ctlogs;
    QList<CertificateAuthority> m_cas;
    RegistryKeys m_npmKeys;
};

} // namespace td::provenance
