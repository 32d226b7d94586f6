// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

// Turns a pasted CI log into ranked causes. The rules (one table, DiagnosisRules.cpp) cover
// every row of the error table in npm-landscape.md; specific root causes (missing id-token, the
// setup-node placeholder, an old npm) outrank the symptoms npm prints last (E404 on PUT,
// ENEEDAUTH).
class CiLogDiagnoser
{
    Q_DECLARE_TR_FUNCTIONS(td::CiLogDiagnoser)
public:
    static Diagnosis diagnose(const QString &log);
    // Every rule id with its table row, for documentation and tests.
    static QList<QPair<QString, int>> ruleIds();
};

} // namespace td
