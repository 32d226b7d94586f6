// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace td::provenance {

// How far a version's publication could be trusted. Ordered: worse is greater, so a verdict's
// level is the maximum over its findings.
enum class Level { Verified, Unverified, Suspicious, Failed };

// One thing checked, in words.
struct Finding
{
    Level level;  // Verified = the check passed
    QString code; // stable machine word, e.g. "registry-signature", "dsse", "identity-repository"
    QString text; // translated sentence
};

struct Verdict
{
    Level level = Level::Unverified; // the worst finding's level
    QList<Finding> findings;
};

} // namespace td::provenance
