// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnose/CiLogDiagnoser.h"

#include "diagnose/DiagnosisRules.h"
#include "util/Logging.h"

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
QStringList cleanLines(const QString &log)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    static const QRegularExpression timestamp(QStringLiteral(R"(^\d{4}-\d\d-\d\dT[\d:.]+Z\s?)"));
    QStringList lines = log.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line.remove(ansi);
        line.remove(timestamp);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

struct CompiledRule
{
    const DiagnosisRule *rule;
    QList<QRegularExpression> patterns;
};

const QList<CompiledRule> &compiledRules()
{
    static const QList<CompiledRule> compiled = [] {
        QList<CompiledRule> out;
        for (const DiagnosisRule &rule : diagnosisRules()) {
            CompiledRule c{&rule, {}};
            for (const QString &p :
                 QString::fromUtf8(rule.patterns).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                c.patterns << QRegularExpression(p);
            out << c;
        }
        return out;
    }();
    return compiled;
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

Diagnosis CiLogDiagnoser::diagnose(const QString &log)
{
    const QStringList lines = cleanLines(log);
    QList<DiagnosisCause> causes;
    for (const CompiledRule &c : compiledRules()) {
        DiagnosisCause cause = causeFrom(*c.rule);
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            for (const QRegularExpression &re : c.patterns) {
                if (re.match(line).hasMatch()) {
                    addEvidence(cause, line, i + 1);
                    break;
                }
            }
        }
        if (cause.firstLine > 0)
            causes << cause;
    }

    // npm's own version line: an npm older than 11.5.1 cannot do trusted publishing at all.
    int versionLine = 0;
    const QString npmVersion = npmVersionInLog(lines, &versionLine);
    const bool explicitVersion = npmVersion.contains(QLatin1Char('.'));
    const bool tooOld = !npmVersion.isEmpty()
        && QVersionNumber::fromString(npmVersion) < QVersionNumber(11, 5, 1);
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
        addEvidence(*existing, lines.at(versionLine - 1), versionLine);
    }

    std::stable_sort(causes.begin(), causes.end(),
                     [](const DiagnosisCause &a, const DiagnosisCause &b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         return a.firstLine < b.firstLine;
                     });
    return Diagnosis{causes};
}

QList<QPair<QString, int>> CiLogDiagnoser::ruleIds()
{
    QList<QPair<QString, int>> out;
    for (const DiagnosisRule &r : diagnosisRules())
        out << qMakePair(QString::fromLatin1(r.id), r.tableRow);
    return out;
}

} // namespace td
