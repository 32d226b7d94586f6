// SPDX-License-Identifier: GPL-3.0-or-later
#include "Faults.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace td::sandbox {

QRegularExpression Faults::globToRegex(const QString &glob)
{
    QString re = QRegularExpression::escape(glob);
    re.replace(QLatin1String("\\*"), QLatin1String(".*"));
    return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'));
}

bool Faults::matches(const QByteArray &method, const QRegularExpression &regex,
                     const HttpRequest &r)
{
    return (method == "*" || method == r.method) && regex.match(r.path).hasMatch();
}

bool Faults::setRules(const QJsonArray &rules, QString *error)
{
    QList<Rule> parsed;
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        Rule rule;
        rule.method
            = o.value(QStringLiteral("method")).toString(QStringLiteral("*")).toUpper().toLatin1();
        rule.pattern = o.value(QStringLiteral("path")).toString();
        if (!v.isObject() || rule.pattern.isEmpty()) {
            *error = QStringLiteral("every fault rule needs a \"path\" pattern");
            return false;
        }
        rule.regex = globToRegex(rule.pattern);
        rule.status = o.value(QStringLiteral("status")).toInt(0);
        rule.body = o.value(QStringLiteral("body"));
        rule.headers = o.value(QStringLiteral("headers")).toObject();
        rule.delayMs = o.value(QStringLiteral("delay_ms")).toInt(0);
        rule.reset = o.value(QStringLiteral("reset")).toBool();
        rule.truncate = o.value(QStringLiteral("truncate")).toBool();
        rule.malformedJson = o.value(QStringLiteral("malformed_json")).toBool();
        rule.retryAfter = o.value(QStringLiteral("retry_after")).toInt(-1);
        rule.times = o.value(QStringLiteral("times")).toInt(0);
        if (rule.retryAfter >= 0 && rule.status == 0)
            rule.status = 429;
        if ((rule.status != 0 && (rule.status < 100 || rule.status > 599)) || rule.delayMs < 0
            || rule.delayMs > 120000 || rule.times < 0) {
            *error = QStringLiteral("invalid status, delay_ms or times in fault rule for %1")
                         .arg(rule.pattern);
            return false;
        }
        parsed.append(rule);
    }
    m_rules = parsed;
    return true;
}

QJsonArray Faults::rules() const
{
    QJsonArray out;
    for (const Rule &r : m_rules)
        out.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                               {QStringLiteral("path"), r.pattern},
                               {QStringLiteral("status"), r.status},
                               {QStringLiteral("delay_ms"), r.delayMs},
                               {QStringLiteral("reset"), r.reset},
                               {QStringLiteral("truncate"), r.truncate},
                               {QStringLiteral("malformed_json"), r.malformedJson},
                               {QStringLiteral("retry_after"), r.retryAfter},
                               {QStringLiteral("times"), r.times},
                               {QStringLiteral("hits"), r.hits}});
    return out;
}

bool Faults::setRateLimits(const QJsonArray &limits, QString *error)
{
    QList<Limit> parsed;
    for (const QJsonValue &v : limits) {
        const QJsonObject o = v.toObject();
        Limit limit;
        limit.method
            = o.value(QStringLiteral("method")).toString(QStringLiteral("*")).toUpper().toLatin1();
        limit.pattern = o.value(QStringLiteral("path")).toString();
        limit.perMinute = o.value(QStringLiteral("per_minute")).toInt(0);
        if (limit.pattern.isEmpty() || limit.perMinute < 1) {
            *error = QStringLiteral("every rate limit needs \"path\" and \"per_minute\" >= 1");
            return false;
        }
        limit.regex = globToRegex(limit.pattern);
        parsed.append(limit);
    }
    m_limits = parsed;
    return true;
}

QJsonArray Faults::rateLimits() const
{
    QJsonArray out;
    for (const Limit &l : m_limits)
        out.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(l.method)},
                               {QStringLiteral("path"), l.pattern},
                               {QStringLiteral("per_minute"), l.perMinute}});
    return out;
}

Faults::Outcome Faults::apply(const HttpRequest &request, const QDateTime &now)
{
    Outcome outcome;
    const qint64 minute = now.toSecsSinceEpoch() / 60;
    for (Limit &l : m_limits) {
        if (!matches(l.method, l.regex, request))
            continue;
        if (l.windowStart != minute) {
            l.windowStart = minute;
            l.count = 0;
        }
        if (++l.count > l.perMinute) {
            HttpResponse r = HttpResponse::error(
                429, QStringLiteral("Too many requests. Please try again later."));
            r.setHeader("Retry-After",
                        QByteArray::number((minute + 1) * 60 - now.toSecsSinceEpoch()));
            outcome.answer = r;
            return outcome;
        }
    }
    for (Rule &rule : m_rules) {
        if (!matches(rule.method, rule.regex, request)
            || (rule.times > 0 && rule.hits >= rule.times))
            continue;
        ++rule.hits;
        outcome.delayMs = rule.delayMs;
        if (rule.reset) {
            HttpResponse r;
            r.resetConnection = true;
            outcome.answer = r;
        } else if (rule.malformedJson) {
            outcome.answer = HttpResponse::raw(rule.status ? rule.status : 200, "application/json",
                                               "{\"objects\": [{\"key\": \"trunc");
        } else if (rule.status != 0) {
            HttpResponse r;
            if (rule.body.isString())
                r = HttpResponse::raw(rule.status, "application/json",
                                      rule.body.toString().toUtf8());
            else if (rule.body.isObject() || rule.body.isArray())
                r = HttpResponse::raw(
                    rule.status, "application/json",
                    rule.body.isObject()
                        ? QJsonDocument(rule.body.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(rule.body.toArray()).toJson(QJsonDocument::Compact));
            else
                r = HttpResponse::error(rule.status, QStringLiteral("Injected fault"));
            if (rule.retryAfter >= 0)
                r.setHeader("Retry-After", QByteArray::number(rule.retryAfter));
            outcome.answer = r;
        }
        if (outcome.answer) {
            for (auto it = rule.headers.begin(); it != rule.headers.end(); ++it)
                outcome.answer->setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
            outcome.answer->truncateBody = rule.truncate;
        } else if (rule.truncate) {
            // Truncation without a status: route normally, then cut the body.
            HttpResponse marker;
            marker.status = -1;
            marker.truncateBody = true;
            outcome.answer = marker;
        }
        return outcome;
    }
    return outcome;
}

} // namespace td::sandbox
