// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/ReplacementPlan.h"
#include "core/registry/RegistryTypes.h" // CreatedToken: metadata plus the secret, shown once
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace td {

// CreatedToken (metadata + the secret shown once) is the registry's type: registry/RegistryTypes.h.

// What PlanRunner needs from a registry. The registry client is adapted to this interface so the
// runner can be tested with a fake. Callbacks are called exactly once, on the caller's thread,
// possibly synchronously. One 2FA approval for the batch is the adapter's business.
class MigrationBackend
{
public:
    virtual ~MigrationBackend() = default;
    virtual void createToken(const ReplacementSpec &spec,
                             std::function<void(Result<CreatedToken>)> done)
        = 0;
    // whoami with this secret: the user name, or an error (E401 when the token does not work).
    virtual void whoami(const SecretBuffer &secret, std::function<void(Result<QString>)> done) = 0;
    // Revoking a token that is already gone must report success (or E404, also taken as done).
    virtual void revokeToken(const QString &key, std::function<void(Result<void>)> done) = 0;
    // After a create whose answer was lost (a crash, a reset, a half or broken body, a stall):
    // revoke every live token named `name` that the registry created since `since` (the time the
    // request was sent, less a clock-skew slack) whose key is none of `knownKeys`. Answers how
    // many were revoked. The default has nothing to look up.
    virtual void removeOrphans(const QString &name, const QDateTime &since,
                               const QStringList &knownKeys, std::function<void(Result<int>)> done)
    {
        Q_UNUSED(name);
        Q_UNUSED(since);
        Q_UNUSED(knownKeys);
        done(0);
    }
};

} // namespace td
