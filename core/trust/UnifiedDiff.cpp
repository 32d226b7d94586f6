// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/UnifiedDiff.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace td {

namespace {

enum class Op { Keep, Remove, Add };

struct Edit
{
    Op op;
    qsizetype oldLine; // index into old lines (Keep/Remove)
    qsizetype newLine; // index into new lines (Keep/Add)
};

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

// Longest common subsequence over lines; workflow files are small (hundreds of lines), so the
// quadratic table is cheap and keeps the code obvious.
QList<Edit> diffLines(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1
                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<Edit> edits;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            edits << Edit{Op::Keep, i++, j++};
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            edits << Edit{Op::Remove, i++, j}; // removals first, as diff(1) prints them
        } else {
            edits << Edit{Op::Add, i, j++};
        }
    }
    return edits;
}

} // namespace

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context)
{
    if (oldText == newText)
        return {};
    const QStringList a = linesOf(oldText);
    const QStringList b = linesOf(newText);
    const QList<Edit> edits = diffLines(a, b);

    QString out = QStringLiteral("--- ")
        + (oldName.isEmpty() ? QStringLiteral("/dev/null") : QStringLiteral("a/") + oldName)
        + QStringLiteral("\n+++ b/") + newName + QLatin1Char('\n');
    qsizetype k = 0;
    while (k < edits.size()) {
        if (edits.at(k).op == Op::Keep) {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2*context lines further on.
        const qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        qsizetype lastChange = k;
        while (end < edits.size()) {
            if (edits.at(end).op != Op::Keep)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min<qsizetype>(edits.size(), lastChange + context + 1);
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QString body;
        for (qsizetype e = start; e < end; ++e) {
            const Edit &edit = edits.at(e);
            if (edit.op == Op::Keep) {
                body += QLatin1Char(' ') + a.at(edit.oldLine) + QLatin1Char('\n');
                ++oldCount;
                ++newCount;
            } else if (edit.op == Op::Remove) {
                body += QLatin1Char('-') + a.at(edit.oldLine) + QLatin1Char('\n');
                ++oldCount;
            } else {
                body += QLatin1Char('+') + b.at(edit.newLine) + QLatin1Char('\n');
                ++newCount;
            }
        }
        const Edit &first = edits.at(start);
        const qsizetype oldStart = oldCount == 0 ? first.oldLine : first.oldLine + 1;
        const qsizetype newStart = newCount == 0 ? first.newLine : first.newLine + 1;
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldStart)
                   .arg(oldCount)
                   .arg(newStart)
                   .arg(newCount)
            + body;
        k = end;
    }
    return out;
}

} // namespace td
