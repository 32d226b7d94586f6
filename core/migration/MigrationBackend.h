// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migration/ReplacementPlan.h"
#include "registry/RegistryTypes.h" // CreatedToken: metadata plus the secret, shown once
#include "registry/RegistryTypes.h"
#include "util/Result.h"
#include "util/SecretBuffer.h"

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
};

} // namespace td
