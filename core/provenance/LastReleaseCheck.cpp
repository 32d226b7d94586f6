// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/LastReleaseCheck.h"

#include "core/provenance/PublishPathWords.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/UrlPolicy.h"

#include <QCoreApplication>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::LastReleaseCheck)
};

} // namespace

TrustDataSource trustDataSourceFor(const QUrl &registry)
{
    return isLoopbackHost(registry.host()) ? TrustDataSource::SandboxIfServed
                                           : TrustDataSource::Shipped;
}

QString ReleaseVerdict::inWords() const
{
    if (reason.isEmpty())
        return publishPath;
    //: %1 the publish path and verdict ("Published by … — suspicious"), %2 why
    return Tr::tr("%1: %2").arg(publishPath, reason);
}

ReleaseVerdict releaseVerdictOf(const QString &package, const VersionReport &report)
{
    ReleaseVerdict verdict;
    verdict.package = package;
    verdict.version = report.release.version;
    verdict.level = report.verdict.level;
    verdict.publishPath = publishPathInWords(report.release, report.verdict.level);
    // The first finding as bad as the verdict is the one that decided it.
    if (report.verdict.level != Level::Verified)
        for (const Finding &finding : report.verdict.findings)
            if (finding.level == report.verdict.level) {
                verdict.reason = finding.text;
                break;
            }
    return verdict;
}

LastReleaseCheck::LastReleaseCheck(RegistryClient *client, TrustDataSource source,
                                   QString trustConfigPath, ProvenanceChecks checks,
                                   QObject *parent)
    : QObject(parent),
      m_client(client),
      m_source(source),
      m_trustConfigPath(std::move(trustConfigPath)),
      m_verifier(client, std::move(checks))
{
    if (m_source == TrustDataSource::Shipped)
        m_trustRoot = QByteArray();
}

void LastReleaseCheck::withTrustData(std::function<void(const QByteArray &)> then)
{
    if (m_trustRoot)
        return then(*m_trustRoot);
    m_waitingForTrustData.append(std::move(then));
    if (m_waitingForTrustData.size() > 1)
        return; // the fetch is under way
    m_client->sandboxTrustedRoot(this, [this](Result<QByteArray> root) {
        // A loopback registry that is not the sandbox (a local Verdaccio) has none: the shipped
        // data then. Only an answer is kept, so a passing failure is tried again next time.
        const QByteArray data = root ? root.value() : QByteArray();
        if (root)
            m_trustRoot = data;
        const auto waiting = std::exchange(m_waitingForTrustData, {});
        for (const auto &answer : waiting)
            answer(data);
    });
}

void LastReleaseCheck::check(const QString &package, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    withTrustData([this, package, guard, done = std::move(done)](const QByteArray &trustRoot) {
        if (!guard)
            return;
        VerifyRequest request;
        request.package = package;
        request.trustRootJson = trustRoot;
        if (const auto remembered
            = TrustConfigMemory(m_trustConfigPath).recall(m_client->baseUrl(), package))
            request.trustConfigs = remembered->configs;
        m_verifier.verify(request, [package, guard, done](Result<QList<VersionReport>> reports) {
            if (!guard)
                return;
            if (!reports)
                return done(reports.error());
            if (reports.value().isEmpty())
                return done(Error{ErrorCode::E404,
                                  Tr::tr("%1 has no release to check yet.").arg(package),
                                  Tr::tr("Publish a version first.")});
            done(releaseVerdictOf(package, reports.value().constFirst()));
        });
    });
}

} // namespace td::provenance
