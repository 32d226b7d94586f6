// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub Actions workflows: publish jobs and the traps between them and trusted publishing.
#include "core/trust/CiChecks.h"
#include "core/trust/CiYaml.h"
#include "core/trust/WorkflowInspector.h"

#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <string>

namespace td {

namespace {

using ciyaml::child;
using ciyaml::lineOf;
using ciyaml::scalar;

enum class IdToken { Unset, Granted, Denied };

IdToken idTokenOf(const YAML::Node &permissions)
{
    if (!permissions)
        return IdToken::Unset;
    if (permissions.IsScalar())
        return scalar(permissions) == u"write-all" ? IdToken::Granted : IdToken::Denied;
    if (permissions.IsMap())
        return scalar(child(permissions, "id-token")) == u"write" ? IdToken::Granted
                                                                  : IdToken::Denied;
    return IdToken::Denied;
}

bool hasTrigger(const YAML::Node &on, const char *event)
{
    const QString name = QString::fromLatin1(event);
    if (!on)
        return false;
    if (on.IsScalar())
        return scalar(on) == name;
    if (on.IsSequence()) {
        for (const YAML::Node &e : on) {
            if (scalar(e) == name)
                return true;
        }
        return false;
    }
    return on.IsMap() && bool(on[std::string(event)]);
}

// A label or a list of labels.
QStringList labelList(const YAML::Node &n)
{
    QStringList labels;
    if (n.IsScalar()) {
        labels << scalar(n);
    } else if (n.IsSequence()) {
        for (const YAML::Node &l : n)
            labels << scalar(l);
    }
    return labels;
}

// runs-on: labels, or {group, labels}. Not recursive: an alias may make `labels` the map that
// holds it (`runs-on: &r {labels: *r}`).
QStringList runnerLabels(const YAML::Node &runsOn, bool *isGroup)
{
    if (!runsOn.IsMap())
        return labelList(runsOn);
    *isGroup = bool(child(runsOn, "group"));
    return labelList(child(runsOn, "labels"));
}

QString versionAfterAt(const QString &ref)
{
    const qsizetype at = ref.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : ref.mid(at + 1);
}

// The npm token variables a `env:` map passes from secrets, with the line of each.
void collectTokenEnv(const YAML::Node &env, QList<QPair<QString, int>> &out)
{
    if (!env || !env.IsMap())
        return;
    for (const auto &kv : env) {
        const QString name = scalar(kv.first);
        if (CiChecks::isNpmTokenVariable(name) && CiChecks::referencesSecret(scalar(kv.second)))
            out << qMakePair(name, lineOf(kv.first));
    }
}

class GitHubJobReader
{
public:
    GitHubJobReader(const QString &file, const QString &jobId, const YAML::Node &job,
                    IdToken workflowIdToken, WorkflowReport &report)
        : m_file(file),
          m_jobId(jobId),
          m_job(job),
          m_workflowIdToken(workflowIdToken),
          m_report(report)
    { }

    void read()
    {
        const IdToken jobIdToken = idTokenOf(child(m_job, "permissions"));
        const bool idToken = jobIdToken == IdToken::Unset ? m_workflowIdToken == IdToken::Granted
                                                          : jobIdToken == IdToken::Granted;
        if (const QString uses = scalar(child(m_job, "uses")); !uses.isEmpty()) {
            m_report.calls << WorkflowCall{
                m_jobId, QFileInfo(uses.section(QLatin1Char('@'), 0, 0)).fileName(), idToken,
                lineOf(child(m_job, "uses"))};
            return;
        }
        m_publish.jobId = m_jobId;
        m_publish.line = lineOf(m_job);
        m_publish.hasIdToken = idToken;
        readRunner();
        readEnvironment();
        collectTokenEnv(child(m_job, "env"), m_tokenEnv);
        const YAML::Node steps = child(m_job, "steps");
        if (steps && steps.IsSequence()) {
            for (const YAML::Node &step : steps)
                readStep(step);
        }
        if (m_publish.tools.isEmpty())
            return;
        report();
    }

    void addWorkflowTokenEnv(const QList<QPair<QString, int>> &env) { m_tokenEnv << env; }

private:
    void readRunner()
    {
        bool isGroup = false;
        const QStringList labels = runnerLabels(child(m_job, "runs-on"), &isGroup);
        m_publish.runner = labels.join(QStringLiteral(", "));
        for (const QString &l : labels) {
            if (!CiChecks::isGitHubHostedLabel(l))
                m_publish.selfHosted = true;
        }
        if (isGroup)
            m_publish.selfHosted = true;
    }

    void readEnvironment()
    {
        const YAML::Node env = child(m_job, "environment");
        m_publish.environment = env.IsMap() ? scalar(child(env, "name")) : scalar(env);
    }

    void readStep(const YAML::Node &step)
    {
        collectTokenEnv(child(step, "env"), m_tokenEnv);
        const QString run = scalar(child(step, "run"));
        if (!run.isEmpty()) {
            addTools(CiChecks::publishToolsIn(run), run);
            QString spec;
            if (CiChecks::upgradesNpm(run, &spec)) {
                m_publish.upgradesNpm = true;
                m_publish.npmVersionSpec = spec;
            }
        }
        const QString uses = scalar(child(step, "uses"));
        const YAML::Node with = child(step, "with");
        if (uses.startsWith(u"actions/setup-node")) {
            m_setupNodeSeen = true;
            const QString version = scalar(child(with, "node-version"));
            if (!version.isEmpty())
                m_publish.nodeVersion = version;
            m_nodeKnown = !version.isEmpty() && CiChecks::resolveNodeVersion(version).has_value();
            if (child(with, "registry-url"))
                m_registryUrlLine = lineOf(child(with, "registry-url"));
        } else if (uses.startsWith(u"changesets/action")) {
            const QString publish = scalar(child(with, "publish"));
            if (!publish.isEmpty()) {
                addTools({QStringLiteral("changesets")}, publish);
                m_publish.toolVersions.insert(QStringLiteral("changesets"), versionAfterAt(uses));
            }
        } else if (uses.startsWith(u"cycjimmy/semantic-release-action")) {
            addTools({QStringLiteral("semantic-release")}, QString());
            m_publish.toolVersions.insert(QStringLiteral("semantic-release"),
                                          scalar(child(with, "semantic_version")));
        } else if (uses.contains(u"npm-publish")) { // JS-DevTools/npm-publish takes a token input
            addTools({QStringLiteral("npm")}, QString());
            if (CiChecks::referencesSecret(scalar(child(with, "token"))))
                m_tokenEnv << qMakePair(QStringLiteral("with.token"), lineOf(child(with, "token")));
        }
    }

    void addTools(const QStringList &tools, const QString &script)
    {
        for (const QString &t : tools) {
            if (!m_publish.tools.contains(t))
                m_publish.tools << t;
        }
        // "npx semantic-release@24" pins a version on the command line.
        if (tools.contains(u"semantic-release")) {
            const qsizetype at = script.indexOf(u"semantic-release@");
            if (at >= 0)
                m_publish.toolVersions.insert(
                    QStringLiteral("semantic-release"),
                    script.mid(at + 17).section(QLatin1Char(' '), 0, 0).trimmed());
        }
    }

    void report()
    {
        QList<WorkflowFinding> &out = m_report.findings;
        if (!m_publish.hasIdToken) {
            out << WorkflowFinding{
                QStringLiteral("missing-id-token"),
                Severity::Error,
                WorkflowInspector::tr(
                    "Job \"%1\" publishes but does not have the permission "
                    "\"id-token: write\", so npm cannot get an OIDC token and falls "
                    "back to ENEEDAUTH or E404.")
                    .arg(m_jobId),
                WorkflowInspector::tr("Add to job \"%1\":\n  permissions:\n    contents: read\n    "
                                      "id-token: write")
                    .arg(m_jobId),
                m_file,
                m_jobId,
                m_publish.line};
        }
        if (m_registryUrlLine > 0) {
            out << WorkflowFinding{
                QStringLiteral("setup-node-registry-url"),
                Severity::Warning,
                WorkflowInspector::tr(
                    "actions/setup-node with registry-url writes an .npmrc that "
                    "reads NODE_AUTH_TOKEN; when it is not set the token is the "
                    "placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead "
                    "of using trusted publishing (a masked E404)."),
                WorkflowInspector::tr("Remove the registry-url line from the setup-node step."),
                m_file,
                m_jobId,
                m_registryUrlLine};
        }
        for (const auto &[name, line] : std::as_const(m_tokenEnv))
            out << CiChecks::tokenSecretFinding(name, m_file, m_jobId, line);
        CiChecks::addToolchainFindings(m_publish, m_file, m_setupNodeSeen || m_nodeKnown, out);
        m_report.publishJobs << m_publish;
    }

    QString m_file;
    QString m_jobId;
    YAML::Node m_job;
    IdToken m_workflowIdToken;
    WorkflowReport &m_report;
    PublishJob m_publish;
    QList<QPair<QString, int>> m_tokenEnv;
    bool m_setupNodeSeen = false;
    bool m_nodeKnown = false;
    int m_registryUrlLine = 0;
};

} // namespace

WorkflowReport WorkflowInspector::inspectGitHub(const QString &file, const QString &text)
{
    WorkflowReport report;
    report.provider = GitProvider::GitHub;
    const std::optional<YAML::Node> loaded = ciyaml::load(file, text, report);
    if (!loaded)
        return report;
    const YAML::Node &doc = *loaded;
    report.isReusable = hasTrigger(child(doc, "on"), "workflow_call");
    const IdToken workflowIdToken = idTokenOf(child(doc, "permissions"));
    QList<QPair<QString, int>> workflowTokenEnv;
    collectTokenEnv(child(doc, "env"), workflowTokenEnv);
    const YAML::Node jobs = child(doc, "jobs");
    if (!jobs || !jobs.IsMap())
        return report;
    for (const auto &kv : jobs) {
        GitHubJobReader reader(file, scalar(kv.first), kv.second, workflowIdToken, report);
        reader.addWorkflowTokenEnv(workflowTokenEnv);
        reader.read();
    }
    return report;
}

} // namespace td
