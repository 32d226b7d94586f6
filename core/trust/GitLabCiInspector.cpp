// SPDX-License-Identifier: GPL-3.0-or-later
// .gitlab-ci.yml: publish jobs, their id_tokens (NPM_ID_TOKEN with the npm audience, and
// SIGSTORE_ID_TOKEN for provenance), runner tags, images and token variables.
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

const QString kNpmAudience = QStringLiteral("npm:registry.npmjs.org");

// GitLab flattens nested script lists up to 10 levels deep and refuses deeper ones.
constexpr int kMaxScriptNesting = 10;

// script: a string, or a list of strings and nested lists (from YAML anchors). An alias may
// point back into the list that holds it (`.x: &a [cmd, *a]`), so the depth is bounded.
QString scriptText(const YAML::Node &n, int depth = 0)
{
    if (!n || depth > kMaxScriptNesting)
        return {};
    if (n.IsScalar())
        return scalar(n);
    QStringList lines;
    if (n.IsSequence()) {
        for (const YAML::Node &item : n)
            lines << scriptText(item, depth + 1);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList audiences(const YAML::Node &token)
{
    const YAML::Node aud = child(token, "aud");
    if (aud.IsScalar())
        return {scalar(aud)};
    QStringList out;
    if (aud.IsSequence()) {
        for (const YAML::Node &a : aud)
            out << scalar(a);
    }
    return out;
}

bool isReservedKey(const QString &key)
{
    static const QStringList reserved = {
        QStringLiteral("default"),      QStringLiteral("include"),  QStringLiteral("stages"),
        QStringLiteral("variables"),    QStringLiteral("workflow"), QStringLiteral("image"),
        QStringLiteral("services"),     QStringLiteral("cache"),    QStringLiteral("before_script"),
        QStringLiteral("after_script"), QStringLiteral("spec"),
    };
    return reserved.contains(key) || key.startsWith(QLatin1Char('.'));
}

// Inherited from `default:` when the job does not set it.
YAML::Node jobOrDefault(const YAML::Node &job, const YAML::Node &defaults, const char *key)
{
    const YAML::Node own = child(job, key);
    return own ? own : child(defaults, key);
}

void checkIdTokens(const YAML::Node &idTokens, PublishJob &job, const QString &file,
                   QList<WorkflowFinding> &out)
{
    bool sigstore = false;
    QString npmTokenUnderOtherName;
    bool npmTokenWrongAudience = false;
    if (idTokens && idTokens.IsMap()) {
        for (const auto &kv : idTokens) {
            const QString name = scalar(kv.first);
            const QStringList aud = audiences(kv.second);
            if (name == u"SIGSTORE_ID_TOKEN" && aud.contains(u"sigstore"))
                sigstore = true;
            if (name == u"NPM_ID_TOKEN") {
                job.hasIdToken = aud.contains(kNpmAudience);
                npmTokenWrongAudience = !job.hasIdToken;
            } else if (aud.contains(kNpmAudience)) {
                npmTokenUnderOtherName = name;
            }
        }
    }
    const QString fix
        = WorkflowInspector::tr(
              "Add to job \"%1\":\n  id_tokens:\n    NPM_ID_TOKEN:\n      aud: "
              "\"npm:registry.npmjs.org\"\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore")
              .arg(job.jobId);
    if (npmTokenWrongAudience) {
        out << WorkflowFinding{
            QStringLiteral("id-token-wrong-audience"),
            Severity::Error,
            WorkflowInspector::tr("NPM_ID_TOKEN in job \"%1\" does not have the audience "
                                  "\"npm:registry.npmjs.org\", so the registry refuses it.")
                .arg(job.jobId),
            fix,
            file,
            job.jobId,
            job.line};
    } else if (!job.hasIdToken && !npmTokenUnderOtherName.isEmpty()) {
        out << WorkflowFinding{
            QStringLiteral("id-token-wrong-name"),
            Severity::Error,
            WorkflowInspector::tr("Job \"%1\" requests an npm id token as %2, but npm only "
                                  "reads NPM_ID_TOKEN.")
                .arg(job.jobId, npmTokenUnderOtherName),
            fix,
            file,
            job.jobId,
            job.line};
    } else if (!job.hasIdToken) {
        out << WorkflowFinding{
            QStringLiteral("missing-id-token"),
            Severity::Error,
            WorkflowInspector::tr("Job \"%1\" publishes but declares no NPM_ID_TOKEN in "
                                  "id_tokens, so npm has no OIDC token and fails with "
                                  "ENEEDAUTH or E404.")
                .arg(job.jobId),
            fix,
            file,
            job.jobId,
            job.line};
    }
    if (!sigstore) {
        out << WorkflowFinding{
            QStringLiteral("missing-sigstore-token"),
            Severity::Info,
            WorkflowInspector::tr("Job \"%1\" declares no SIGSTORE_ID_TOKEN (audience "
                                  "\"sigstore\"), so no provenance is published.")
                .arg(job.jobId),
            fix,
            file,
            job.jobId,
            job.line};
    }
}

} // namespace

WorkflowReport WorkflowInspector::inspectGitLab(const QString &file, const QString &text)
{
    WorkflowReport report;
    report.provider = GitProvider::GitLab;
    const std::optional<YAML::Node> loaded = ciyaml::load(file, text, report);
    if (!loaded)
        return report;
    const YAML::Node &doc = *loaded;
    if (!doc.IsMap())
        return report;
    const YAML::Node defaults = child(doc, "default");
    const QRegularExpression &tokenRef = ciyaml::authTokenReference();
    for (const auto &kv : doc) {
        const QString jobId = scalar(kv.first);
        const YAML::Node job = kv.second;
        if (isReservedKey(jobId) || !job.IsMap())
            continue;
        const QString script = scriptText(jobOrDefault(job, defaults, "before_script"))
            + QLatin1Char('\n') + scriptText(child(job, "script"));
        PublishJob publish;
        publish.jobId = jobId;
        publish.line = lineOf(kv.first);
        publish.tools = CiChecks::publishToolsIn(script);
        if (publish.tools.isEmpty())
            continue;
        publish.upgradesNpm = CiChecks::upgradesNpm(script, &publish.npmVersionSpec);
        YAML::Node image = jobOrDefault(job, defaults, "image");
        if (!image)
            image = child(doc, "image");
        const QString imageName = image.IsMap() ? scalar(child(image, "name")) : scalar(image);
        publish.nodeVersion = CiChecks::nodeVersionOfImage(imageName).value_or(QString());
        const YAML::Node tags = jobOrDefault(job, defaults, "tags");
        QStringList tagList;
        if (tags && tags.IsSequence()) {
            for (const YAML::Node &t : tags)
                tagList << scalar(t);
        }
        publish.runner = tagList.join(QStringLiteral(", "));
        // GitLab.com hosted runners are chosen with "saas-…" tags; any other tag picks a
        // project or group runner, which npm does not accept.
        for (const QString &t : std::as_const(tagList)) {
            if (!t.startsWith(u"saas-"))
                publish.selfHosted = true;
        }
        const YAML::Node env = child(job, "environment");
        publish.environment = env.IsMap() ? scalar(child(env, "name")) : scalar(env);

        checkIdTokens(jobOrDefault(job, defaults, "id_tokens"), publish, file, report.findings);
        if (const auto m = tokenRef.match(script); m.hasMatch())
            report.findings << CiChecks::tokenSecretFinding(m.captured(1), file, jobId,
                                                            publish.line);
        CiChecks::addToolchainFindings(publish, file, !publish.nodeVersion.isEmpty(),
                                       report.findings);
        report.publishJobs << publish;
    }
    return report;
}

} // namespace td
