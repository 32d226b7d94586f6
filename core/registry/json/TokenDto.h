// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"
#include "core/util/Result.h"

#include <QByteArray>

#include <optional>

namespace td::json {

// One page of GET /-/npm/v1/tokens. Granular (npmjs today), classic (npmjs before Dec 2025)
// and Verdaccio objects all normalise into td::Token; see TokenDto.cpp for the rules.
Result<TokenPage> parseTokenPage(const QByteArray &body);

// The two readers parseTokenPage chooses between, exposed so that the tests and the fuzzer can
// hold them to the same answers: the registry's text read in place (nullopt where it leaves the
// body to the other), and nlohmann's tree, which reads anything and words every error.
std::optional<TokenPage> readTokenPageInPlace(const QByteArray &body);
Result<TokenPage> readTokenPageTree(const QByteArray &body);

// POST /-/npm/v1/tokens answer: the metadata plus the secret, which is shown only this once.
Result<CreatedToken> parseCreatedToken(const QByteArray &body);

// POST /-/npm/v1/tokens body, with the spellings npm 11 sends (they work on npmjs, the sandbox
// and Verdaccio). The password goes straight into the returned SecretBuffer.
SecretBuffer createTokenBody(const TokenCreateRequest &request, const SecretBuffer &password);

} // namespace td::json
