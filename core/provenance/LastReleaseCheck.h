// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/TrustConfigMemory.h"
#include "core/provenance/Verdict.h"
#include "core/provenance/VersionVerifier.h"
#include "core/util/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace td {
class RegistryClient;
}

namespace td::provenance {

// Where the trust data of a registry comes from. Only a loopback registry can be the sandbox
// (the practice registry runs there too), and only the sandbox serves its own trust data; any
// other registry is checked against what TokenDesk ships.
enum class TrustDataSource { Shipped, SandboxIfServed };
TrustDataSource trustDataSourceFor(const QUrl &registry);

// The last release of a package, in words for people: the publish path with the verdict, and
// the finding that decided a verdict other than "verified".
struct ReleaseVerdict
{
    QString package;
    QString version;
    Level level = Level::Unverified;
    QString publishPath; // "Published by GitHub Actions from acme/ui, release.yml on … — …"
    QString reason;      // translated; empty when verified

    QString inWords() const; // publishPath, then the reason
};

// The verdict of a version report as the desktop shows it.
ReleaseVerdict releaseVerdictOf(const QString &package, const VersionReport &report);

// Verifies the latest version of a package on an account's registry (VersionVerifier, with the
// trust configs TokenDesk remembers for it) and answers with the verdict in words. Nothing
// blocks; the sandbox's trust data is fetched once and kept.
class LastReleaseCheck : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<ReleaseVerdict>)>;

    LastReleaseCheck(RegistryClient *client, TrustDataSource source,
                     QString trustConfigPath = TrustConfigMemory::defaultPath(),
                     ProvenanceChecks checks = ProvenanceChecks::real(), QObject *parent = nullptr);

    // Answers once, on this thread, unless `context` or this object is destroyed first.
    void check(const QString &package, QObject *context, Done done);

private:
    void withTrustData(std::function<void(const QByteArray &)> then);

    RegistryClient *m_client;
    TrustDataSource m_source;
    QString m_trustConfigPath;
    VersionVerifier m_verifier;
    std::optional<QByteArray> m_trustRoot; // empty bytes: the shipped data
    QList<std::function<void(const QByteArray &)>> m_waitingForTrustData;
};

} // namespace td::provenance
