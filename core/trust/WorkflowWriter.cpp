// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/WorkflowWriter.h"

#include "core/trust/UnifiedDiff.h"
#include "core/util/AtomicFile.h"
#include "core/util/LocalFile.h"

#include <QDir>
#include <QFileInfo>

namespace td {

namespace {

QString installCommand(const QString &packageManager)
{
    if (packageManager == u"pnpm")
        return QStringLiteral("pnpm install --frozen-lockfile");
    if (packageManager == u"yarn")
        return QStringLiteral("yarn install --immutable");
    return QStringLiteral("npm ci");
}

// npm does the OIDC exchange itself; pnpm and yarn publishing may not, so the generated file
// always publishes with npm.
QString publishCommand(bool workspaces)
{
    return workspaces ? QStringLiteral("npm publish --workspaces --access public")
                      : QStringLiteral("npm publish --access public");
}

} // namespace

WorkflowProposal WorkflowWriter::proposeGitHubWorkflow(const Options &options)
{
    QString text = QStringLiteral("# Publishes to npm through trusted publishing (OIDC): no npm "
                                  "token is stored anywhere.\n"
                                  "# The trusted publisher on npmjs.com must name this file: %1\n"
                                  "name: Publish to npm\n"
                                  "on:\n"
                                  "  release:\n"
                                  "    types: [published]\n"
                                  "  workflow_dispatch:\n"
                                  "permissions:\n"
                                  "  contents: read\n"
                                  "jobs:\n"
                                  "  publish:\n"
                                  "    runs-on: ubuntu-latest\n")
                       .arg(options.fileName);
    if (!options.environment.isEmpty())
        text += QStringLiteral("    environment: %1\n").arg(options.environment);
    text += QStringLiteral("    permissions:\n"
                           "      contents: read\n"
                           "      id-token: write\n"
                           "    steps:\n"
                           "      - uses: actions/checkout@v4\n");
    if (options.packageManager == u"pnpm")
        text += QStringLiteral("      - uses: pnpm/action-setup@v4\n");
    text += QStringLiteral("      - uses: actions/setup-node@v4\n"
                           "        with:\n"
                           "          node-version: 24\n"
                           "      # Trusted publishing needs npm 11.5.1 or newer.\n"
                           "      - run: npm install -g npm@latest\n"
                           "      - run: %1\n"
                           "      - run: %2\n")
                .arg(installCommand(options.packageManager), publishCommand(options.workspaces));

    WorkflowProposal proposal;
    proposal.path = QStringLiteral(".github/workflows/") + options.fileName;
    proposal.isNewFile = true;
    proposal.newText = text;
    proposal.changes
        << tr("New workflow %1 that publishes through trusted publishing").arg(proposal.path);
    proposal.diff = unifiedDiff(QString(), text, QString(), proposal.path);
    return proposal;
}

WorkflowProposal WorkflowWriter::proposeGitLabJob(const QString &existingText,
                                                  const Options &options)
{
    QString job = QStringLiteral(
        "# Publishes to npm through trusted publishing (OIDC): no npm token is stored anywhere.\n"
        "publish-npm:\n"
        "  image: node:24\n");
    if (!options.environment.isEmpty())
        job += QStringLiteral("  environment: %1\n").arg(options.environment);
    job += QStringLiteral("  id_tokens:\n"
                          "    NPM_ID_TOKEN:\n"
                          "      aud: \"npm:registry.npmjs.org\"\n"
                          "    SIGSTORE_ID_TOKEN:\n"
                          "      aud: sigstore\n"
                          "  rules:\n"
                          "    - if: $CI_COMMIT_TAG\n"
                          "  script:\n"
                          "    - npm install -g npm@latest\n"
                          "    - %1\n"
                          "    - %2\n")
               .arg(installCommand(options.packageManager), publishCommand(options.workspaces));

    WorkflowProposal proposal;
    proposal.path = QStringLiteral(".gitlab-ci.yml");
    proposal.isNewFile = existingText.isEmpty();
    proposal.oldText = existingText;
    QString separator;
    if (!existingText.isEmpty())
        separator = existingText.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n")
                                                             : QStringLiteral("\n\n");
    proposal.newText = existingText + separator + job;
    proposal.changes << tr("Added job publish-npm with NPM_ID_TOKEN to %1").arg(proposal.path);
    proposal.diff = unifiedDiff(existingText, proposal.newText,
                                proposal.isNewFile ? QString() : proposal.path, proposal.path);
    return proposal;
}

Result<void> WorkflowWriter::apply(const QString &repoRoot, const WorkflowProposal &proposal)
{
    const QString abs = QDir(repoRoot).filePath(proposal.path);
    const QFileInfo info(abs);
    auto current = readLocalFile(abs, kConfigFileCap);
    const QString onDisk = current ? QString::fromUtf8(current.value()) : QString();
    if (!current && current.error().code != ErrorCode::NotFound)
        return current.error();
    if (onDisk != proposal.oldText || (proposal.isNewFile && info.exists()))
        return makeError(
            ErrorCode::InvalidInput,
            tr("%1 changed since the proposal was made; nothing was written.").arg(proposal.path),
            tr("Review the proposal again."));
    // CI files are ordinary repository files: keep their mode, or the usual 0644 for new ones.
    const QFileDevice::Permissions mode = info.exists()
        ? info.permissions()
        : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
           | QFileDevice::ReadOther);
    return writeFileAtomically(abs, proposal.newText.toUtf8(), mode);
}

} // namespace td
