// SPDX-License-Identifier: GPL-3.0-or-later
// The January 2027 way out (c): a CI file's `npm publish` becomes `npm stage publish`, so a
// release waits for a maintainer's approval with 2FA instead of going out directly. Line by line
// like WorkflowPatcher: only the publish command's words change; yaml-cpp checks the result.
#include "core/trust/CiChecks.h"
#include "core/trust/UnifiedDiff.h"
#include "core/trust/WorkflowWriter.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace td {

namespace {

bool parses(const QString &text)
{
    try {
        (void)YAML::Load(text.toStdString());
        return true;
    } catch (const YAML::Exception &) {
        return false;
    }
}

// A step's or job's title, not a command: "- name: npm publish" is left alone.
bool isTitleLine(const QString &line)
{
    static const QRegularExpression title(
        QStringLiteral(R"(^\s*(?:-\s+)?(?:name|description)\s*:)"));
    return title.match(line).hasMatch();
}

// What the tool's users can do instead; only npm itself can stage.
QString noStageFix(const QString &tool)
{
    if (tool == u"semantic-release")
        return WorkflowWriter::tr("@semantic-release/npm publishes directly and cannot stage: set "
                                  "npmPublish to false and add a step that runs npm stage "
                                  "publish after it.");
    if (tool == u"changesets")
        return WorkflowWriter::tr("changeset publish runs a direct publish and cannot stage: let "
                                  "it version the packages, then run npm stage publish in each "
                                  "changed package.");
    if (tool == u"lerna")
        return WorkflowWriter::tr("lerna publish cannot stage: run lerna version, then npm stage "
                                  "publish in each changed package.");
    return WorkflowWriter::tr("%1 has no staged publish: run npm stage publish in each package "
                              "folder instead (it publishes the same package.json).")
        .arg(tool);
}

} // namespace

WorkflowProposal WorkflowWriter::patchToStagePublish(const QString &path, const QString &text)
{
    WorkflowProposal proposal;
    proposal.path = path;
    proposal.oldText = text;
    proposal.newText = text;
    // The YAML around a command: indentation, "- ", a key ("run:", "script:", "command:") and an
    // opening quote; the command is what follows.
    static const QRegularExpression yamlPrefix(
        QStringLiteral(R"(^\s*(?:-\s+)?(?:[\w.-]+\s*:\s*)?["']?)"));
    // npm at a command's start (or after &&, ||, ;, |), its global flags (a workspace takes a
    // value, which never starts with "-", so a run of flags has one reading), then "publish" as
    // a whole word.
    static const QRegularExpression npmPublish(QStringLiteral(
        R"(((?:^|&&|\|\||;|\|)\s*)npm((?:\s+(?:-w|--workspace)\s+[^\s;&|"'-][^\s;&|"']*|\s+-{1,2}[A-Za-z][\w-]*(?:=[^\s;&|"']+)?)*)\s+publish(?![\w-]))"));
    static const QRegularExpression npmCommand(QStringLiteral(R"((?:^|&&|\|\||;|\|)\s*npm\s)"));
    static const QRegularExpression alreadyStaged(QStringLiteral(R"(\bstage\s+publish\b)"));
    QStringList lines = text.split(QLatin1Char('\n'));
    QStringList changedLines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (line.trimmed().startsWith(QLatin1Char('#')) || isTitleLine(line)
            || alreadyStaged.match(line).hasMatch())
            continue;
        const qsizetype commandStart = yamlPrefix.match(line).capturedEnd();
        const QString command = line.mid(commandStart);
        if (command.startsWith(u"echo "))
            continue; // words about publishing, not a publish
        const QStringList tools = CiChecks::publishToolsIn(command);
        if (tools.isEmpty())
            continue;
        const int lineNumber = int(i + 1);
        const QString tool = tools.first(); // the most specific: `pnpm changeset publish`
        if (tool != u"npm") {
            proposal.findings << WorkflowFinding{
                QStringLiteral("stage-publish-unsupported"),
                Severity::Warning,
                tr("Line %1 publishes with %2, which cannot stage a release, so TokenDesk left "
                   "it unchanged.")
                    .arg(lineNumber)
                    .arg(tool),
                noStageFix(tool),
                path,
                {},
                lineNumber};
            continue;
        }
        if (!npmCommand.match(command).hasMatch())
            continue; // "context: npm-publish" names something; it runs nothing
        const QString patchedCommand
            = QString(command).replace(npmPublish, QStringLiteral("\\1npm\\2 stage publish"));
        if (patchedCommand == command) { // "npm run publish", "npm --prefix dir publish", …
            proposal.findings << WorkflowFinding{
                QStringLiteral("stage-publish-unrecognised"),
                Severity::Warning,
                tr("Line %1 publishes through npm in a form TokenDesk does not rewrite.")
                    .arg(lineNumber),
                tr("Change it to npm stage publish by hand (for a package script, in "
                   "package.json)."),
                path,
                {},
                lineNumber};
            continue;
        }
        line = line.left(commandStart) + patchedCommand;
        changedLines << QString::number(lineNumber);
    }
    if (changedLines.isEmpty())
        return proposal;
    const QString patched = lines.join(QLatin1Char('\n'));
    // Only words inside a value changed, but a quoted scalar spread over lines could still
    // be broken: refuse rather than write a file that no longer parses.
    if (parses(text) && !parses(patched)) {
        proposal.error = tr("%1 cannot be changed safely: after the edits it would no longer be "
                            "valid YAML, so nothing was changed. Change npm publish to npm stage "
                            "publish by hand.")
                             .arg(path);
        return proposal;
    }
    proposal.changes << tr("Changed npm publish to npm stage publish on %n line(s) (%1): "
                           "releases wait for a maintainer's approval with two-factor "
                           "authentication.",
                           nullptr, int(changedLines.size()))
                            .arg(changedLines.join(QStringLiteral(", ")));
    proposal.newText = patched;
    proposal.diff = unifiedDiff(proposal.oldText, proposal.newText, path, path);
    return proposal;
}

WorkflowProposal WorkflowWriter::withStagePublish(const WorkflowProposal &proposal)
{
    if (!proposal.error.isEmpty())
        return proposal;
    const WorkflowProposal staged = patchToStagePublish(proposal.path, proposal.newText);
    WorkflowProposal out = proposal;
    out.findings << staged.findings;
    if (!staged.error.isEmpty() || staged.isEmpty())
        return out;
    out.newText = staged.newText;
    out.changes << staged.changes;
    out.diff
        = unifiedDiff(out.oldText, out.newText, out.isNewFile ? QString() : out.path, out.path);
    return out;
}

} // namespace td
