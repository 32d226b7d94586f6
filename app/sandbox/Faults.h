// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

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

    struct Outcome
    {
        std::optional<HttpResponse> answer; // answer this instead of routing
        int delayMs = 0;                    // delay whatever is answered
    };
    Outcome apply(const HttpRequest &request, const QDateTime &now);

private:
    struct Rule
    {
        QByteArray method;
        QString pattern;
        QRegularExpression regex;
        int status = 0;
        QJsonValue body;
        QJsonObject headers;
        int delayMs = 0;
        bool reset = false;
        bool truncate = false;
        bool malformedJson = false;
        int retryAfter = -1;
        int times = 0; // 0 = always
        int hits = 0;
    };
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
