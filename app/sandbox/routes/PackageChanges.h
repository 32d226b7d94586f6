// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The changes to a package that are not a publish (dist-tags, owners, deprecations), shared by
// npm's routes (2FA-gated) and the control API (an attacker's, without 2FA). Each one moves the
// packument's `modified`, as npmjs does, so a poller of the abbreviated document sees it.
#include "sandbox/Context.h"

#include <optional>

namespace td::sandbox::changes {

struct Problem
{
    int status;
    QString message;
};

// Points `tag` at an existing version. Tags that are valid semver ranges are refused (npm's rule).
std::optional<Problem> setTag(Context &ctx, Package &p, const QString &tag, const QString &version);
// Removes a tag; `latest` cannot be removed.
std::optional<Problem> removeTag(Context &ctx, Package &p, const QString &tag);
// Replaces the maintainers (every name a known user, at least one).
std::optional<Problem> setMaintainers(Context &ctx, Package &p, const QStringList &maintainers);
// Sets (or with an empty message removes) `deprecated` on one version.
std::optional<Problem> deprecate(Context &ctx, Package &p, const QString &version,
                                 const QString &message);

// Removes a version as an unpublish does: it leaves `versions` (its tarball too), keeps its
// `time` entry, and tags that named it go; `latest` then names the newest remaining version.
std::optional<Problem> unpublish(Context &ctx, Package &p, const QString &version);

} // namespace td::sandbox::changes
