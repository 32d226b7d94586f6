// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyCommand.h"

#include "cli/ArgReader.h"
#include "cli/CliContext.h"
#include "core/provenance/PackumentReleases.h"
#include "core/provenance/PublishPathWords.h"
#include "core/provenance/TrustConfigMemory.h"
#include "core/registry/RegistryClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace td::cli {

using namespace td::provenance;

namespace {

constexpr qint64 kMaxTrustRootBytes = 4 * 1024 * 1024;

// "@scope/name@1.2.3" → ("@scope/name", "1.2.3"); the scope's own '@' is not a separator.
std::pair<QString, QString> splitSpec(const QString &spec)
{
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {spec, {}};
    return {spec.left(at), spec.mid(at + 1)};
}

QString marker(Level level)
{
    switch (level) {
    case Level::Verified:
        return QStringLiteral("ok  ");
    case Level::Unverified:
        return QStringLiteral("??  ");
    case Level::Suspicious:
        return QStringLiteral("!!  ");
    case Level::Failed:
        break;
    }
    return QStringLiteral("FAIL");
}

QJsonObject identityJson(const PublisherIdentity &identity)
{
    return {{QStringLiteral("issuer"), identity.issuer},
            {QStringLiteral("repository"), identity.repository()},
            {QStringLiteral("repositoryId"), identity.sourceRepositoryId},
            {QStringLiteral("ownerId"), identity.sourceRepositoryOwnerId},
            {QStringLiteral("workflow"), identity.workflowFile()},
            {QStringLiteral("ref"), identity.sourceRepositoryRef},
            {QStringLiteral("commit"), identity.sourceRepositoryDigest},
            {QStringLiteral("trigger"), identity.buildTrigger},
            {QStringLiteral("runner"), identity.runnerEnvironment},
            {QStringLiteral("environment"), identity.deploymentEnvironment},
            {QStringLiteral("run"), identity.runInvocationUri}};
}

QJsonObject reportJson(const VersionReport &report)
{
    QJsonArray findings;
    for (const Finding &finding : report.verdict.findings)
        findings.append(QJsonObject{{QStringLiteral("level"), levelName(finding.level)},
                                    {QStringLiteral("code"), finding.code},
                                    {QStringLiteral("text"), finding.text}});
    QJsonObject out{
        {QStringLiteral("version"), report.release.version},
        {QStringLiteral("published"), report.release.published.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("level"), levelName(report.verdict.level)},
        {QStringLiteral("publishPath"), publishPathInWords(report.release, report.verdict.level)},
        {QStringLiteral("npmUser"), report.release.npmUser},
        {QStringLiteral("trustedPublisher"), report.release.trustedPublisher},
        {QStringLiteral("findings"), findings}};
    if (report.release.identity)
        out.insert(QStringLiteral("publisher"), identityJson(*report.release.identity));
    return out;
}

void printReport(QTextStream &out, const QString &package, const VersionReport &report)
{
    out << package << '@' << report.release.version << "  " << levelName(report.verdict.level)
        << '\n'
        << "  " << publishPathInWords(report.release, report.verdict.level) << '\n';
    for (const Finding &finding : report.verdict.findings)
        out << "    " << marker(finding.level) << "  " << finding.text << '\n';
}

} // namespace

VerifyCommand::VerifyCommand(QObject *parent, ProvenanceChecks checks)
    : Command(parent),
      m_checks(std::move(checks)),
      m_trustConfigPath(TrustConfigMemory::defaultPath())
{ }

QString VerifyCommand::summary()
{
    return tr("check who published each version: signature, provenance and publisher identity");
}

void VerifyCommand::run(const QStringList &arguments, CliContext &context)
{
    VerifyRequest request;
    QString trustRootFile;
    ArgReader reader(
        QStringLiteral("verify"),
        {{QStringLiteral("--trust-root"), ArgReader::Value}, {QStringLiteral("--all-versions")}});
    if (!reader.read(arguments)) {
        context.fail(reader.error());
        return Q_EMIT finished(1);
    }
    trustRootFile = reader.value(QStringLiteral("--trust-root"));
    request.allVersions = reader.isSet(QStringLiteral("--all-versions"));
    const QStringList positionals = reader.positionals() + reader.afterDashes();
    if (positionals.size() > 1) {
        context.fail(tr("verify: one package at a time ('%1' is extra)").arg(positionals.at(1)));
        return Q_EMIT finished(1);
    }
    const QString spec = positionals.value(0);
    std::tie(request.package, request.version) = splitSpec(spec);
    if (request.package.isEmpty()) {
        context.fail(
            tr("verify needs a package, for example: tokendesk-cli verify @acme/ui@2.4.0"));
        return Q_EMIT finished(1);
    }
    if (request.allVersions && !request.version.isEmpty()) {
        context.fail(tr("verify: give a version or --all-versions, not both"));
        return Q_EMIT finished(1);
    }
    if (!trustRootFile.isEmpty()) {
        QFile file(trustRootFile);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxTrustRootBytes) {
            context.fail(tr("verify: cannot read the trust data %1 (a trusted_root.json file of "
                            "at most 4 MiB)")
                             .arg(trustRootFile));
            return Q_EMIT finished(1);
        }
        request.trustRootJson = file.read(kMaxTrustRootBytes);
    }
    const auto remembered
        = TrustConfigMemory(m_trustConfigPath).recall(context.registry, request.package);
    if (remembered)
        request.trustConfigs = remembered->configs;

    auto *nam = new QNetworkAccessManager(this);
    auto *client = new RegistryClient(nam, context.registry, m_clock, this);
    TransportOptions options = withTimeoutSeconds({}, context.timeoutSeconds);
    options.maxResponseBytes = kMaxPackumentBytes;
    client->setTransportOptions(options);
    auto *verifier = new VersionVerifier(client, m_checks, this);
    const QString package = request.package;
    verifier->verify(
        request, [this, &context, package, remembered](Result<QList<VersionReport>> result) {
            if (!result) {
                context.fail(result.error());
                return Q_EMIT finished(1);
            }
            bool alarming = false;
            for (const VersionReport &report : result.value())
                alarming = alarming || report.verdict.level >= Level::Suspicious;
            if (context.json) {
                QJsonArray versions;
                for (const VersionReport &report : result.value())
                    versions.append(reportJson(report));
                QJsonObject out{{QStringLiteral("package"), package},
                                {QStringLiteral("registry"), context.registry.toString()},
                                {QStringLiteral("trustConfigsKnown"), bool(remembered)},
                                {QStringLiteral("versions"), versions}};
                if (remembered)
                    out.insert(QStringLiteral("trustConfigsReadAt"),
                               remembered->readAt.toUTC().toString(Qt::ISODate));
                context.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
            } else {
                if (!remembered)
                    context.out << tr("No trust configs of %1 on record: the publisher is compared "
                                      "with earlier releases only.")
                                       .arg(package)
                                << '\n';
                for (const VersionReport &report : result.value())
                    printReport(context.out, package, report);
            }
            context.out.flush();
            Q_EMIT finished(alarming ? 1 : 0);
        });
}

} // namespace td::cli
