// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything the sandbox signs with, per sandbox state (kept in the --state file): the registry
// key (dist.signatures, /-/npm/v1/keys, publish attestations), the sandbox Fulcio CA, the
// transparency log, and the attestations documents of the versions that have them.
#include "Attestations.h"
#include "EcKey.h"
#include "FulcioCa.h"
#include "TransparencyLog.h"
#include "sandbox/state/Model.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace td::sandbox::sigstore {

class SandboxSigstore
{
public:
    // From the --state form; fresh keys when `persisted` is empty or does not parse.
    static SandboxSigstore load(const QJsonObject &persisted, const QDateTime &now);
    // Private keys and the log only when !redacted (the --state file).
    QJsonObject toJson(bool redacted) const;

    QString registryKeyId() const { return m_registryKeyId; }
    // GET /-/npm/v1/keys
    QJsonObject keysJson() const;
    // GET /-/sandbox/trusted-root: trusted_root.json with this CA and log, plus "npmKeys".
    QJsonObject trustedRoot(const QString &baseUrl) const;

    // dist.signatures over "<name>@<version>:<dist.integrity>" (nothing without integrity).
    void signVersion(const QString &name, const QString &version, QJsonObject &manifest) const;
    // Makes and keeps the attestations document; returns dist.attestations (a registry path
    // that the packument answer makes absolute).
    QJsonObject attest(const AttestationInput &in);
    std::optional<QJsonObject> document(const QString &name, const QString &version) const;

    // After loading a seed or state: every version gets an integrity (a small tarball for the
    // seed's shorthand versions), a signature by the current key, and — when it says it has
    // attestations but none are kept — a document from its package's trust config.
    void prepareLoaded(QMap<QString, Package> &packages,
                       const QString &registryUrl = QStringLiteral("http://127.0.0.1"));

private:
    EcKey m_registryKey;
    QString m_registryKeyId;
    QDateTime m_registryKeyCreated;
    FulcioCa m_ca;
    TransparencyLog m_log;
    QMap<QString, QJsonObject> m_documents; // "name@version" → document
};

// The id-token claims a job of the package's first GitHub or GitLab trust config would carry
// (on main), with "x_sandbox_provider"; empty when it has none.
QJsonObject claimsOfTrustConfig(const Package &package);

// The attestations path of a version: "/-/npm/v1/attestations/<name>@<version>", the scope's
// slash as %2f (npmjs's form).
QString attestationsPath(const QString &name, const QString &version);

} // namespace td::sandbox::sigstore
