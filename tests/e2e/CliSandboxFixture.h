// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the CLI end-to-end tests share: the real tokendesk-sandbox, tokendesk-cli as a process in
// a HOME of its own (its account file and npm's files land there, nowhere else), the demo
// maintainer's TOTP codes, and waiting on the real keychain.
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "Totp.h"
#include "core/util/Result.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace td::test {

inline const QByteArray kMaintainerTotpSecret = "JBSWY3DPEHPK3PXP";
inline const QByteArray kSandboxPassword = "sandbox-password";

inline QString currentOtp()
{
    return QString::fromLatin1(totp(kMaintainerTotpSecret, QDateTime::currentDateTimeUtc()));
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

template<class T, class Start>
Result<T> awaitResult(Start start, int ms = 30000)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

inline QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

class CliSandbox
{
public:
    SandboxProcess sandbox;
    QTemporaryDir home;

    // HOME for tokendesk-cli and the npm it starts; XDG paths follow it.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        // Temporary files of the CLI and of npm land inside HOME too, where the tests look.
        QDir(home.path()).mkpath(QStringLiteral("tmp"));
        env.insert(QStringLiteral("TMPDIR"), QDir(home.path()).filePath(QStringLiteral("tmp")));
        for (const char *name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
              "NPM_CONFIG_USERCONFIG", "NPM_TOKEN", "NODE_AUTH_TOKEN"})
            env.remove(QLatin1String(name));
        return env;
    }

    QString registry() const { return sandbox.url().toString(); }

    // Starts tokendesk-cli with --registry <sandbox> before `args`; `input` goes to its stdin.
    void start(QProcess &p, const QStringList &args, const QByteArray &input = {}) const
    {
        p.setProcessEnvironment(environment());
        p.start(programPath(QStringLiteral("tokendesk-cli")),
                QStringList{QStringLiteral("--registry"), registry()} + args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
    }

    CliRun cli(const QStringList &args, const QByteArray &input = {}, int ms = 90000) const
    {
        QProcess p;
        start(p, args, input);
        CliRun r;
        if (!p.waitForFinished(ms)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out: " + p.readAllStandardError();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // Signs the demo maintainer in through the CLI (legacy + TOTP); returns the account id.
    QString signIn() const
    {
        const CliRun r = cli(
            {QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--auth-type"),
             QStringLiteral("legacy"), QStringLiteral("--username"), QStringLiteral("maintainer"),
             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), currentOtp()},
            kSandboxPassword + '\n');
        if (r.exitCode != 0)
            qWarning("login failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("account")).toString();
    }

    QJsonObject stateToken(const QString &key) const
    {
        const HttpReply state
            = httpCall("GET", sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
        for (const QJsonValue &t : state.json().object().value(QLatin1String("tokens")).toArray())
            if (t.toObject().value(QLatin1String("key")).toString() == key)
                return t.toObject();
        return {};
    }
};

// What tokendesk-cli itself said on stderr: its "tokendesk-cli: …" lines, without the Qt log lines
// (td.registry: …) a debug build also prints there.
inline QByteArray cliLines(const QByteArray &err)
{
    QByteArray out;
    for (const QByteArray &line : err.split('\n'))
        if (line.startsWith("tokendesk-cli: "))
            out += line + '\n';
    return out;
}

inline QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace td::test
