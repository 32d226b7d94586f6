// SPDX-License-Identifier: GPL-3.0-or-later
// .circleci/config.yml: CircleCI issues OIDC tokens only to jobs that run with a context, and npm
// reads the token from NPM_ID_TOKEN, which the job must fetch with the npm audience.
#include "core/trust/CiChecks.h"
#include "core/trust/CiYaml.h"
#include "core/trust/WorkflowInspector.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <string>

namespace td {

namespace {

using ciyaml::child;
using ciyaml::lineOf;
using ciyaml::scalar;

QString commandsOf(const YAML::Node &steps)
{
    QStringList out;
    if (!steps || !steps.IsSequence())
        return {};
    for (const YAML::Node &step : steps) {
        const YAML::Node run = child(step, "run");
        out << (run.IsMap() ? scalar(child(run, "command")) : scalar(run));
    }
    return out.join(QLatin1Char('\n'));
}

// job name → true when every workflow reference to it carries a context.
QHash<QString, bool> contextsByJob(const YAML::Node &workflows)
{
    QHash<QString, bool> out;
    if (!workflows || !workflows.IsMap())
        return out;
    for (const auto &wf : workflows) {
        const YAML::Node jobs = child(wf.second, "jobs");
        if (!jobs || !jobs.IsSequence())
            continue;
        for (const YAML::Node &ref : jobs) {
            QString name;
            bool hasContext = false;
            if (ref.IsScalar()) {
                name = scalar(ref);
            } else if (ref.IsMap() && ref.size() == 1) {
                const auto kv = *ref.begin();
                name = scalar(kv.first);
                // Orb jobs and renamed jobs are referenced by `name:`; `requires` is irrelevant.
                hasContext = bool(child(kv.second, "context"));
            }
            if (name.isEmpty())
                continue;
            out.insert(name, out.value(name, true) && hasContext);
        }
    }
    return out;
}

} // namespace

WorkflowReport WorkflowInspector::inspectCircleCi(const QString &file, const QString &text)
{
    WorkflowReport report;
    report.isCircleCi = true;
    const std::optional<YAML::Node> loaded = ciyaml::load(file, text, report);
    if (!loaded)
        return report;
    const YAML::Node &doc = *loaded;
    const QHash<QString, bool> contexts = contextsByJob(child(doc, "workflows"));
    const YAML::Node jobs = child(doc, "jobs");
    if (!jobs || !jobs.IsMap())
        return report;
    const QRegularExpression &tokenRef = ciyaml::authTokenReference();
    for (const auto &kv : jobs) {
        PublishJob publish;
        publish.jobId = scalar(kv.first);
        publish.line = lineOf(kv.first);
        const QString commands = commandsOf(child(kv.second, "steps"));
        publish.tools = CiChecks::publishToolsIn(commands);
        if (publish.tools.isEmpty())
            continue;
        publish.upgradesNpm = CiChecks::upgradesNpm(commands, &publish.npmVersionSpec);
        const YAML::Node docker = child(kv.second, "docker");
        if (docker && docker.IsSequence() && docker.size() > 0)
            publish.nodeVersion = CiChecks::nodeVersionOfImage(scalar(child(docker[0], "image")))
                                      .value_or(QString());
        const QString resourceClass = scalar(child(kv.second, "resource_class"));
        publish.runner = resourceClass;
        // "namespace/name" resource classes are self-hosted runners.
        publish.selfHosted = resourceClass.contains(QLatin1Char('/'));
        publish.hasIdToken
            = commands.contains(u"NPM_ID_TOKEN") && commands.contains(u"npm:registry.npmjs.org");

        if (!contexts.value(publish.jobId, false)) {
            report.findings << WorkflowFinding{
                QStringLiteral("missing-oidc-context"),
                Severity::Error,
                tr("Job \"%1\" runs without a context in every workflow that uses it. CircleCI "
                   "issues OIDC tokens only to jobs that run with at least one context.")
                    .arg(publish.jobId),
                tr("In the workflow, add a context to the job, for example:\n  - %1:\n      "
                   "context: npm-publish")
                    .arg(publish.jobId),
                file,
                publish.jobId,
                publish.line};
        }
        if (!publish.hasIdToken) {
            report.findings << WorkflowFinding{
                QStringLiteral("missing-id-token"),
                Severity::Error,
                tr("Job \"%1\" publishes but never sets NPM_ID_TOKEN with the npm audience, so npm "
                   "has "
                   "no OIDC token.")
                    .arg(publish.jobId),
                tr("Before publishing, run:\n  echo \"export NPM_ID_TOKEN=$(circleci run oidc get "
                   "--claims "
                   "'{\\\"aud\\\": \\\"npm:registry.npmjs.org\\\"}')\" >> \"$BASH_ENV\""),
                file,
                publish.jobId,
                publish.line};
        }
        if (const auto m = tokenRef.match(commands); m.hasMatch())
            report.findings << CiChecks::tokenSecretFinding(m.captured(1), file, publish.jobId,
                                                            publish.line);
        CiChecks::addToolchainFindings(publish, file, !publish.nodeVersion.isEmpty(),
                                       report.findings);
        report.publishJobs << publish;
    }
    return report;
}

} // namespace td
