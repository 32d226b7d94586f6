// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli trust check <folder>: the verifier's report for every publishable package, and
// the weakest-link audit over EVERY trust config each package holds.
#include "TrustCommand.h"
#include "cli/CliContext.h"
#include "core/trust/RepoInspector.h"
#include "core/trust/TrustAudit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {

// The one GitHub workflow of the repository, when there is exactly one.
QString onlyGitHubWorkflow(const QStringList &ciFiles)
{
    QStringList workflows;
    for (const QString &f : ciFiles)
        if (f.startsWith(QLatin1String(".github/workflows/")))
            workflows << QFileInfo(f).fileName();
    return workflows.size() == 1 ? workflows.first() : QString();
}

QString firstGitHubWorkflow(const QStringList &ciFiles)
{
    for (const QString &f : ciFiles)
        if (f.startsWith(QLatin1String(".github/workflows/")))
            return QFileInfo(f).fileName();
    return {};
}

} // namespace

void TrustCommand::check(const QString &folder)
{
    auto facts = RepoInspector::inspect(folder);
    if (!facts) {
        m_context->fail(facts.error());
        return done(1);
    }
    // A package.json that cannot be read or parsed hides its package: no check can pass then.
    if (!facts.value().warnings.isEmpty()) {
        for (const QString &warning : facts.value().warnings)
            m_context->fail(warning);
        return done(1);
    }
    const auto remote = facts.value().primaryRemote();
    if (!remote || remote->provider == GitProvider::Other) {
        m_context->fail(tr("%1 has no GitHub or GitLab remote to check against").arg(folder));
        return done(1);
    }
    QString file = m_parser.value(QStringLiteral("file"));
    if (file.isEmpty())
        file = remote->provider == GitProvider::GitLab ? QStringLiteral(".gitlab-ci.yml")
                                                       : onlyGitHubWorkflow(facts.value().ciFiles);
    // Several workflows and no --file: there is no one config to expect, but every config is
    // still compared with the workflow it names (the audit), as a package may hold several.
    const QString firstWorkflow = firstGitHubWorkflow(facts.value().ciFiles);
    const bool auditOnly = file.isEmpty() && !firstWorkflow.isEmpty();
    if (auditOnly)
        file = firstWorkflow; // only for the planner's repository checks
    if (file.isEmpty()) {
        m_context->fail(tr("the repository has no workflow: say which with --file"));
        return done(1);
    }
    TrustActions actions;
    if (m_parser.isSet(QStringLiteral("allow-publish")))
        actions |= TrustAction::Publish;
    if (m_parser.isSet(QStringLiteral("allow-stage-publish")))
        actions |= TrustAction::StagePublish;
    if (!actions) // what `trust github|gitlab` creates without flags
        actions = TrustAction::StagePublish;
    const TrustedPublisher desired = TrustPlanner::desiredConfig(
        *remote, file, m_parser.value(QStringLiteral("env")), actions);
    const QList<PackageInfo> packages = facts.value().publishablePackages();
    QStringList names;
    for (const PackageInfo &p : packages)
        names << p.name;

    const QString root = facts.value().root;
    const TrustAudit::FileReader readFile = [root](const QString &path) -> std::optional<QString> {
        QFile ciFile(QDir(root).filePath(path));
        if (!QFileInfo(ciFile).isFile() || !ciFile.open(QIODevice::ReadOnly))
            return std::nullopt;
        return QString::fromUtf8(ciFile.readAll());
    };
    withService([this, desired, packages, names, remote, readFile,
                 auditOnly](RegistryClient *client, TrustService *) {
        readTrust(
            client, names, {},
            [this, desired, packages, remote, readFile,
             auditOnly](const QList<TrustListing> &read) {
                QHash<QString, PackageRegistryState> states;
                for (const TrustListing &l : read)
                    states[l.packageName] = PackageRegistryState{l.exists, l.configs, {}};
                const QList<PackagePlan> plans
                    = TrustPlanner::plan(packages, states, desired, *remote);
                int problems = 0;
                QJsonArray json;
                for (const PackagePlan &plan : plans) {
                    QStringList lines;
                    bool ok = false;
                    switch (plan.action) {
                    case PackagePlan::Action::Bootstrap:
                        lines << tr("%1: not on the registry yet; publish it once, then set up "
                                    "trusted publishing.")
                                     .arg(plan.packageName);
                        break;
                    case PackagePlan::Action::Skip:
                        ok = true;
                        break;
                    default:
                        if (auditOnly) {
                            const int count = int(states.value(plan.packageName).configs.size());
                            ok = count > 0;
                            lines << (ok ? tr("%1: %n trusted publisher(s) on npm, each compared "
                                              "with the workflow it names.",
                                              nullptr, count)
                                         : tr("%1: no trusted publisher is configured on npm."))
                                         .arg(plan.packageName);
                            break;
                        }
                        ok = plan.verification.matches();
                        lines << plan.verification.summary();
                        for (const FieldMismatch &m : plan.verification.mismatches)
                            lines << QStringLiteral("  - ") + m.message;
                    }
                    // With auditOnly they are about a config nobody asked for.
                    for (const QString &problem : auditOnly ? QStringList() : plan.problems) {
                        ok = false;
                        lines << QStringLiteral("  - ") + problem;
                    }
                    // Every config, not just the closest: any of them can publish. Direct
                    // publish and a missing environment are weak but work; a config naming a
                    // missing file or another repository, or refusing what its workflow does,
                    // is wrong.
                    QJsonArray findings;
                    for (const PackageInfo &p : packages) {
                        if (p.name != plan.packageName)
                            continue;
                        for (const TrustAuditFinding &f :
                             TrustAudit::audit(p, states.value(p.name).configs, readFile)) {
                            const bool wrong = TrustAudit::isWrong(f.kind);
                            ok = ok && !wrong;
                            lines << (wrong ? QStringLiteral("  - ") : QStringLiteral("  ! "))
                                    + f.message;
                            findings.append(
                                QJsonObject{{QStringLiteral("id"), f.configId},
                                            {QStringLiteral("finding"), TrustAudit::kindId(f.kind)},
                                            {QStringLiteral("message"), f.message}});
                        }
                    }
                    if (!plan.repository.matches && !plan.repository.problem.isEmpty()) {
                        ok = false;
                        lines << QStringLiteral("  - ") + plan.repository.problem;
                        if (!plan.repository.fixJson.isEmpty())
                            lines << QStringLiteral("    ") + plan.repository.fixJson;
                    }
                    problems += ok ? 0 : 1;
                    json.append(
                        QJsonObject{{QStringLiteral("package"), plan.packageName},
                                    {QStringLiteral("ok"), ok},
                                    {QStringLiteral("report"), QJsonArray::fromStringList(lines)},
                                    {QStringLiteral("audit"), findings}});
                    if (!m_context->json)
                        for (const QString &line : lines)
                            m_context->out << line << '\n';
                }
                if (m_context->json)
                    m_context->out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
                if (problems > 0) {
                    m_context->fail(tr("%n package(s) need attention", nullptr, problems));
                    return done(1);
                }
                done(0);
            });
    });
}

} // namespace td::cli
