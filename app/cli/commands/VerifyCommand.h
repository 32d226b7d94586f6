// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/provenance/VersionVerifier.h"
#include "core/util/Clock.h"

namespace td::cli {

// tokendesk-cli verify <pkg>[@<version>|--all-versions] [--json] [--trust-root FILE]: who
// published each version, checked offline — the registry signature, the provenance bundle and
// the publisher identity in its certificate against the remembered trust configs and the
// package's earlier releases (core/provenance). Prints what was checked and the verdict per
// version; exit 1 when any version is suspicious or failed.
class VerifyCommand final : public Command
{
    Q_OBJECT
public:
    explicit VerifyCommand(QObject *parent = nullptr,
                           provenance::ProvenanceChecks checks
                           = provenance::ProvenanceChecks::real());
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

    // Where remembered trust configs are read (tests point it at a temporary file).
    void setTrustConfigPath(const QString &path) { m_trustConfigPath = path; }

private:
    SystemClock m_clock;
    provenance::ProvenanceChecks m_checks;
    QString m_trustConfigPath;
};

} // namespace td::cli
