// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiTargetDiscovery.h"

#include "core/util/LocalFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <memory>

namespace td::ci_discovery {

namespace {

constexpr qint64 kWorkflowCap = 1024 * 1024;

std::optional<YAML::Node> loadYaml(const QString &path)
{
    auto bytes = readLocalFile(path, kWorkflowCap);
    if (!bytes.ok())
        return std::nullopt;
    try {
        return YAML::Load(bytes.value().toStdString());
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

QString scalarOf(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

YAML::Node childOf(const YAML::Node &map, const char *key)
{
    if (!map || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    for (const auto &kv : map) {
        if (kv.first.IsScalar() && kv.first.Scalar() == key)
            return kv.second;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString environmentName(const YAML::Node &job)
{
    const YAML::Node env = childOf(job, "environment");
    const QString name = env.IsMap() ? scalarOf(childOf(env, "name")) : scalarOf(env);
    // An expression ("${{ inputs.env }}", "review/$CI_COMMIT_REF_NAME") names no one store.
    if (name.contains(QLatin1Char('$')))
        return {};
    return name;
}

// CircleCI's organization slug for a remote: "gh/acme", "bb/acme".
QString circleCiVcs(const GitRemote &remote)
{
    return remote.host == QLatin1String("bitbucket.org") ? QStringLiteral("bb")
                                                         : QStringLiteral("gh");
}

} // namespace

QString repositoryRootOf(const QString &workflowPath)
{
    for (const QLatin1String marker : {QLatin1String("/.github/"), QLatin1String("/.circleci/")}) {
        const qsizetype at = workflowPath.lastIndexOf(marker);
        if (at >= 0)
            return workflowPath.left(at);
    }
    return QFileInfo(workflowPath).absolutePath();
}

std::optional<GitRemote> preferredRemote(const QList<GitRemote> &remotes, GitProvider provider)
{
    QList<GitRemote> ordered;
    for (const GitRemote &remote : remotes) {
        if (remote.isValid())
            remote.name == QLatin1String("origin") ? ordered.prepend(remote)
                                                   : ordered.append(remote);
    }
    for (const GitRemote &remote : std::as_const(ordered)) {
        if (remote.provider == provider)
            return remote;
    }
    if (ordered.isEmpty())
        return std::nullopt;
    return ordered.first();
}

QString jobEnvironmentAt(const QString &workflowPath, int line)
{
    const auto doc = loadYaml(workflowPath);
    if (!doc || !doc->IsMap())
        return {};
    // GitHub: jobs.<id>; GitLab: every top-level mapping is a job.
    const YAML::Node githubJobs = childOf(*doc, "jobs");
    const YAML::Node jobs = githubJobs.IsMap() ? githubJobs : *doc;
    int bestLine = -1;
    YAML::Node best;
    for (const auto &kv : jobs) {
        const int start = kv.first.Mark().line + 1; // yaml-cpp counts from 0
        if (kv.second.IsMap() && start <= line && start > bestLine) {
            bestLine = start;
            best = kv.second;
        }
    }
    return bestLine < 0 ? QString() : environmentName(best);
}

QStringList circleCiContexts(const QString &configPath)
{
    QStringList contexts;
    const auto doc = loadYaml(configPath);
    if (!doc)
        return contexts;
    const YAML::Node workflows = childOf(*doc, "workflows");
    if (!workflows.IsMap())
        return contexts;
    auto add = [&](const QString &name) {
        if (!name.isEmpty() && !name.contains(QLatin1Char('<')) && !contexts.contains(name))
            contexts.append(name);
    };
    for (const auto &workflow : workflows) {
        const YAML::Node jobs = childOf(workflow.second, "jobs");
        if (!jobs.IsSequence())
            continue;
        for (const YAML::Node &ref : jobs) {
            if (!ref.IsMap() || ref.size() != 1)
                continue;
            const YAML::Node context = childOf(ref.begin()->second, "context");
            if (context.IsSequence()) {
                for (const YAML::Node &item : context)
                    add(scalarOf(item));
            } else {
                add(scalarOf(context));
            }
        }
    }
    return contexts;
}

QList<CiSecretTarget> candidatesFor(const CredentialFinding &finding, const GitRemote &remote)
{
    QList<CiSecretTarget> out;
    CiSecretTarget base;
    base.name = finding.variable;
    if (finding.source == CredentialSource::GitHubWorkflow) {
        base.host = remote.host;
        base.owner = remote.owner;
        base.repo = remote.repo;
        CiSecretTarget repository = base;
        repository.kind = CiStoreKind::GitHubRepository;
        out.append(repository);
        const QString environment = jobEnvironmentAt(finding.file, finding.line);
        if (!environment.isEmpty()) {
            CiSecretTarget env = base;
            env.kind = CiStoreKind::GitHubEnvironment;
            env.scope = environment;
            out.append(env);
        }
        CiSecretTarget organization = base;
        organization.kind = CiStoreKind::GitHubOrganization;
        organization.repo.clear();
        out.append(organization);
    } else if (finding.source == CredentialSource::GitLabCi) {
        base.host = remote.host;
        base.kind = CiStoreKind::GitLabProject;
        base.owner = remote.path();
        const QString environment = jobEnvironmentAt(finding.file, finding.line);
        if (!environment.isEmpty()) {
            CiSecretTarget scoped = base;
            scoped.scope = environment;
            out.append(scoped);
        }
        base.scope = QStringLiteral("*");
        out.append(base);
        QStringList groups = remote.groups();
        while (!groups.isEmpty()) {
            CiSecretTarget group = base;
            group.kind = CiStoreKind::GitLabGroup;
            group.owner = groups.join(QLatin1Char('/'));
            out.append(group);
            groups.removeLast();
        }
    } else if (finding.source == CredentialSource::CircleCi) {
        base.host = ciDefaultHost(CiProvider::CircleCi);
        CiSecretTarget project = base;
        project.kind = CiStoreKind::CircleCiProject;
        project.owner = circleCiVcs(remote) + QLatin1Char('/') + remote.path();
        out.append(project);
        for (const QString &context : circleCiContexts(finding.file)) {
            CiSecretTarget ctx = base;
            ctx.kind = CiStoreKind::CircleCiContext;
            ctx.owner = circleCiVcs(remote) + QLatin1Char('/') + remote.owner;
            ctx.scope = context;
            out.append(ctx);
        }
    }
    return out;
}

QList<CiReference> referencesIn(const QList<CredentialFinding> &findings)
{
    QList<CiReference> out;
    for (const CredentialFinding &finding : findings) {
        if (finding.form != CredentialForm::CiSecret || finding.variable.isEmpty())
            continue;
        // CircleCI builds GitHub (or Bitbucket) repositories.
        const GitProvider hosting = finding.source == CredentialSource::GitLabCi
            ? GitProvider::GitLab
            : GitProvider::GitHub;
        const auto remote
            = preferredRemote(readGitRemotes(repositoryRootOf(finding.file)), hosting);
        if (!remote)
            continue;
        CiReference reference{finding, candidatesFor(finding, *remote)};
        if (!reference.candidates.isEmpty())
            out.append(reference);
    }
    return out;
}

namespace {

struct Resolver : std::enable_shared_from_this<Resolver>
{
    QList<std::pair<CiSecretTarget, CredentialFinding>> queue;
    CiDescribe describe;
    std::function<void(CiResolution)> done;
    CiResolution result;
    qsizetype next = 0;

    void step()
    {
        if (next >= queue.size())
            return done(std::move(result));
        // Copies, not a structured binding: clang 14 cannot capture those in a lambda.
        const CiSecretTarget target = queue.at(next).first;
        const CredentialFinding finding = queue.at(next).second;
        ++next;
        auto self = shared_from_this();
        describe(target, [self, target, finding](Result<CiSecretState> state) {
            if (state && state.value().exists)
                self->result.targets.append({target, state.value(), finding});
            else if (!state && state.error().code != ErrorCode::E404) {
                const QString problem = QCoreApplication::translate("td::CiTargetDiscovery",
                                                                    "%1 could not be checked: %2")
                                            .arg(target.label(), state.error().oneLine());
                if (!self->result.problems.contains(problem))
                    self->result.problems.append(problem);
            }
            self->step();
        });
    }
};

} // namespace

void resolve(const QList<CiReference> &references, const CiDescribe &describe,
             std::function<void(CiResolution)> done)
{
    auto resolver = std::make_shared<Resolver>();
    resolver->describe = describe;
    resolver->done = std::move(done);
    QStringList seen;
    for (const CiReference &reference : references) {
        for (const CiSecretTarget &target : reference.candidates) {
            if (seen.contains(target.id()))
                continue;
            seen.append(target.id());
            resolver->queue.append({target, reference.finding});
        }
    }
    resolver->step();
}

} // namespace td::ci_discovery
