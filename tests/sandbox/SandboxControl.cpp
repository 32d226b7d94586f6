// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxControl.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace td::test {

HttpReply sandboxControl(const QUrl &sandbox, const QString &path, const QJsonObject &body)
{
    return httpCall("POST", sandbox.resolved(QUrl(path)), QJsonDocument(body).toJson(),
                    {{"content-type", "application/json"}});
}

QString sandboxPublishAndTick(const QUrl &sandbox, const QJsonObject &body, int advanceSeconds)
{
    const HttpReply published = sandboxControl(sandbox, u"/-/sandbox/publish"_s, body);
    if (published.status != 201)
        return u"publish: %1 %2"_s.arg(published.status).arg(QString::fromUtf8(published.body));
    const HttpReply ticked
        = sandboxControl(sandbox, u"/-/sandbox/clock"_s, {{u"advance_seconds"_s, advanceSeconds}});
    if (ticked.status != 200)
        return u"clock: %1 %2"_s.arg(ticked.status).arg(QString::fromUtf8(ticked.body));
    return {};
}

} // namespace td::test
