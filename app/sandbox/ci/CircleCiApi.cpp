// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ci/CircleCiApi.h"

#include "sandbox/ci/CircleCiRoutes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace td::sandbox::circleci {

HttpResponse message(int status, const QString &text)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("message"), text}});
}

QString masked(const QByteArray &value)
{
    return QStringLiteral("xxxx") + QString::fromUtf8(value.right(4));
}

HttpResponse admit(Context &ctx, const HttpRequest &request, const QString &missing,
                   const CiCredential **who)
{
    const CiCredential *c = ctx.ci.credential(kProvider, request.header("circle-token").trimmed());
    if (!c)
        return message(401, QStringLiteral("You must log in first."));
    if (who)
        *who = c;
    if (!missing.isEmpty())
        return message(404, missing);
    if (!c->may(QStringLiteral("all")))
        return message(403, QStringLiteral("Permission denied"));
    HttpResponse go;
    go.status = 0;
    return go;
}

std::optional<int> pageStart(const HttpRequest &request)
{
    const QString token = request.queryValue(QStringLiteral("page-token"));
    if (token.isEmpty())
        return 0;
    bool ok = false;
    const int start = QByteArray::fromBase64(token.toLatin1()).toInt(&ok);
    return ok && start >= 0 ? std::optional<int>(start) : std::nullopt;
}

HttpResponse page(const QJsonArray &all, int start)
{
    QJsonArray items;
    for (int i = start; i < all.size() && i < start + kCircleCiPageSize; ++i)
        items.append(all.at(i));
    const int next = start + kCircleCiPageSize;
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("next_page_token"),
                                           next < all.size() ? QJsonValue(QString::fromLatin1(
                                               QByteArray::number(next).toBase64()))
                                                             : QJsonValue(QJsonValue::Null)}});
}

HttpResponse badPageToken()
{
    return message(400, QStringLiteral("Invalid page-token"));
}

bool validName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return rule.match(name).hasMatch();
}

} // namespace td::sandbox::circleci
