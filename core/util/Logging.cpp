// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Logging.h"

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

bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// Granular tokens ("npm_" and 36 letters or digits) keep the registry's own redacted form,
// "npm_abcd...wxyz", which is safe to show. Tokens can be glued to words and to each other
// ("_npm_…", "npm_…_old", "npm_…npm_…"), so every "npm_" followed by at least 36 letters or
// digits marks the middle of its run as secret, overlapping runs included, and each marked
// stretch becomes "...". (A regular expression cannot do this: its matches do not overlap, and
// whichever run it takes leaves the other in the clear; fuzz_cilogdiagnoser found both ways.)
QString maskGranularTokens(const QString &text)
{
    constexpr qsizetype kBody = 36, kKept = 4;
    QList<bool> secret;
    for (qsizetype at = text.indexOf(QLatin1String("npm_")); at >= 0;
         at = text.indexOf(QLatin1String("npm_"), at + 1)) {
        const qsizetype bodyStart = at + 4;
        qsizetype end = bodyStart;
        while (end < text.size() && isAlnum(text.at(end)))
            ++end;
        if (end - bodyStart < kBody)
            continue;
        if (secret.isEmpty())
            secret.resize(text.size(), false);
        for (qsizetype i = bodyStart + kKept; i < end - kKept; ++i)
            secret[i] = true;
    }
    if (secret.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!secret.at(i))
            out.append(text.at(i));
        else if (i == 0 || !secret.at(i - 1))
            out.append(QLatin1String("..."));
    }
    return out;
}

} // namespace

QString redact(const QString &text)
{
    QString out = maskGranularTokens(text);
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
