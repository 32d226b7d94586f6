// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretTarget.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace td {

// A token value on its way into a CI store: the secret (shared, never copied into a QString) and
// its non-secret names, which the implementation records once the store is verified (the ledger
// that later tells which token a GitHub secret holds).
struct CiPushValue
{
    std::shared_ptr<const SecretBuffer> secret;
    QString tokenKey;      // the registry's key of the token; may be empty for an old value
    QString tokenRedacted; // "npm_abcd...wxyz"
};

// What PlanRunner needs to put a token into CI secrets: per target, resolving the signed-in
// account and its client itself (CiSecretClient does the HTTP). Adapted from the clients so the
// runner can be tested with a fake. Callbacks are called exactly once, on the caller's thread,
// possibly synchronously.
class CiPushBackend
{
public:
    virtual ~CiPushBackend() = default;

    // Whether a signed-in account can write this target (no request made).
    virtual bool canPush(const CiSecretTarget &target) const = 0;
    // Writes the value into the target. Answers the time the store gives the write (GitHub's
    // updated_at right after it), or the local clock's when the store keeps none; that time is
    // what verify() compares against. Errors are translated and name what to grant on a 403.
    virtual void push(const CiSecretTarget &target, const CiPushValue &value,
                      std::function<void(Result<QDateTime>)> done)
        = 0;
    // Whether the store holds the value now (GitHub: updated_at at or after pushedAt; GitLab:
    // the value read back; CircleCI: the last four). False (not an error) when it does not.
    virtual void verify(const CiSecretTarget &target, const CiPushValue &value,
                        const QDateTime &pushedAt, std::function<void(Result<bool>)> done)
        = 0;
};

} // namespace td
