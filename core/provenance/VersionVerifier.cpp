// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/VersionVerifier.h"

#include "core/provenance/CertificateIdentity.h"
#include "core/provenance/PackumentReleases.h"
#include "core/provenance/PublishPolicy.h"
#include "core/provenance/RegistrySignature.h"
#include "core/provenance/TrustRoot.h"
#include "core/registry/RegistryClient.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <vector>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::VersionVerifier)
};

constexpr int kHistoryDepth = 3;    // earlier versions with provenance checked as history
constexpr int kParallelFetches = 6; // what QNetworkAccessManager opens per host anyway

Finding registrySignatureOf(const QByteArray &manifestJson, const QString &name,
                            const QString &version, const QDateTime &published,
                            const TrustRoot &root)
{
    const auto manifest
        = nlohmann::json::parse(manifestJson.cbegin(), manifestJson.cend(), nullptr, false);
    return verifyRegistrySignature(manifest, name, version, published, root);
}

} // namespace

ProvenanceChecks ProvenanceChecks::real()
{
    return {registrySignatureOf, verifyAttestations, readCertificateIdentity};
}

struct VerifyRun
{
    VerifyRequest request;
    VersionVerifier::Done done;
    PackumentReleases packument;
    std::shared_ptr<const TrustRoot> ownRoot; // from the trust data given (shared with the cache)
    const TrustRoot *root = nullptr;
    QList<int> toVerify; // indexes into packument.releases, oldest first
    QList<int> reported;
    std::vector<std::optional<Result<QByteArray>>> documents; // per release, when fetched
    QList<int> queue;                                         // releases whose document to fetch
    int next = 0;
    int outstanding = 0;
};

namespace {

// Which versions to verify: the asked ones, and for a single version its latest earlier ones
// with provenance (their identities are its history).
Result<void> select(VerifyRun &run)
{
    const QList<PackumentRelease> &all = run.packument.releases;
    if (run.request.allVersions) {
        for (int i = 0; i < all.size(); ++i)
            run.toVerify.append(i);
        run.reported = run.toVerify;
        return {};
    }
    const QString version
        = run.request.version.isEmpty() ? run.packument.latest : run.request.version;
    int target = -1;
    for (int i = 0; i < all.size(); ++i)
        if (all[i].evidence.version == version)
            target = i;
    if (target < 0)
        return Error{
            ErrorCode::E404,
            Tr::tr("%1 has no version %2 on this registry.")
                .arg(run.request.package, version.isEmpty() ? Tr::tr("(latest)") : version),
            Tr::tr("Check the version with 'npm view %1 versions'.").arg(run.request.package)};
    int depth = 0;
    for (int i = target - 1; i >= 0 && depth < kHistoryDepth; --i)
        if (all[i].evidence.hasAttestations && all[i].evidence.published.isValid()) {
            run.toVerify.prepend(i);
            ++depth;
        }
    run.toVerify.append(target);
    run.reported = {target};
    return {};
}

Verdict verdictFor(const VerifyRun &run, const ProvenanceChecks &checks, int index,
                   const PublishHistory &history, std::optional<PublisherIdentity> *identity)
{
    const PackumentRelease &release = run.packument.releases[index];
    const QString &name = run.request.package;
    const QString &version = release.evidence.version;
    QList<Finding> found;
    found.append(checks.registrySignature(release.manifestJson, name, version,
                                          release.evidence.published, *run.root));
    const auto &document = run.documents[size_t(index)];
    if (!release.evidence.hasAttestations) {
        found.append({Level::Unverified, QStringLiteral("provenance"),
                      Tr::tr("No provenance: nothing signed says which repository or workflow "
                             "built this version.")});
    } else if (!document || !*document) {
        found.append({Level::Unverified, QStringLiteral("attestations"),
                      Tr::tr("Could not fetch the attestations: %1")
                          .arg(document ? (*document).error().message : QString())});
    } else if ((*document).value().size() > kMaxAttestationsBytes) {
        found.append({Level::Failed, QStringLiteral("attestations"),
                      Tr::tr("Could not verify: the attestations are larger than 4 MiB.")});
    } else {
        const BundleCheck bundle
            = checks.attestations((*document).value(), name, version, release.integrity, *run.root);
        found += bundle.verdict.findings;
        if (!bundle.leafCertificateDer.isEmpty() && bundle.verdict.level != Level::Failed) {
            QString error;
            *identity = checks.identity(bundle.leafCertificateDer, &error);
            if (!*identity)
                found.append({Level::Failed, QStringLiteral("identity-certificate"), error});
        }
    }
    ReleaseEvidence evidence = release.evidence;
    evidence.identity = *identity;
    found += PublishPolicy::judge(evidence, run.request.trustConfigs, history).findings;
    return verdictOf(std::move(found));
}

} // namespace

VersionVerifier::VersionVerifier(RegistryClient *client, ProvenanceChecks checks, QObject *parent)
    : QObject(parent), m_client(client), m_checks(std::move(checks))
{ }

void VersionVerifier::verify(const VerifyRequest &request, Done done)
{
    verifyPackument(request, {}, std::move(done));
}

void VersionVerifier::verifyPackument(const VerifyRequest &request, const QByteArray &packumentJson,
                                      Done done)
{
    auto run = std::make_shared<VerifyRun>();
    run->request = request;
    run->done = std::move(done);

    const auto evaluate = [this, run] {
        PublishHistory history;
        for (const PackumentRelease &release : run->packument.releases)
            history.releases.append(release.evidence);
        QList<VersionReport> reports;
        for (int index : std::as_const(run->toVerify)) {
            std::optional<PublisherIdentity> identity;
            const Verdict verdict = verdictFor(*run, m_checks, index, history, &identity);
            history.releases[index].identity = identity;
            if (run->reported.contains(index))
                reports.append({history.releases[index], run->packument.releases[index].integrity,
                                verdict, history.before(history.releases[index].published)});
        }
        run->done(reports);
    };

    // Fetches the attestations documents, a few at a time, then evaluates.
    auto pump = std::make_shared<std::function<void()>>();
    // The loop holds itself only weakly; each fetch in flight holds it strongly, so it lives
    // exactly as long as something can still call it.
    *pump = [this, run, evaluate, weakPump = std::weak_ptr<std::function<void()>>(pump)] {
        const auto self = weakPump.lock();
        while (run->next < run->queue.size() && run->outstanding < kParallelFetches) {
            const int index = run->queue[run->next++];
            const PackumentRelease &release = run->packument.releases[index];
            ++run->outstanding;
            m_client->attestations(run->request.package, release.evidence.version,
                                   release.attestationsUrl, this,
                                   [run, index, evaluate, self](Result<QByteArray> document) {
                                       run->documents[size_t(index)] = std::move(document);
                                       --run->outstanding;
                                       if (run->next == run->queue.size() && run->outstanding == 0)
                                           return evaluate();
                                       (*self)();
                                   });
        }
        if (run->queue.isEmpty())
            evaluate();
    };

    const auto fetchAll = [run, pump] {
        run->documents.resize(size_t(run->packument.releases.size()));
        for (int index : std::as_const(run->toVerify))
            if (run->packument.releases[index].evidence.hasAttestations)
                run->queue.append(index);
        (*pump)();
    };

    const auto withPackument = [this, run, fetchAll](const Result<QByteArray> &body) {
        if (!body)
            return run->done(body.error());
        QString error;
        auto packument = readPackumentReleases(body.value(), &error);
        if (!packument)
            return run->done(Error{ErrorCode::MalformedResponse, error, {}});
        run->packument = std::move(*packument);
        if (const Result<void> chosen = select(*run); !chosen)
            return run->done(chosen.error());
        if (run->request.trustRootJson.isEmpty()) {
            run->root = &TrustRoot::shipped();
            return fetchAll();
        }
        if (m_cachedRoot && m_cachedRootJson == run->request.trustRootJson) {
            run->ownRoot = m_cachedRoot;
            run->root = run->ownRoot.get();
            return fetchAll();
        }
        m_client->npmKeys(this, [this, run, fetchAll](Result<QByteArray> keys) {
            QString rootError;
            std::optional<TrustRoot> root = TrustRoot::fromJson(
                run->request.trustRootJson, keys ? keys.value() : QByteArray(), &rootError);
            if (!root)
                return run->done(
                    Error{ErrorCode::InvalidInput,
                          Tr::tr("The trust data could not be read: %1").arg(rootError),
                          Tr::tr("Give a trusted_root.json file, such as the sandbox's "
                                 "/-/sandbox/trusted-root.")});
            run->ownRoot = std::make_shared<const TrustRoot>(std::move(*root));
            run->root = run->ownRoot.get();
            if (keys) { // one built without the registry's keys is not kept
                m_cachedRootJson = run->request.trustRootJson;
                m_cachedRoot = run->ownRoot;
            }
            fetchAll();
        });
    };
    if (!packumentJson.isEmpty())
        return withPackument(packumentJson);
    m_client->packumentJson(request.package, this, withPackument);
}

} // namespace td::provenance
