// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QUrl>

namespace td {
class SecretBuffer;
}

namespace td::cli {

// npm's own name for a per-registry token setting given through the environment:
// "npm_config_//127.0.0.1:4873/:_authToken". npm reads every npm_config_* variable as a config
// key and leaves keys starting with "//" unchanged (@npmcli/config loadEnv), so this is exactly
// the .npmrc line "//127.0.0.1:4873/:_authToken=…" without any file.
// Why not a temporary userconfig holding "${NODE_AUTH_TOKEN}": it would replace the user's own
// ~/.npmrc (their registry, scopes, proxy settings) for the child, and leave a file to clean up
// after a crash. The variable adds nothing to disk and changes no other setting.
QString npmAuthTokenVariable(const QUrl &registry);

// The child's environment: `base` plus the token in NODE_AUTH_TOKEN (setup-node's convention),
// NPM_TOKEN (the common CI name) and npmAuthTokenVariable(registry), so `npm` itself needs no
// .npmrc. The secret exists only in the child's memory; nothing is written to disk and nothing
// appears in argv, where `ps` would show it to every user.
QProcessEnvironment runEnvironment(QProcessEnvironment base, const QUrl &registry,
                                   const SecretBuffer &token);

// The tokens `run` may use, best first: active (not revoked, not expired at `now`) and newest
// created first. `id` (a key or a unique key prefix) narrows them to one.
QList<Token> runCandidates(const QList<Token> &tokens, const QDateTime &now);

} // namespace td::cli
