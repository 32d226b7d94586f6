// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Requests straight into Sandbox::handle (no network) for the in-process sandbox tests.
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace td::test {

struct SandboxReply
{
    int status = 0;
    QJsonObject json;
    QJsonArray array;
    sandbox::HttpResponse raw;
};

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request from 127.0.0.1; `token` becomes "authorization: Bearer …".
SandboxReply handleInProcess(sandbox::Sandbox &sandbox, const QByteArray &method,
                             const QString &target, const QJsonValue &body = {},
                             const QString &token = {}, SandboxHeaders headers = {});

// The publish document npm sends (libnpmpublish), for one version with a real tarball: the body
// of PUT /<name> and of POST /-/stage/package/<name>.
QJsonObject publishDocument(const QString &name, const QString &version,
                            const QString &tag = QStringLiteral("latest"));

// The demo maintainer's current TOTP code on the sandbox clock.
QString maintainerOtp(sandbox::Sandbox &sandbox);

// A demo user's session token: the maintainer with a TOTP code, others with the e-mailed code.
QString signInInProcess(sandbox::Sandbox &sandbox, const QString &user);

} // namespace td::test
