// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The faults the battery injects into each command's main request, as sandbox fault-rule fields
// (app/sandbox/README.md). "after apply" kinds let the registry make the change first.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace td::test {

struct FaultKind
{
    QString name;
    QJsonObject rule; // without method and path
};

inline QList<FaultKind> faultKinds(const QUrl &otherOrigin)
{
    const auto status = [](int code) { return QJsonObject{{QStringLiteral("status"), code}}; };
    const auto answer = [](const QString &body) {
        return QJsonObject{{QStringLiteral("status"), 200}, {QStringLiteral("body"), body}};
    };
    QJsonObject html = answer(QStringLiteral("<html><body>Service maintenance</body></html>"));
    html.insert(QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("text/html")}});
    QJsonObject truncated = answer(QStringLiteral("{\"objects\":[],\"total\":0,\"urls\":{}}"));
    truncated.insert(QStringLiteral("truncate"), true);
    return {
        {QStringLiteral("500"), status(500)},
        {QStringLiteral("502"), status(502)},
        {QStringLiteral("503"), status(503)},
        {QStringLiteral("401"), status(401)},
        {QStringLiteral("403"), status(403)},
        {QStringLiteral("404"), status(404)},
        {QStringLiteral("429 retry-after 1"), {{QStringLiteral("retry_after"), 1}}},
        {QStringLiteral("429 retry-after 1 h"), {{QStringLiteral("retry_after"), 3600}}},
        {QStringLiteral("reset"), {{QStringLiteral("reset"), true}}},
        {QStringLiteral("reset after apply"), {{QStringLiteral("reset_after_apply"), true}}},
        {QStringLiteral("truncated"), truncated},
        {QStringLiteral("truncated after apply"), {{QStringLiteral("truncate_after_apply"), true}}},
        {QStringLiteral("malformed JSON"), {{QStringLiteral("malformed_json"), true}}},
        {QStringLiteral("malformed after apply"),
         {{QStringLiteral("malformed_after_apply"), true}}},
        {QStringLiteral("empty 200"), answer(QString())},
        {QStringLiteral("null 200"), answer(QStringLiteral("null"))},
        {QStringLiteral("HTML 200"), html},
        {QStringLiteral("unexpected JSON"), answer(QStringLiteral("{\"unexpected\":true}"))},
        {QStringLiteral("40 s stall after apply"),
         {{QStringLiteral("after_apply"), true}, {QStringLiteral("delay_ms"), 40000}}},
        {QStringLiteral("dripping body"), {{QStringLiteral("drip_ms"), 500}}},
        {QStringLiteral("redirect to other origin"),
         {{QStringLiteral("status"), 307},
          {QStringLiteral("redirect"), QString(otherOrigin.toString() + QStringLiteral("moved"))}}},
        {QStringLiteral("redirect to plain http"),
         {{QStringLiteral("status"), 308},
          {QStringLiteral("redirect"), QStringLiteral("http://registry.example.com/moved")}}},
        {QStringLiteral("huge body"), {{QStringLiteral("pad_body"), 11 * 1024 * 1024}}},
        {QStringLiteral("wrong Content-Type"),
         {{QStringLiteral("headers"),
           QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("text/plain")}}}}},
    };
}

} // namespace td::test
