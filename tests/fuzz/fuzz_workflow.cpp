// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub, GitLab and CircleCI workflow inspectors, the workflow writer/patcher (including the
// npm publish -> npm stage publish patch) and the trust configs' weakest-link audit over any CI
// file. The first byte picks the target; the rest is the file's text. Beyond "no crash": a
// proposal starts from the text it was given, its diff is empty exactly when nothing changes,
// and patching a file that parses never gives one that does not; every audit finding names its
// package and config and says something.
#include "FuzzCheck.h"

#include "core/trust/PackageInfo.h"
#include "core/trust/TrustAudit.h"
#include "core/trust/TrustedPublisher.h"
#include "core/trust/WorkflowInspector.h"
#include "core/trust/WorkflowWriter.h"

#include <yaml-cpp/yaml.h>

using td::WorkflowInspector;
using td::WorkflowProposal;
using td::WorkflowWriter;

namespace {

bool parsesAsYaml(const QString &text)
{
    try {
        (void)YAML::Load(text.toStdString());
        return true;
    } catch (const YAML::Exception &) {
        return false;
    }
}

// `mustStayYaml`: the patcher edits lines inside the file, so valid YAML must stay valid. The
// GitLab job is appended after the last line; yaml-cpp accepts some files it cannot extend (an
// under-indented continuation line), which GitLab itself rejects, so that check is skipped there.
void checkProposal(const WorkflowProposal &proposal, const QString &oldText, bool mustStayYaml)
{
    TD_FUZZ_CHECK(proposal.oldText == oldText, QStringLiteral("proposal lost the old text"));
    TD_FUZZ_CHECK(proposal.isEmpty() == proposal.diff.isEmpty(), proposal.diff);
    TD_FUZZ_CHECK(proposal.isEmpty() || !proposal.changes.isEmpty(),
                  QStringLiteral("a change without a description"));
    if (mustStayYaml && !proposal.isEmpty() && parsesAsYaml(oldText))
        TD_FUZZ_CHECK(parsesAsYaml(proposal.newText), proposal.newText);
}

void checkReport(const td::WorkflowReport &report)
{
    TD_FUZZ_CHECK(report.parsed == report.parseError.isEmpty(), report.parseError);
    for (const td::WorkflowFinding &finding : report.findings)
        TD_FUZZ_CHECK(!finding.id.isEmpty() && !finding.message.isEmpty(), finding.id);
}

// One config of each provider for a package whose repository is acme/widgets; the fuzzed text is
// the CI file every config names, so the audit compares real configs with arbitrary files.
void checkAudit(uint8_t which, const QString &text)
{
    td::PackageInfo package;
    package.name = QStringLiteral("@acme/widgets");
    package.repository.present = true;
    package.repository.url = (which & 0x40) ? QStringLiteral("git+https://github.com/acme/widgets")
                                            : QStringLiteral("https://gitlab.com/acme/widgets");
    QList<td::TrustedPublisher> configs;
    td::TrustedPublisher github;
    github.id = QStringLiteral("gh");
    github.type = td::TrustProvider::GitHub;
    github.repository = QStringLiteral("acme/widgets");
    github.workflowFile = QStringLiteral("publish.yml");
    github.environment = (which & 0x20) ? QStringLiteral("npm") : QString();
    github.actions = (which & 0x10) ? td::TrustActions(td::TrustAction::StagePublish)
                                    : td::TrustActions(td::TrustAction::Publish);
    configs.append(github);
    td::TrustedPublisher gitlab;
    gitlab.id = QStringLiteral("gl");
    gitlab.type = td::TrustProvider::GitLab;
    gitlab.projectPath = QStringLiteral("acme/widgets");
    gitlab.ciConfigFile = QStringLiteral(".gitlab-ci.yml");
    gitlab.actions = td::TrustAction::StagePublish;
    configs.append(gitlab);
    const auto findings = td::TrustAudit::audit(
        package, configs, [&text, which](const QString &) -> std::optional<QString> {
            if (which & 0x80)
                return std::nullopt;
            return text;
        });
    for (const td::TrustAuditFinding &finding : findings) {
        TD_FUZZ_CHECK(finding.packageName == package.name, finding.packageName);
        TD_FUZZ_CHECK(finding.configId == QLatin1String("gh")
                          || finding.configId == QLatin1String("gl"),
                      finding.configId);
        TD_FUZZ_CHECK(!finding.message.isEmpty(), td::TrustAudit::kindId(finding.kind));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t which = data[0];
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    switch (which % 8) {
    case 0:
        checkReport(
            WorkflowInspector::inspectGitHub(QStringLiteral(".github/workflows/a.yml"), text));
        break;
    case 1:
        checkReport(WorkflowInspector::inspectGitLab(QStringLiteral(".gitlab-ci.yml"), text));
        break;
    case 2:
        checkReport(
            WorkflowInspector::inspectCircleCi(QStringLiteral(".circleci/config.yml"), text));
        break;
    case 3: // reusable workflows: the text holds a caller and the called file, split at "\n---8<\n"
    {
        const qsizetype split = text.indexOf(QStringLiteral("\n---8<\n"));
        const QList<WorkflowInspector::Source> sources{
            {QStringLiteral(".github/workflows/release.yml"), split < 0 ? text : text.left(split)},
            {QStringLiteral(".github/workflows/publish.yml"),
             split < 0 ? QString() : text.mid(split + 7)}};
        for (const td::WorkflowReport &report : WorkflowInspector::inspectGitHubSet(sources))
            checkReport(report);
        break;
    }
    case 4:
        checkProposal(WorkflowWriter::patchGitHubWorkflow(
                          QStringLiteral(".github/workflows/release.yml"), text),
                      text, true);
        break;
    case 5: {
        WorkflowWriter::Options options;
        options.environment = (which & 0x40) ? QStringLiteral("npm") : QString();
        options.packageManager = (which & 0x80) ? QStringLiteral("pnpm") : QStringLiteral("npm");
        options.workspaces = (which & 0x20) != 0;
        checkProposal(WorkflowWriter::proposeGitLabJob(text, options), text, false);
        break;
    }
    case 6: { // npm publish -> npm stage publish, in each provider's file
        static const QString paths[]
            = {QStringLiteral(".github/workflows/release.yml"), QStringLiteral(".gitlab-ci.yml"),
               QStringLiteral(".circleci/config.yml")};
        const QString &path = paths[(which >> 3) % 3];
        const WorkflowProposal proposal = WorkflowWriter::patchToStagePublish(path, text);
        checkProposal(proposal, text, true);
        // Patching twice changes nothing more: "npm stage publish" is never patched again.
        if (!proposal.isEmpty())
            TD_FUZZ_CHECK(WorkflowWriter::patchToStagePublish(path, proposal.newText).isEmpty(),
                          proposal.newText);
        break;
    }
    case 7:
        checkAudit(which, text);
        break;
    }
    return 0;
}
