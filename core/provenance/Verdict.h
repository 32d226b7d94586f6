// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace td::provenance {

enum class Level { Verified, Unverified, Suspicious, Failed }; // ordered: worse is greater

// One thing checked, in words.
struct Finding
{
    Level level;  // Verified = the check passed
    QString code; // stable machine word, e.g. "registry-signature", "dsse", "leaf-chain",
                  // "set", "inclusion-proof", "sct", "subject-digest", "identity-repository"
    QString text; // translated sentence (Tr::tr via Q_DECLARE_TR_FUNCTIONS, %n numerus)
};

struct Verdict
{
    Level level = Level::Unverified; // level = worst finding
    QList<Finding> findings;
};

} // namespace td::provenance
