// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/BundleVerifier.h"
#include "core/provenance/PublishHistory.h"
#include "core/provenance/Verdict.h"
#include "core/trust/TrustedPublisher.h"
#include "core/util/Result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace td {
class RegistryClient;
}

namespace td::provenance {

class TrustRoot;

// The cryptographic steps VersionVerifier runs, injectable so tests can fake them.
struct ProvenanceChecks
{
    // verifyRegistrySignature over versions[v] (compact JSON).
    std::function<Finding(const QByteArray &manifestJson, const QString &name,
                          const QString &version, const QDateTime &published, const TrustRoot &)>
        registrySignature;
    std::function<BundleCheck(const QByteArray &attestationsJson, const QString &name,
                              const QString &version, const QString &integrity, const TrustRoot &)>
        attestations;
    std::function<std::optional<PublisherIdentity>(const QByteArray &leafDer, QString *error)>
        identity;

    static ProvenanceChecks real(); // the core's own functions
};

struct VerifyRequest
{
    QString package;
    QString version;                      // empty: dist-tags.latest (unless allVersions)
    bool allVersions = false;             // every version, oldest first
    QList<TrustedPublisher> trustConfigs; // what TokenDesk remembers; empty: none on record
    QByteArray trustRootJson;             // --trust-root's file; empty: the shipped trust data
};

struct VersionReport
{
    ReleaseEvidence release; // with the identity of its verified provenance leaf, if any
    QString integrity;
    Verdict verdict; // registry signature, attestations, identity and history findings
    // The releases published before it that it was judged against, with the identities of
    // those verified here (the publish watch names them: "earlier releases came from …").
    QList<ReleaseEvidence> history;
};

inline constexpr qint64 kMaxAttestationsBytes = 4LL * 1024 * 1024;

// Who published which version, checked end to end: the full packument, the trust data (shipped,
// or a file plus the registry's /-/npm/v1/keys), each version's registry signature, its
// attestations (fetched from the account's registry only), the identity in the verified
// provenance leaf, then PublishPolicy against the trust configs and the versions before it.
// For a single version the three latest earlier versions with provenance are verified too, as
// its history; only the asked versions are reported.
class VersionVerifier : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<QList<VersionReport>>)>;

    explicit VersionVerifier(RegistryClient *client,
                             ProvenanceChecks checks = ProvenanceChecks::real(),
                             QObject *parent = nullptr);

    // Answers once, on this thread, unless this object is destroyed first.
    void verify(const VerifyRequest &request, Done done);
    // The same over a full packument the caller has just read (the publish watch's poller):
    // no second fetch of it.
    void verifyPackument(const VerifyRequest &request, const QByteArray &packumentJson, Done done);

private:
    RegistryClient *m_client;
    ProvenanceChecks m_checks;
    // The trust data given with the registry's /-/npm/v1/keys, read and parsed once and reused
    // while the same trust data comes: the publish watch verifies every new version of every
    // package through one verifier (against the sandbox that was a keys request and a parse of
    // the trust data per version).
    QByteArray m_cachedRootJson;
    std::shared_ptr<const TrustRoot> m_cachedRoot;
};

} // namespace td::provenance
