// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace td::test {

// The allowed arrows between core modules, as ARCHITECTURE.md's `module | may include` table
// states them: for each module, the other modules whose headers it may include.
struct LayeringTable
{
    QMap<QString, QSet<QString>> mayInclude;
    QStringList problems; // the table is missing, twice there, or names a module without a row

    // Reads the one table whose header is `| module | may include |`. A cell of "—", "-" or
    // nothing allows no other module; names may be in backticks and are separated by commas.
    static LayeringTable fromMarkdown(const QString &markdown);

    // Every cycle the table allows, each as "a → b → a" (empty when the arrows form layers).
    QStringList cycles() const;
};

// One #include in core/ that the table does not allow.
struct LayeringViolation
{
    QString file; // relative to the checked tree's root, e.g. "core/tokens/Token.h"
    int line = 0;
    QString include; // as written
    QString from;    // the including file's module
    QString to;      // the included module, or "app" for the programs' code
    QString reason;

    QString arrow() const { return from + QStringLiteral(" → ") + to; }
    QString toString() const;
};

// Checks every `#include "…"` of the .h/.cpp files under <root>/core. A module is a folder of
// core/. Includes of another module may be written "<module>/X.h" or "core/<module>/X.h" and must
// be an arrow of the table; an include of the programs' code ("app/…", "desktop/…", "cli/…",
// "sandbox/…" or a path leaving core/) is always a violation, and so is a module without a row.
// Includes of the file's own folder and of generated headers outside core ("td/Version.h") pass.
QList<LayeringViolation> checkCoreIncludes(const QString &root, const LayeringTable &table);

} // namespace td::test
