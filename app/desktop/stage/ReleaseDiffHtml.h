// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stage/ReleaseDiff.h"

#include <QColor>
#include <QString>

namespace td {

// The colours the diff pane uses, taken from the palette by the widget (so dark themes work);
// colour never carries meaning alone: every highlighted line also says what it is in words.
struct DiffColours
{
    QColor added;     // "+" lines, added files
    QColor removed;   // "-" lines, removed files
    QColor alertText; // install scripts and warnings: text on alertBase
    QColor alertBase;
    QColor dim; // hunk headers, sizes
};

// ReleaseDiff as the HTML of the Staged releases tab's diff pane: the versions compared, the
// sizes, the warnings, package.json changes with install scripts highlighted, the files added,
// removed and changed, then each text diff. Every text from the tarball is escaped.
QString releaseDiffHtml(const ReleaseDiff &diff, const DiffColours &colours);

} // namespace td
