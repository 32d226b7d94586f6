// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Logging.h"

#include <QRegularExpression>

namespace td {

// Debug output is off unless asked for (QT_LOGGING_RULES="td.*.debug=true"): it is for
// developers, and a user's journal should not fill with request traces.
Q_LOGGING_CATEGORY(lcRegistry, "td.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "td.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "td.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTokens, "td.tokens", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExpiry, "td.expiry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNpmConfig, "td.npmconfig", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "td.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTrust, "td.trust", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "td.app", QtInfoMsg)

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        // Granular tokens: keep the registry's own redacted form, which is safe to show. No word
        // boundaries: a token glued to a word character ("_npm_…", "npm_…_old") is a token too.
        // A run never reaches into a following "npm_", or that token's "npm" would go with it
        // and its own 36 characters stay in the clear.
        {QRegularExpression(QStringLiteral(
             R"re(npm_([A-Za-z0-9]{4})(?:(?!npm_)[A-Za-z0-9]){28,}((?:(?!npm_)[A-Za-z0-9]){4}))re")),
         QStringLiteral("npm_\\1...\\2")},
        {QRegularExpression(QStringLiteral(R"re((?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+)re")),
         QStringLiteral("\\1 ***")},
        {QRegularExpression(QStringLiteral(
             R"re((?i)("(?:token|password|otp|_auth|_authToken|_password|id_token|secret)"\s*:\s*")[^"]*("))re")),
         QStringLiteral("\\1***\\2")},
        {QRegularExpression(QStringLiteral(
             R"re((?i)\b(_authToken|_auth|_password|password|npm-otp|otp|token)(\s*[=:]\s*)[^\s&;,"']+)re")),
         QStringLiteral("\\1\\2***")},
        // Classic tokens were UUIDs; registry keys are too. Hide them all, as npm's own redactor
        // does.
        {QRegularExpression(QStringLiteral(
             R"re(\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)re")),
         QStringLiteral("***")},
    };
    return list;
}

QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previousHandler)
        g_previousHandler(type, context, redact(message));
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

void installRedactingMessageHandler()
{
    // Idempotent: installing twice must not make the handler call itself.
    const QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        g_previousHandler = previous;
}

} // namespace td
