// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/PackageInfo.h"
#include "core/trust/TrustedPublisher.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace td {

// One weak spot of one trust config. A package is only as safe as its weakest config: any of
// them lets a CI job publish.
struct TrustAuditFinding
{
    enum class Kind {
        DirectPublishAllowed, // createPackage: publishes without a human's approval
        NoEnvironment,        // any branch or job of the repository may publish
        WorkflowFileMissing,  // the config names a CI file the repository does not have
        OwnerDiffers,         // the config's owner/namespace is not package.json's
        RepositoryDiffers,    // same owner, another repository
        // Compared with the CI file the config names:
        ActionNotAllowed,   // the file runs npm publish (or stage publish) the config refuses
        EnvironmentNotUsed, // no publish job of the file runs in the config's environment
    };
    QString packageName;
    QString configId;
    Kind kind = Kind::DirectPublishAllowed;
    QString message; // translated plain sentence, naming the config
};

// The weakest-link audit over every config of a package (issue 14), compared with the
// package's own package.json `repository` and the CI files of the repository folder.
class TrustAudit
{
    Q_DECLARE_TR_FUNCTIONS(td::TrustAudit)
public:
    // `readFile`: the text of a CI file of the repository (a path relative to its root), or
    // nullopt when there is none. A config of another repository is reported as such; its files
    // cannot be checked here. A config of this repository is compared with the file it names:
    // does it exist, does it publish in a way the config allows, in the config's environment.
    using FileReader = std::function<std::optional<QString>(const QString &relativePath)>;
    static QList<TrustAuditFinding> audit(const PackageInfo &package,
                                          const QList<TrustedPublisher> &configs,
                                          const FileReader &readFile);
    // Whether a finding makes the config wrong (it cannot publish as intended, or trusts
    // another repository) rather than weak (direct publish allowed, no environment).
    static bool isWrong(TrustAuditFinding::Kind kind);
    static QString kindId(TrustAuditFinding::Kind kind); // "direct-publish", … (stable, --json)
};

} // namespace td
