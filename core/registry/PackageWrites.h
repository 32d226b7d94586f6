// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryClient.h"

#include <QJsonObject>
#include <QStringList>

namespace td {

class TwoFactorPrompt;

// The package writes of an incident response (publish-watch.md §5) that RegistryClient has no
// call for, made as the npm CLI makes them (lib/commands/owner.js, deprecate.js, dist-tag.js):
// - owner rm and deprecate read the document with `GET /<p>?write=true` (never a cached copy)
//   and write it back: owner rm as `PUT /<p>/-rev/<rev>` with `_id`, `_rev` and the new
//   `maintainers`; deprecate as `PUT /<p>` with `versions[v].deprecated` set;
// - dist-tag set is `PUT /-/package/<p>/dist-tags/<tag>` with the version as a JSON string;
// - "require 2FA and disallow tokens" is `POST /-/package/<p>/access` (npm access set
//   mfa=publish) through RegistryClient::setPackageAccess.
// Every write may be challenged for a second factor: `prompt` answers it (null: the client's).
// Each call is idempotent, so a journaled runner may repeat one whose answer it never saw.
class PackageWrites
{
public:
    explicit PackageWrites(RegistryClient &client) : m_client(client) { }

    // Removes `user` from the package's maintainers. Already absent: success without a write.
    // Refused (InvalidInput) when it would leave the package without maintainers.
    void removeMaintainer(const QString &package, const QString &user, QObject *context,
                          RegistryClient::Callback<void> done, TwoFactorPrompt *prompt = nullptr);
    // Sets the deprecation message of each version (an empty message un-deprecates). A version
    // the document does not list is an E404 error naming it; nothing is written then.
    void deprecate(const QString &package, const QStringList &versions, const QString &message,
                   QObject *context, RegistryClient::Callback<void> done,
                   TwoFactorPrompt *prompt = nullptr);
    void setDistTag(const QString &package, const QString &tag, const QString &version,
                    QObject *context, RegistryClient::Callback<void> done,
                    TwoFactorPrompt *prompt = nullptr);
    // publish_requires_tfa = true, automation_token_overrides_tfa = false: tokens (granular ones
    // with "bypass 2FA" included) can no longer publish; trusted publishers still can.
    void requireTwoFactorDisallowTokens(const QString &package, QObject *context,
                                        RegistryClient::Callback<void> done,
                                        TwoFactorPrompt *prompt = nullptr);

private:
    void documentForWrite(const QString &package, QObject *context,
                          RegistryClient::Callback<QJsonObject> done);
    void putJson(const QByteArray &encodedPath, const QJsonValue &body, const QByteArray &command,
                 QObject *context, RegistryClient::Callback<void> done, TwoFactorPrompt *prompt);

    RegistryClient &m_client;
};

} // namespace td
