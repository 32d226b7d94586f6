// SPDX-License-Identifier: GPL-3.0-or-later
#include "InProcessSandbox.h"

#include "sandbox/auth/Totp.h"
#include "sandbox/state/TarGz.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QUrlQuery>

namespace td::test {

using namespace td::sandbox;

SandboxReply handleInProcess(Sandbox &sandbox, const QByteArray &method, const QString &target,
                             const QJsonValue &body, const QString &token, SandboxHeaders headers)
{
    HttpRequest r;
    r.method = method;
    r.target = target.toUtf8();
    const qsizetype q = target.indexOf(QLatin1Char('?'));
    r.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        r.query = QUrlQuery(target.mid(q + 1));
    r.peer = QHostAddress(QHostAddress::LocalHost);
    if (body.isObject())
        r.body = QJsonDocument(body.toObject()).toJson();
    else if (body.isArray())
        r.body = QJsonDocument(body.toArray()).toJson();
    if (!token.isEmpty())
        headers.append({"authorization", "Bearer " + token.toUtf8()});
    r.headers = headers;
    SandboxReply reply;
    reply.raw = sandbox.handle(r);
    reply.status = reply.raw.status;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.raw.body);
    reply.json = doc.object();
    reply.array = doc.array();
    return reply;
}

QJsonObject publishDocument(const QString &name, const QString &version, const QString &tag)
{
    const QByteArray tgz = targz::build(
        {{QStringLiteral("package/package.json"),
          QStringLiteral(R"({"name":"%1","version":"%2"})").arg(name, version).toUtf8()}});
    const QString file
        = name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version + QLatin1String(".tgz");
    return {{QStringLiteral("_id"), name},
            {QStringLiteral("name"), name},
            {QStringLiteral("dist-tags"), QJsonObject{{tag, version}}},
            {QStringLiteral("versions"),
             QJsonObject{{version,
                          QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("version"), version}}}}},
            {QStringLiteral("access"), QStringLiteral("public")},
            {QStringLiteral("_attachments"),
             QJsonObject{{file,
                          QJsonObject{{QStringLiteral("content_type"),
                                       QStringLiteral("application/octet-stream")},
                                      {QStringLiteral("data"), QString::fromLatin1(tgz.toBase64())},
                                      {QStringLiteral("length"), tgz.size()}}}}}};
}

QString maintainerOtp(Sandbox &sandbox)
{
    return totp::code(*totp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")),
                      sandbox.context().state.now());
}

QString signInInProcess(Sandbox &sandbox, const QString &user)
{
    const QString target = QStringLiteral("/-/user/org.couchdb.user:") + user;
    const QJsonObject body{{QStringLiteral("name"), user},
                           {QStringLiteral("password"), QStringLiteral("sandbox-password")}};
    QString code;
    if (user == QLatin1String("maintainer")) {
        code = maintainerOtp(sandbox);
    } else {
        handleInProcess(sandbox, "PUT", target, body); // e-mails a code
        code = sandbox.context().state.outbox.last().code;
    }
    return handleInProcess(sandbox, "PUT", target, body, {}, {{"npm-otp", code.toUtf8()}})
        .json.value(QStringLiteral("token"))
        .toString();
}

} // namespace td::test
