// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace td {

// One row of the diagnosis table. Texts are untranslated source strings (marked with
// QT_TRANSLATE_NOOP in the table) and are translated where they are shown.
struct DiagnosisRule
{
    const char *id;
    int tableRow; // npm-landscape.md §3 rows 1–22; staged-publishing-and-2027.md §4: 23–30
    int weight;   // root causes high, symptoms low
    const char *patterns; // regular expressions, one per line; any line of the log may match
    const char *title;
    const char *explanation;
    const char *fixes; // one fix per line
    bool isFailure = true;
    // Regular expressions, one per line, of which some line of the log must match too (and is
    // shown as evidence): the fact that tells this cause apart from a broader rule with the same
    // error, e.g. a first publish (the packument's GET 404) before an EOTP. Null: none needed.
    const char *context = nullptr;
};

const QList<DiagnosisRule> &diagnosisRules();

// npm prints its own version in verbose logs ("npm verbose npm  v10.9.2"); npm ≤ 10 prefixes
// errors with "npm ERR!". Returns the version found, or "10" for the "npm ERR!" prefix, or "".
QString npmVersionInLog(const QStringList &lines, int *line);
// The same for one line: its explicit version, "10" for the "npm ERR!" prefix, or "".
QString npmVersionOnLine(const QString &line);

} // namespace td
