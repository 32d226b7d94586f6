// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The scenario shared by the runner tests and the crash helper: two classic tokens, one in the
// user's ~/.npmrc (CRLF) and one in a project .npmrc (no final newline), each migrated to a
// granular token.
#include "core/migration/ReplacementPlanner.h"

#include <QByteArray>
#include <QString>

namespace td::test {

inline const QString kOldUserToken = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
inline const QString kOldProjectToken
    = QStringLiteral("npm_OldProjectToken00000000000000000000000");

struct Scenario
{
    QString dir;
    QString userNpmrc() const { return dir + QStringLiteral("/home/.npmrc"); }
    QString projectNpmrc() const { return dir + QStringLiteral("/project/.npmrc"); }
    QString registryState() const { return dir + QStringLiteral("/registry.json"); }
    QString keychain() const { return dir + QStringLiteral("/keychain.json"); }
    QString journal() const { return dir + QStringLiteral("/journal.json"); }
    QString backups() const { return dir + QStringLiteral("/backups"); }

    static QByteArray userBytes();
    static QByteArray projectBytes();
    void create() const;          // files + registry state
    QList<TokenUse> uses() const; // scanned from the files, matched to classic tokens
    QList<PlanRow> plan() const;  // those uses, planned by ReplacementPlanner
    static PlannerContext plannerContext();
};

} // namespace td::test
