// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli trust workflow [folder] [--apply]: the January 2027 way out (c) — every CI file
// of the repository with npm publish changed to npm stage publish, shown as a unified diff;
// written only with --apply. Release tools that cannot stage are reported, never edited.
#include "TrustCommand.h"
#include "cli/CliContext.h"
#include "core/trust/RepoInspector.h"
#include "core/trust/WorkflowWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

void TrustCommand::stageWorkflows(const QString &folder)
{
    auto facts = RepoInspector::inspect(folder);
    if (!facts) {
        m_context->fail(facts.error());
        return done(1);
    }
    const QString root = facts.value().root;
    const bool apply = m_parser.isSet(QStringLiteral("apply"));
    QJsonArray json;
    int changed = 0;
    int failures = 0;
    for (const QString &path : facts.value().ciFiles) {
        QFile file(QDir(root).filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            m_context->fail(tr("%1 could not be read: %2").arg(path, file.errorString()));
            ++failures;
            continue;
        }
        const WorkflowProposal proposal
            = WorkflowWriter::patchToStagePublish(path, QString::fromUtf8(file.readAll()));
        QString written;
        if (!proposal.error.isEmpty()) {
            m_context->fail(proposal.error);
            ++failures;
        } else if (!proposal.isEmpty()) {
            ++changed;
            if (apply) {
                if (const Result<void> r = WorkflowWriter::apply(root, proposal); !r) {
                    m_context->fail(path + QStringLiteral(": ") + r.error().oneLine());
                    ++failures;
                } else {
                    written = path;
                }
            }
        }
        QJsonArray findings;
        for (const WorkflowFinding &f : proposal.findings)
            findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                        {QStringLiteral("line"), f.line},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("fix"), f.fix}});
        if (m_context->json) {
            json.append(QJsonObject{
                {QStringLiteral("file"), path},
                {QStringLiteral("diff"), proposal.diff},
                {QStringLiteral("changes"), QJsonArray::fromStringList(proposal.changes)},
                {QStringLiteral("findings"), findings},
                {QStringLiteral("written"), !written.isEmpty()}});
            continue;
        }
        m_context->out << proposal.diff;
        for (const QString &change : proposal.changes)
            m_context->out << path << QStringLiteral(": ") << change << '\n';
        for (const WorkflowFinding &f : proposal.findings)
            m_context->out << path << ':' << f.line << QStringLiteral(": ") << f.message << ' '
                           << f.fix << '\n';
        if (!written.isEmpty())
            m_context->out << tr("%1 written").arg(path) << '\n';
    }
    if (m_context->json)
        m_context->out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    else if (changed == 0)
        m_context->out << tr("No npm publish to change to npm stage publish.") << '\n';
    else if (!apply)
        m_context->out << tr("Nothing written; run again with --apply to write %n file(s).",
                             nullptr, changed)
                       << '\n';
    done(failures > 0 ? 1 : 0);
}

} // namespace td::cli
