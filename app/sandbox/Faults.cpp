// SPDX-License-Identifier: GPL-3.0-or-later
#include "Faults.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

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

std::optional<Faults::Rule> Faults::parseRule(const QJsonValue &v, QString *error)
{
    const QJsonObject o = v.toObject();
    const auto flag = [&o](const char *name) { return o.value(QLatin1String(name)).toBool(); };
    Rule rule;
    rule.method
        = o.value(QStringLiteral("method")).toString(QStringLiteral("*")).toUpper().toLatin1();
    rule.pattern = o.value(QStringLiteral("path")).toString();
    if (!v.isObject() || rule.pattern.isEmpty()) {
        *error = QStringLiteral("every fault rule needs a \"path\" pattern");
        return std::nullopt;
    }
    rule.regex = globToRegex(rule.pattern);
    rule.status = o.value(QStringLiteral("status")).toInt(0);
    rule.body = o.value(QStringLiteral("body"));
    rule.headers = o.value(QStringLiteral("headers")).toObject();
    rule.redirect = o.value(QStringLiteral("redirect")).toString();
    rule.delayMs = o.value(QStringLiteral("delay_ms")).toInt(0);
    rule.dripMs = o.value(QStringLiteral("drip_ms")).toInt(0);
    rule.padBody = o.value(QStringLiteral("pad_body")).toInt(0);
    // "reset_after_apply" is short for "reset" + "after_apply"; the same for truncate, malformed.
    rule.reset = flag("reset") || flag("reset_after_apply");
    rule.truncate = flag("truncate") || flag("truncate_after_apply");
    rule.malformedJson = flag("malformed_json") || flag("malformed_after_apply");
    rule.afterApply = flag("after_apply") || flag("reset_after_apply")
        || flag("truncate_after_apply") || flag("malformed_after_apply");
    rule.retryAfter = o.value(QStringLiteral("retry_after")).toInt(-1);
    rule.times = o.value(QStringLiteral("times")).toInt(0);
    if (rule.retryAfter >= 0 && rule.status == 0)
        rule.status = 429;
    if (!rule.redirect.isEmpty() && rule.status == 0)
        rule.status = 307;
    if ((rule.status != 0 && (rule.status < 100 || rule.status > 599)) || rule.delayMs < 0
        || rule.delayMs > 120000 || rule.dripMs < 0 || rule.dripMs > 60000 || rule.padBody < 0
        || rule.padBody > 64 * 1024 * 1024 || rule.times < 0) {
        *error = QStringLiteral(
                     "invalid status, delay_ms, drip_ms, pad_body or times in fault rule for %1")
                     .arg(rule.pattern);
        return std::nullopt;
    }
    const QUrl target(rule.redirect, QUrl::StrictMode);
    const bool redirectStatus = QList<int>{301, 302, 303, 307, 308}.contains(rule.status);
    if (!rule.redirect.isEmpty()
        && (!redirectStatus || !target.isValid() || target.host().isEmpty()
            || (target.scheme() != QLatin1String("http")
                && target.scheme() != QLatin1String("https")))) {
        *error = QStringLiteral("\"redirect\" needs an absolute http(s) URL and status 301, 302, "
                                "303, 307 or 308 in fault rule for %1")
                     .arg(rule.pattern);
        return std::nullopt;
    }
    return rule;
}

bool Faults::setRules(const QJsonArray &rules, QString *error)
{
    QList<Rule> parsed;
    for (const QJsonValue &v : rules) {
        const auto rule = parseRule(v, error);
        if (!rule)
            return false;
        parsed.append(*rule);
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
                               {QStringLiteral("redirect"), r.redirect},
                               {QStringLiteral("delay_ms"), r.delayMs},
                               {QStringLiteral("drip_ms"), r.dripMs},
                               {QStringLiteral("pad_body"), r.padBody},
                               {QStringLiteral("reset"), r.reset},
                               {QStringLiteral("truncate"), r.truncate},
                               {QStringLiteral("malformed_json"), r.malformedJson},
                               {QStringLiteral("after_apply"), r.afterApply},
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
            outcome.route = false;
            return outcome;
        }
    }
    for (Rule &rule : m_rules) {
        if (!matches(rule.method, rule.regex, request)
            || (rule.times > 0 && rule.hits >= rule.times))
            continue;
        ++rule.hits;
        return outcomeOf(rule);
    }
    return outcome;
}

const QByteArray Faults::kMalformedBody = "{\"objects\": [{\"key\": \"trunc";

Faults::Outcome Faults::outcomeOf(const Rule &rule)
{
    Outcome outcome;
    outcome.delayMs = rule.delayMs;
    outcome.dripMs = rule.dripMs;
    outcome.padBody = rule.padBody;
    outcome.headers = rule.headers;
    outcome.reset = rule.reset;
    outcome.truncate = rule.truncate;
    if (!rule.redirect.isEmpty()) {
        HttpResponse r = HttpResponse::error(rule.status, QStringLiteral("Moved"));
        r.setHeader("Location", rule.redirect.toUtf8());
        outcome.answer = r;
    } else if (rule.malformedJson && (rule.status != 0 || !rule.afterApply)) {
        outcome.answer = HttpResponse::raw(rule.status ? rule.status : 200, "application/json",
                                           kMalformedBody);
    } else if (rule.malformedJson) {
        outcome.malformedAfterApply = true; // keep the registry's own status
    } else if (rule.status != 0) {
        HttpResponse r;
        if (rule.body.isString())
            r = HttpResponse::raw(rule.status, "application/json", rule.body.toString().toUtf8());
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
    // Without after_apply, a replaced answer or a reset means the registry never sees the
    // request; a bare delay, drip, truncation or header change damages its real answer.
    outcome.route = rule.afterApply || (!outcome.answer && !rule.reset);
    return outcome;
}

HttpResponse Faults::Outcome::shape(HttpResponse routed) const
{
    HttpResponse r = answer ? *answer : std::move(routed);
    if (malformedAfterApply) {
        r.body = kMalformedBody;
        r.setHeader("Content-Type", "application/json");
    }
    if (padBody > 0)
        r.body += QByteArray(padBody, ' ');
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
    r.resetConnection = r.resetConnection || reset;
    r.truncateBody = r.truncateBody || truncate;
    r.delayMs = delayMs;
    r.dripMs = dripMs;
    return r;
}

} // namespace td::sandbox
