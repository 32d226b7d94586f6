// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace td::sandbox {

// Scripted failures and per-minute rate limits, matched by method and path glob ("*" matches
// anything, including "/"). The control API itself is never affected.
class Faults
{
public:
    // Replaces the rules; false with *error when a rule is invalid.
    bool setRules(const QJsonArray &rules, QString *error);
    void clear() { m_rules.clear(); }
    QJsonArray rules() const;

    bool setRateLimits(const QJsonArray &limits, QString *error);
    void clearRateLimits() { m_limits.clear(); }
    QJsonArray rateLimits() const;

    // What a request meets: whether the registry routes (and so applies) it, and how the answer
    // is then replaced or damaged on its way out.
    struct Outcome
    {
        bool route = true;                  // let the registry handle the request first
        std::optional<HttpResponse> answer; // answer this instead of what the registry said
        QJsonObject headers;                // set on whatever is answered
        bool reset = false;                 // abort the connection instead of answering
        bool truncate = false;              // send half the body, then close
        bool malformedAfterApply = false;   // the registry's status with a broken JSON body
        int delayMs = 0;                    // delay whatever is answered
        int dripMs = 0;                     // send the body one byte every dripMs
        int padBody = 0;                    // append this many spaces to the body (still JSON)

        HttpResponse shape(HttpResponse routed) const;
    };
    Outcome apply(const HttpRequest &request, const QDateTime &now);

    static const QByteArray kMalformedBody;

private:
    struct Rule
    {
        QByteArray method;
        QString pattern;
        QRegularExpression regex;
        int status = 0;
        QJsonValue body;
        QJsonObject headers;
        QString redirect; // absolute URL for a 3xx answer
        int delayMs = 0;
        int dripMs = 0;
        int padBody = 0;
        bool reset = false;
        bool truncate = false;
        bool malformedJson = false;
        bool afterApply = false; // route (apply the change) first, then damage the answer
        int retryAfter = -1;
        int times = 0; // 0 = always
        int hits = 0;
    };
    static std::optional<Rule> parseRule(const QJsonValue &value, QString *error);
    static Outcome outcomeOf(const Rule &rule);
    struct Limit
    {
        QByteArray method;
        QString pattern;
        QRegularExpression regex;
        int perMinute = 0;
        qint64 windowStart = -1;
        int count = 0;
    };
    static bool matches(const QByteArray &method, const QRegularExpression &regex,
                        const HttpRequest &r);
    static QRegularExpression globToRegex(const QString &glob);

    QList<Rule> m_rules;
    QList<Limit> m_limits;
};

} // namespace td::sandbox
