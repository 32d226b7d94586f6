// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace td {

// What the user must update by hand before TokenDesk may revoke an old token: the places it
// cannot rewrite itself (a CI secret, an environment variable, ${VAR} in an .npmrc, yarn or
// _auth forms). The journal keeps them as CredentialFinding::toJson() objects ("manual"), so a
// restart can say the same thing again without scanning.

// `copyHint` says where the new secret comes from, e.g. "copy it from the keychain with the Copy
// button" (GUI) or the CLI's equivalent. Translated, never a secret.
QString manualStepText(const QJsonObject &finding, const QString &copyHint);
QStringList manualStepTexts(const QJsonArray &findings, const QString &copyHint);

// "acme/app" from the repository's git remote (origin, GitHub/GitLab URL forms), else the
// repository folder's name; for a workflow file under <repo>/.github/workflows or
// <repo>/.gitlab-ci.yml.
QString repositoryNameOf(const QString &workflowFile);

} // namespace td
