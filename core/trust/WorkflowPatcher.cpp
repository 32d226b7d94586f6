// SPDX-License-Identifier: GPL-3.0-or-later
// Line-level patching of an existing GitHub workflow. yaml-cpp tells where things are (line and
// column of keys); the edit itself replaces, deletes or inserts whole text lines so everything
// else in the file — comments, quoting, blank lines — stays byte for byte.
#include "core/trust/CiChecks.h"
#include "core/trust/UnifiedDiff.h"
#include "core/trust/WorkflowWriter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

namespace td {

namespace {

struct LineEdit
{
    enum Kind { Replace, Delete, InsertBefore, Substitute }; // Substitute: text = {from, to}
    int line;                                                // 0-based
    Kind kind;
    QStringList text;
};

QString scalar(const YAML::Node &n)
{
    return (n && n.IsScalar()) ? QString::fromStdString(n.Scalar()) : QString();
}

QString pad(int columns)
{
    return QString(std::max(0, columns), QLatin1Char(' '));
}

// key node and value node of `key` in a block map, or invalid nodes.
std::pair<YAML::Node, YAML::Node> entry(const YAML::Node &map, const char *key)
{
    if (map && map.IsMap()) {
        for (const auto &kv : map) {
            if (kv.first.Scalar() == key)
                return {kv.first, kv.second};
        }
    }
    return {YAML::Node(YAML::NodeType::Undefined), YAML::Node(YAML::NodeType::Undefined)};
}

bool isBlockMap(const YAML::Node &key, const YAML::Node &value)
{
    // Only a block map below its key can be edited line by line; a list or flow map there has
    // no "name: value" lines to insert into.
    return value && value.IsMap() && value.Style() != YAML::EmitterStyle::Flow
        && value.Mark().line > key.Mark().line;
}

class JobPatcher
{
public:
    JobPatcher(const QString &jobId, const YAML::Node &jobKey, const YAML::Node &job,
               const YAML::Node &workflow, QList<LineEdit> &edits, QStringList &changes)
        : m_jobId(jobId),
          m_jobKey(jobKey),
          m_job(job),
          m_workflow(workflow),
          m_edits(edits),
          m_changes(changes)
    { }

    void patch()
    {
        const auto [stepsKey, steps] = entry(m_job, "steps");
        if (!steps || !steps.IsSequence())
            return;
        int firstPublishStep = -1;
        bool upgradesNpm = false;
        YAML::Node setupNode(YAML::NodeType::Undefined);
        for (const YAML::Node &step : steps) {
            const QString run = scalar(entry(step, "run").second);
            const QString uses = scalar(entry(step, "uses").second);
            if (firstPublishStep < 0
                && (!CiChecks::publishToolsIn(run).isEmpty()
                    || (uses.startsWith(u"changesets/action")
                        && entry(entry(step, "with").second, "publish").second)))
                firstPublishStep = step.Mark().line;
            QString npmSpec;
            if (CiChecks::upgradesNpm(run, &npmSpec)) {
                upgradesNpm = true;
                if (!CiChecks::npmSpecIsRecentEnough(npmSpec))
                    replaceOldNpm(step, npmSpec);
            }
            if (uses.startsWith(u"actions/setup-node"))
                setupNode = step;
            removeTokenEnv(entry(step, "env"));
        }
        if (firstPublishStep < 0)
            return;
        // New steps line up with the list's dash, not with the first step's keys: "-    run: x"
        // is a valid step whose keys sit further right than a new "- " line's would.
        const int stepCol = steps.Mark().column + 2;
        removeTokenEnv(entry(m_job, "env"));
        ensureIdToken();
        if (setupNode.IsMap())
            fixSetupNode(setupNode);
        else
            insertStep(firstPublishStep, stepCol,
                       {QStringLiteral("uses: actions/setup-node@v4"), QStringLiteral("with:"),
                        QStringLiteral("  node-version: 24")},
                       WorkflowWriter::tr("Added a setup-node step with Node 24 to job \"%1\"")
                           .arg(m_jobId));
        if (!upgradesNpm)
            insertStep(firstPublishStep, stepCol,
                       {QStringLiteral("run: npm install -g npm@latest")},
                       WorkflowWriter::tr(
                           "Added \"npm install -g npm@latest\" before publishing in job \"%1\"")
                           .arg(m_jobId));
    }

private:
    void insertStep(int beforeLine, int keyCol, const QStringList &lines, const QString &change)
    {
        QStringList text;
        for (int i = 0; i < lines.size(); ++i) {
            const QString prefix
                = i == 0 ? QString(pad(keyCol - 2) + QStringLiteral("- ")) : pad(keyCol);
            text << prefix + lines.at(i);
        }
        m_edits << LineEdit{beforeLine, LineEdit::InsertBefore, text};
        m_changes << change;
    }

    void replaceOldNpm(const YAML::Node &step, const QString &spec)
    {
        const auto [runKey, run] = entry(step, "run");
        if (run.Mark().line != runKey.Mark().line)
            return; // a block scalar: leave multi-line scripts to the user
        m_edits << LineEdit{runKey.Mark().line,
                            LineEdit::Substitute,
                            {QStringLiteral("npm@") + spec, QStringLiteral("npm@latest")}};
        m_changes << WorkflowWriter::tr("Replaced npm@%1 with npm@latest in job \"%2\"")
                         .arg(spec, m_jobId);
    }

    void ensureIdToken()
    {
        const auto [jobPermKey, jobPerm] = entry(m_job, "permissions");
        const auto [wfPermKey, wfPerm] = entry(m_workflow, "permissions");
        const auto grants = [](const YAML::Node &p) {
            return p
                && ((p.IsScalar() && scalar(p) == u"write-all")
                    || (p.IsMap() && scalar(entry(p, "id-token").second) == u"write"));
        };
        if (jobPerm ? grants(jobPerm) : grants(wfPerm))
            return;
        const QString change
            = WorkflowWriter::tr("Granted \"id-token: write\" to job \"%1\"").arg(m_jobId);
        // Edit the block that applies to this job: its own, or the workflow's when it has none.
        const YAML::Node key = jobPerm ? jobPermKey : wfPermKey;
        const YAML::Node value = jobPerm ? jobPerm : wfPerm;
        if (key && isBlockMap(key, value)) {
            const auto [idKey, idValue] = entry(value, "id-token");
            const int col = value.Mark().column;
            if (idKey)
                m_edits << LineEdit{idKey.Mark().line,
                                    LineEdit::Replace,
                                    {pad(col) + QStringLiteral("id-token: write")}};
            else
                m_edits << LineEdit{value.Mark().line,
                                    LineEdit::InsertBefore,
                                    {pad(col) + QStringLiteral("id-token: write")}};
            m_changes << change;
            return;
        }
        if (key && value.Mark().line > key.Mark().line)
            return; // "permissions:" with a scalar or flow map below it: its end is unknown, so
                    // rewriting only the key line would leave it behind as broken YAML
        if (key) {  // "permissions: read-all" or a flow map: rewrite that one line as a block
            const int col = key.Mark().column;
            QStringList text{pad(col) + QStringLiteral("permissions:")};
            if (value.IsMap()) {
                for (const auto &kv : value) {
                    if (kv.first.Scalar() != "id-token")
                        text << pad(col + 2) + scalar(kv.first) + QStringLiteral(": ")
                                + scalar(kv.second);
                }
            } else {
                text << pad(col + 2) + QStringLiteral("contents: read");
            }
            text << pad(col + 2) + QStringLiteral("id-token: write");
            m_edits << LineEdit{key.Mark().line, LineEdit::Replace, text};
            m_changes << change;
            return;
        }
        const int col = m_job.Mark().column;
        m_edits << LineEdit{m_jobKey.Mark().line + 1,
                            LineEdit::InsertBefore,
                            {pad(col) + QStringLiteral("permissions:"),
                             pad(col + 2) + QStringLiteral("contents: read"),
                             pad(col + 2) + QStringLiteral("id-token: write")}};
        m_changes << change;
    }

    void fixSetupNode(const YAML::Node &step)
    {
        const auto [withKey, with] = entry(step, "with");
        if (!with || !isBlockMap(withKey, with)) {
            if (!with) {
                const int col = step.Mark().column;
                const auto [usesKey, uses] = entry(step, "uses");
                m_edits << LineEdit{usesKey.Mark().line + 1,
                                    LineEdit::InsertBefore,
                                    {pad(col) + QStringLiteral("with:"),
                                     pad(col + 2) + QStringLiteral("node-version: 24")}};
                m_changes << WorkflowWriter::tr("Set Node 24 in job \"%1\"").arg(m_jobId);
            }
            return; // a flow map cannot be edited line by line; the inspector still reports it
        }
        const int col = with.Mark().column;
        const auto [registryKey, registry] = entry(with, "registry-url");
        const bool addsNodeVersion
            = !entry(with, "node-version").first && !entry(with, "node-version-file").first;
        if (registryKey) {
            m_edits << LineEdit{registryKey.Mark().line, LineEdit::Delete, {}};
            // An emptied "with:" goes too, unless node-version is about to be added to it.
            if (with.size() == 1 && !addsNodeVersion)
                m_edits << LineEdit{withKey.Mark().line, LineEdit::Delete, {}};
            m_changes << WorkflowWriter::tr(
                             "Removed registry-url from setup-node in job \"%1\" (its placeholder "
                             "token hides trusted publishing)")
                             .arg(m_jobId);
        }
        const auto [versionKey, version] = entry(with, "node-version");
        if (versionKey) {
            const auto resolved = CiChecks::resolveNodeVersion(scalar(version));
            if (resolved && *resolved < CiChecks::minimumNode()) {
                m_edits << LineEdit{versionKey.Mark().line,
                                    LineEdit::Replace,
                                    {pad(col) + QStringLiteral("node-version: 24")}};
                m_changes << WorkflowWriter::tr("Changed Node %1 to 24 in job \"%2\"")
                                 .arg(scalar(version), m_jobId);
            }
        } else if (!entry(with, "node-version-file").first) {
            m_edits << LineEdit{with.Mark().line,
                                LineEdit::InsertBefore,
                                {pad(col) + QStringLiteral("node-version: 24")}};
            m_changes << WorkflowWriter::tr("Set Node 24 in job \"%1\"").arg(m_jobId);
        }
    }

    void removeTokenEnv(const std::pair<YAML::Node, YAML::Node> &envEntry)
    {
        const auto &[envKey, env] = envEntry;
        if (!envKey || !isBlockMap(envKey, env) || !env.IsMap())
            return;
        int removed = 0;
        for (const auto &kv : env) {
            const QString name = scalar(kv.first);
            if (CiChecks::isNpmTokenVariable(name)
                && CiChecks::referencesSecret(scalar(kv.second))) {
                m_edits << LineEdit{kv.first.Mark().line, LineEdit::Delete, {}};
                m_changes << WorkflowWriter::tr("Removed %1 from job \"%2\"").arg(name, m_jobId);
                ++removed;
            }
        }
        if (removed > 0 && removed == int(env.size()))
            m_edits << LineEdit{envKey.Mark().line, LineEdit::Delete, {}};
    }

    QString m_jobId;
    YAML::Node m_jobKey;
    YAML::Node m_job;
    YAML::Node m_workflow;
    QList<LineEdit> &m_edits;
    QStringList &m_changes;
};

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// Column of the key a line starts with: past the indentation and any "- " of a list item.
qsizetype keyColumn(const QString &line)
{
    qsizetype col = 0;
    while (col < line.size()) {
        if (line.at(col) == u' ')
            ++col;
        else if (line.at(col) == u'-' && col + 1 < line.size() && line.at(col + 1) == u' ')
            col += 2;
        else
            break;
    }
    return col;
}

qsizetype indentation(const QString &line)
{
    qsizetype col = 0;
    while (col < line.size() && line.at(col) == u' ')
        ++col;
    return col;
}

// How many lines deleting the key on `line` removes: the key's line and every line of its value
// (a quoted or plain scalar continued below, a block scalar's content, a nested block), i.e. the
// following lines indented further than the key. Blank lines count only when the value goes on
// after them.
qsizetype keyAndValueLines(const QStringList &lines, qsizetype line)
{
    const qsizetype keyCol = keyColumn(lines.at(line));
    qsizetype end = line + 1;
    for (qsizetype i = line + 1; i < lines.size(); ++i) {
        if (isBlank(lines.at(i)))
            continue;
        if (indentation(lines.at(i)) <= keyCol)
            break;
        end = i + 1;
    }
    return end - line;
}

QString applyEdits(const QString &text, QList<LineEdit> edits)
{
    const bool trailingNewline = text.endsWith(QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (trailingNewline)
        lines.removeLast();
    // Bottom-up so that earlier line numbers stay valid; at one line, replace/delete before insert.
    std::stable_sort(edits.begin(), edits.end(), [](const LineEdit &a, const LineEdit &b) {
        if (a.line != b.line)
            return a.line > b.line;
        return a.kind != LineEdit::InsertBefore && b.kind == LineEdit::InsertBefore;
    });
    // Two jobs may ask for the same edit (the workflow-level permissions block): apply it once.
    const auto last
        = std::unique(edits.begin(), edits.end(), [](const LineEdit &a, const LineEdit &b) {
              return a.line == b.line && a.kind == b.kind && a.text == b.text;
          });
    edits.remove(last - edits.begin(), edits.end() - last);
    for (const LineEdit &e : std::as_const(edits)) {
        if (e.line < 0 || e.line > lines.size())
            continue;
        if (e.kind == LineEdit::InsertBefore) {
            for (qsizetype i = e.text.size() - 1; i >= 0; --i)
                lines.insert(e.line, e.text.at(i));
        } else if (e.kind == LineEdit::Substitute && e.line < lines.size()) {
            lines[e.line].replace(e.text.at(0), e.text.at(1));
        } else if (e.kind == LineEdit::Delete && e.line < lines.size()) {
            // Measured now, bottom-up: what lies below was already edited, e.g. the token lines
            // of an "env:" that is deleted as a whole.
            lines.remove(e.line, keyAndValueLines(lines, e.line));
        } else if (e.line < lines.size()) {
            lines.removeAt(e.line);
            if (e.kind == LineEdit::Replace) {
                for (qsizetype i = e.text.size() - 1; i >= 0; --i)
                    lines.insert(e.line, e.text.at(i));
            }
        }
    }
    return lines.join(QLatin1Char('\n')) + (trailingNewline ? QStringLiteral("\n") : QString());
}

} // namespace

WorkflowProposal WorkflowWriter::patchGitHubWorkflow(const QString &path, const QString &text)
{
    WorkflowProposal proposal;
    proposal.path = path;
    proposal.oldText = text;
    proposal.newText = text;
    YAML::Node doc;
    try {
        doc = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &) {
        return proposal; // nothing we can safely locate
    }
    const auto [jobsKey, jobs] = entry(doc, "jobs");
    if (!jobs || !jobs.IsMap())
        return proposal;
    QList<LineEdit> edits;
    for (const auto &kv : jobs) {
        if (kv.second.IsMap())
            JobPatcher(scalar(kv.first), kv.first, kv.second, doc, edits, proposal.changes).patch();
    }
    const QString patched = applyEdits(text, edits);
    // Safety net: the edits are line-based, and yaml-cpp accepts some files whose lines do not
    // delimit their values (a quote left open to the end of the file). Refuse rather than write
    // a workflow that no longer parses.
    try {
        (void)YAML::Load(patched.toStdString());
    } catch (const YAML::Exception &) {
        proposal.changes.clear();
        proposal.error = tr("%1 cannot be changed safely: after the edits it would no longer be "
                            "valid YAML, so nothing was changed. Check its quoting and "
                            "indentation, or make the changes by hand.")
                             .arg(path);
        return proposal;
    }
    proposal.newText = patched;
    proposal.diff = unifiedDiff(proposal.oldText, proposal.newText, path, path);
    return proposal;
}

} // namespace td
