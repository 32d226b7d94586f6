// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace td {

Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcTokens)
Q_DECLARE_LOGGING_CATEGORY(lcExpiry)
Q_DECLARE_LOGGING_CATEGORY(lcNpmConfig)
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
Q_DECLARE_LOGGING_CATEGORY(lcTrust)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

// Masks everything that looks like a credential: npm tokens (npm_… → npm_abcd...wxyz, the form
// the registry itself shows), UUID-shaped classic tokens, bearer/basic headers, and the values of
// token, password, otp and _auth fields in JSON, query strings and .npmrc lines.
QString redact(const QString &text);

// Routes every Qt message through redact() before the previous handler prints it. Programs call
// this first thing in main(), so even a careless qDebug() cannot leak a secret.
void installRedactingMessageHandler();

} // namespace td
