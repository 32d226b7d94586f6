// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryKind.h"

#include <QDateTime>
#include <QString>

namespace td {

struct Account;

// What the dashboard says about when an account's credential ends, in the way its registry kind
// allows: npm's session countdown, GitHub's header, CodeArtifact's 12 hours (saying what it
// counts from), or the date the user entered. Translated.
QString accountExpiryText(const Account &account, const QDateTime &now);

// The expiry cell of a listed token that carries none: Verdaccio decides its tokens' life itself
// ("expiry set by the registry"); elsewhere the token really has no expiry. Translated.
QString tokenWithoutExpiryText(RegistryKind kind);

} // namespace td
