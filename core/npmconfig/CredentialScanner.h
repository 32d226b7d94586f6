// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/CredentialFinding.h"
#include "core/npmconfig/NpmConfigLocator.h"
#include "core/util/Error.h"

#include <QList>
#include <QProcessEnvironment>

namespace td {

class NpmrcDocument;

struct ScanResult
{
    QList<CredentialFinding> findings;
    QList<Error> problems; // unreadable files: reported, never fatal
    QStringList filesRead;
    bool truncated = false; // a project walk hit its folder limit
};

// Finds every npm credential and reference: .npmrc files (user, global, builtin, project),
// the environment, .yarnrc.yml and CI workflow files. Reports where and what kind, and the
// token's identity — never its value (see CredentialFinding).
class CredentialScanner
{
public:
    explicit CredentialScanner(QProcessEnvironment environment);

    // `defaultRegistry` is what top-level (un-nerfed) credentials apply to.
    QList<CredentialFinding> scanNpmrc(const NpmrcDocument &doc, CredentialSource source,
                                       const QString &defaultRegistry) const;
    QList<CredentialFinding> scanEnvironment(const QString &defaultRegistry) const;
    QList<CredentialFinding> scanYarnrc(const QString &path, QList<Error> *problems) const;
    QList<CredentialFinding> scanWorkflow(const QString &path, QList<Error> *problems) const;

    // Everything: the locator's machine files, the environment, and the project folders.
    ScanResult scan(const NpmConfigLocator &locator, const QStringList &projectFolders) const;

private:
    QProcessEnvironment m_env;
};

} // namespace td
