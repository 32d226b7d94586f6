// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnose/CiLogDiagnoser.h"

#include "core/diagnose/DiagnosisRules.h"
#include "core/util/LocalFile.h"
#include "core/util/Logging.h"

#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>

namespace td {

namespace {

constexpr int kMaxEvidence = 3;

QString translated(const char *text)
{
    return QCoreApplication::translate("td::CiLogDiagnoser", text);
}

// CI logs carry ANSI colours and, on GitHub, an ISO timestamp before every line.
QString cleanLine(QString line)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    static const QRegularExpression timestamp(QStringLiteral(R"(^\d{4}-\d\d-\d\dT[\d:.]+Z\s?)"));
    if (line.contains(QLatin1Char('\x1b')))
        line.remove(ansi);
    line.remove(timestamp);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

struct CompiledRule
{
    const DiagnosisRule *rule;
    QList<QRegularExpression> patterns;
    QList<QRegularExpression> context; // see DiagnosisRule::context
};

QList<QRegularExpression> compile(const char *patterns)
{
    QList<QRegularExpression> out;
    for (const QString &p :
         QString::fromUtf8(patterns).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << QRegularExpression(p);
    return out;
}

bool matchesAny(const QList<QRegularExpression> &patterns, const QString &line)
{
    return std::any_of(patterns.begin(), patterns.end(),
                       [&line](const QRegularExpression &re) { return re.match(line).hasMatch(); });
}

const QList<CompiledRule> &compiledRules()
{
    static const QList<CompiledRule> compiled = [] {
        QList<CompiledRule> out;
        for (const DiagnosisRule &rule : diagnosisRules()) {
            out << CompiledRule{&rule, compile(rule.patterns),
                                rule.context ? compile(rule.context) : QList<QRegularExpression>{}};
        }
        return out;
    }();
    return compiled;
}

// Every pattern of every rule in one expression: most lines of a long log match none, and one
// match per line instead of one per pattern keeps a 40 MiB log to seconds.
const QRegularExpression &anyRule()
{
    static const QRegularExpression any = [] {
        QStringList alternatives;
        for (const CompiledRule &c : compiledRules()) {
            for (const QRegularExpression &re : c.patterns + c.context)
                alternatives << QStringLiteral("(?:") + re.pattern() + QLatin1Char(')');
        }
        return QRegularExpression(alternatives.join(QLatin1Char('|')));
    }();
    return any;
}

DiagnosisCause causeFrom(const DiagnosisRule &rule)
{
    DiagnosisCause cause;
    cause.id = QString::fromLatin1(rule.id);
    cause.tableRow = rule.tableRow;
    cause.isFailure = rule.isFailure;
    cause.title = translated(rule.title);
    cause.explanation = translated(rule.explanation);
    cause.fixes = translated(rule.fixes).split(QLatin1Char('\n'));
    cause.score = rule.weight;
    return cause;
}

void addEvidence(DiagnosisCause &cause, const QString &line, int lineNumber)
{
    if (cause.firstLine == 0)
        cause.firstLine = lineNumber;
    const QString shown = redact(line.trimmed());
    if (cause.evidence.size() < kMaxEvidence && !cause.evidence.contains(shown))
        cause.evidence << shown;
}

const DiagnosisRule *ruleById(const char *id)
{
    for (const DiagnosisRule &r : diagnosisRules()) {
        if (qstrcmp(r.id, id) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace

bool Diagnosis::hasKnownCause() const
{
    return std::any_of(causes.begin(), causes.end(),
                       [](const DiagnosisCause &c) { return c.isFailure; });
}

QString Diagnosis::summary() const
{
    if (causes.isEmpty())
        return CiLogDiagnoser::tr(
            "No known cause found in this log. Run the publish again with "
            "--loglevel verbose and paste the whole log: npm prints the details of "
            "trusted publishing only at that level.");
    return causes.first().title;
}

CiLogDiagnoser::CiLogDiagnoser()
{
    for (const CompiledRule &c : compiledRules())
        m_causes << causeFrom(*c.rule);
    m_matched.fill(false, m_causes.size());
    m_contextMatched.fill(false, m_causes.size());
}

void CiLogDiagnoser::addLine(const QString &rawLine)
{
    ++m_lineCount;
    const QString line = cleanLine(rawLine);
    const QList<CompiledRule> &rules = compiledRules();
    const bool anyMatch = anyRule().match(line).hasMatch();
    for (qsizetype r = 0; anyMatch && r < rules.size(); ++r) {
        const bool matched = matchesAny(rules.at(r).patterns, line);
        // Only the first context line is evidence: the error lines must not be crowded out.
        const bool firstContext = !m_contextMatched[r] && matchesAny(rules.at(r).context, line);
        m_matched[r] = m_matched[r] || matched;
        m_contextMatched[r] = m_contextMatched[r] || firstContext;
        if (matched || firstContext)
            addEvidence(m_causes[r], line, m_lineCount);
    }
    // npm's own version line wins over the "npm ERR!" prefix, wherever either is.
    if (!line.contains(QLatin1String("npm ")))
        return; // both version markers start with "npm "
    const QString version = npmVersionOnLine(line);
    const bool explicitVersion = version.contains(QLatin1Char('.'));
    if (!version.isEmpty()
        && (m_npmVersion.isEmpty()
            || (explicitVersion && !m_npmVersion.contains(QLatin1Char('.'))))) {
        m_npmVersion = version;
        m_npmVersionLine = m_lineCount;
        m_npmVersionText = line;
    }
}

Diagnosis CiLogDiagnoser::finish() const
{
    QList<DiagnosisCause> causes;
    const QList<CompiledRule> &rules = compiledRules();
    for (qsizetype r = 0; r < m_causes.size(); ++r) {
        if (m_matched[r] && (rules.at(r).context.isEmpty() || m_contextMatched[r]))
            causes << m_causes.at(r);
    }

    // npm's own version line: an npm older than 11.5.1 cannot do trusted publishing at all.
    const bool explicitVersion = m_npmVersion.contains(QLatin1Char('.'));
    const bool tooOld = !m_npmVersion.isEmpty()
        && QVersionNumber::fromString(m_npmVersion) < QVersionNumber(11, 5, 1);
    if (tooOld) {
        auto existing = std::find_if(causes.begin(), causes.end(), [](const DiagnosisCause &c) {
            return c.id == u"npm-too-old";
        });
        if (existing == causes.end()) {
            DiagnosisCause cause = causeFrom(*ruleById("npm-too-old"));
            // "npm ERR!" only says npm ≤ 10; it ranks above the generic symptoms, below any
            // specific message.
            if (!explicitVersion)
                cause.score = 65;
            causes << cause;
            existing = causes.end() - 1;
        }
        addEvidence(*existing, m_npmVersionText, m_npmVersionLine);
    }

    std::stable_sort(causes.begin(), causes.end(),
                     [](const DiagnosisCause &a, const DiagnosisCause &b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         return a.firstLine < b.firstLine;
                     });
    return Diagnosis{causes};
}

Diagnosis CiLogDiagnoser::diagnose(const QString &log)
{
    CiLogDiagnoser diagnoser;
    for (const QString &line : log.split(QLatin1Char('\n')))
        diagnoser.addLine(line);
    return diagnoser.finish();
}

Result<Diagnosis> CiLogDiagnoser::diagnose(QIODevice &log)
{
    CiLogDiagnoser diagnoser;
    auto read = LogLineReader::read(log, [&diagnoser](const QString &line) {
        diagnoser.addLine(line);
        return true;
    });
    if (!read)
        return read.error();
    return diagnoser.finish();
}

Result<Diagnosis> CiLogDiagnoser::diagnoseFile(const QString &path)
{
    CiLogDiagnoser diagnoser;
    auto read = LogLineReader::readFile(path, [&diagnoser](const QString &line) {
        diagnoser.addLine(line);
        return true;
    });
    if (!read)
        return read.error();
    return diagnoser.finish();
}

QList<QPair<QString, int>> CiLogDiagnoser::ruleIds()
{
    QList<QPair<QString, int>> out;
    for (const DiagnosisRule &r : diagnosisRules())
        out << qMakePair(QString::fromLatin1(r.id), r.tableRow);
    return out;
}

} // namespace td
