// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace td {

// A unified diff ("--- a/x", "+++ b/x", "@@ -l,n +l,n @@" hunks with `context` lines around each
// change) of two texts, line by line. Empty when the texts are equal. An empty oldName means
// the file is new ("--- /dev/null").
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context = 3);

} // namespace td
