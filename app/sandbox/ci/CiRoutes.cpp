// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ci/CiRoutes.h"

#include "sandbox/ci/CircleCiRoutes.h"
#include "sandbox/ci/GitLabCiRoutes.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace td::sandbox {

void addCiRoutes(Router &router, Context &ctx)
{
    addCiControlRoutes(router, ctx);
    addGitHubCiRoutes(router, ctx);
    addGitLabCiRoutes(router, ctx);
    addCircleCiRoutes(router, ctx);
}

namespace ci {

QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    for (const QByteArray &scheme : {QByteArrayLiteral("Bearer "), QByteArrayLiteral("token ")})
        if (value.size() > scheme.size()
            && value.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0)
            return value.mid(scheme.size()).trimmed();
    return {};
}

QJsonObject formOrJson(const HttpRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (doc.isObject())
        return doc.object();
    QJsonObject out;
    const QUrlQuery form(QString::fromUtf8(request.body));
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        out.insert(key, value);
    return out;
}

QString isoSeconds(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace ci

} // namespace td::sandbox
