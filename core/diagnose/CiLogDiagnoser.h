// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace td {

// One likely cause of a failed CI publish, with what to do about it.
struct DiagnosisCause
{
    QString id;            // stable: "oidc-exchange-404", "setup-node-placeholder", …
    int tableRow = 0;      // row of the error table in npm-landscape.md §3
    bool isFailure = true; // false for the "OIDC worked" marker
    QString title;         // translated, one line
    QString explanation;   // translated
    QStringList fixes;     // translated, concrete steps in order
    QStringList evidence;  // matching log lines, cleaned and redacted (at most 3)
    int firstLine = 0;     // 1-based line of the first evidence
    int score = 0;         // higher ranks first
};

struct Diagnosis
{
    QList<DiagnosisCause> causes; // ranked, best first
    bool hasKnownCause() const;
    // "No known cause …" when nothing matched; otherwise the first cause's title.
    QString summary() const;
};

// Turns a CI log into ranked causes. The rules (one table, DiagnosisRules.cpp) cover every row of
// the error table in npm-landscape.md; specific root causes (missing id-token, the setup-node
// placeholder, an old npm) outrank the symptoms npm prints last (E404 on PUT, ENEEDAUTH).
// A log is taken line by line (addLine, then finish), so one of any size needs bounded memory:
// only the evidence is kept.
class CiLogDiagnoser
{
    Q_DECLARE_TR_FUNCTIONS(td::CiLogDiagnoser)
public:
    CiLogDiagnoser();
    // The next line of the log, without its end-of-line.
    void addLine(const QString &line);
    Diagnosis finish() const;

    // A pasted log, whole.
    static Diagnosis diagnose(const QString &log);
    // A log read to its end from an open device (standard input), UTF-8 or UTF-16.
    static Result<Diagnosis> diagnose(QIODevice &log);
    // A log file read to its end (regular files only), UTF-8 or UTF-16.
    static Result<Diagnosis> diagnoseFile(const QString &path);
    // Every rule id with its table row, for documentation and tests.
    static QList<QPair<QString, int>> ruleIds();

private:
    QList<DiagnosisCause> m_causes; // one per rule, in the table's order
    QList<bool> m_matched;          // per rule: a line matched its patterns
    QList<bool> m_contextMatched;   // per rule: a line matched its context (if it has one)
    int m_lineCount = 0;
    QString m_npmVersion; // see npmVersionOnLine()
    int m_npmVersionLine = 0;
    QString m_npmVersionText;
};

} // namespace td
