// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A FakeRegistryServer handler that keeps one package document (@acme/ui) and answers the
// lockdown's writes as npmjs does: every write challenged for a one-time password (legacy: a
// 401 with www-authenticate OTP) unless npm-otp carries the right code, the document read with
// ?write=true and written back with its _rev. Tests inspect `doc`, `access`, `revoked`, … after.
#include "FakeRegistryServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace td::test {

struct LockdownFakeRegistry
{
    using Request = FakeRegistryServer::Request;
    using Reply = FakeRegistryServer::Reply;

    QByteArray code = "123456";
    QJsonObject doc;
    QJsonObject access;
    QSet<QByteArray> revoked;  // token keys, trust ids and stage ids deleted
    QSet<QByteArray> failOnce; // request lines ("PUT /-/package/…") answered 500 once
    int rev = 1;
    // Browser 2FA (npm-auth-type web): a challenge carries authUrl/doneUrl; once the test approves
    // (with npmjs's "skip 2FA for 5 minutes" ticked) later writes pass without a challenge.
    bool web = false;
    bool approved = false;
    int challenges = 0;

    LockdownFakeRegistry()
    {
        const QJsonObject version{{QStringLiteral("name"), QStringLiteral("@acme/ui")}};
        doc = QJsonObject{
            {QStringLiteral("_id"), QStringLiteral("@acme/ui")},
            {QStringLiteral("_rev"), QStringLiteral("1-abc")},
            {QStringLiteral("name"), QStringLiteral("@acme/ui")},
            {QStringLiteral("dist-tags"),
             QJsonObject{{QStringLiteral("latest"), QStringLiteral("1.1.1")}}},
            {QStringLiteral("maintainers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("alice")},
                                    {QStringLiteral("email"), QStringLiteral("a@example.com")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("mallory")},
                                    {QStringLiteral("email"), QStringLiteral("m@example.com")}}}},
            {QStringLiteral("versions"),
             QJsonObject{{QStringLiteral("1.1.0"), version}, {QStringLiteral("1.1.1"), version}}},
        };
    }

    static QByteArray line(const Request &r)
    {
        // QUrl upper-cases npm's lower-case %2f scope separator; both mean the same.
        QByteArray target = r.target;
        target.replace("%2F", "%2f");
        return QByteArray(r.method + ' ') + target;
    }

    // A crashed TokenDesk sends nothing more: `dead` resets every connection; dieAfterNextWrite
    // lets one more write through first (its answer is what the crash loses).
    bool dead = false;
    bool dieAfterNextWrite = false;

    Reply answer(const Request &r)
    {
        if (dead) {
            Reply reset;
            reset.mode = Reply::Mode::Reset;
            return reset;
        }
        Reply reply = answerAlive(r);
        if (dieAfterNextWrite && r.method != "GET" && reply.status < 300)
            dead = true;
        return reply;
    }

    Reply answerAlive(const Request &r)
    {
        QByteArray path = r.target;
        path.replace("%2F", "%2f");
        const bool write = r.method != "GET";
        if (web && r.method == "GET" && path.startsWith("/-/v1/done"))
            return approved ? Reply::json(200, R"({"token":"web-otp"})")
                            : Reply::json(202, "{}", {{"retry-after", "1"}});
        if (web && write && !approved) {
            ++challenges;
            const QByteArray base = "http://" + r.header("host");
            return Reply::json(401,
                               R"({"authUrl":")" + base + R"(/auth/1","doneUrl":")" + base
                                   + R"(/-/v1/done?authId=1"})",
                               {{"www-authenticate", "OTP"}});
        }
        if (!web && write && r.header("npm-otp") != code)
            ++challenges;
        if (!web && write && r.header("npm-otp") != code)
            return Reply::json(401, R"({"error":"This operation requires a one-time password."})",
                               {{"www-authenticate", "OTP"}});
        if (failOnce.remove(line(r)))
            return Reply::json(500, R"({"error":"internal server error"})");
        if (r.method == "GET" && path == "/@acme%2fui?write=true")
            return Reply::json(200, QJsonDocument(doc).toJson());
        if (r.method == "PUT" && path.startsWith("/@acme%2fui/-rev/")) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (path.mid(qsizetype(sizeof("/@acme%2fui/-rev/")) - 1)
                != doc.value(QStringLiteral("_rev")).toString().toUtf8())
                return Reply::json(409, R"({"error":"Document update conflict."})");
            doc.insert(QStringLiteral("maintainers"), body.value(QStringLiteral("maintainers")));
            bump();
            return Reply::json(200, R"({"ok":true})");
        }
        if (r.method == "PUT" && path == "/@acme%2fui") {
            doc = QJsonDocument::fromJson(r.body).object();
            bump();
            return Reply::json(200, R"({"ok":true})");
        }
        if (r.method == "PUT" && path.startsWith("/-/package/@acme%2fui/dist-tags/")) {
            QJsonObject tags = doc.value(QStringLiteral("dist-tags")).toObject();
            const QJsonValue version = QJsonDocument::fromJson("[" + r.body + "]").array().at(0);
            tags.insert(QString::fromUtf8(
                            path.mid(qsizetype(sizeof("/-/package/@acme%2fui/dist-tags/")) - 1)),
                        version);
            doc.insert(QStringLiteral("dist-tags"), tags);
            return Reply::json(200, R"({"ok":true})");
        }
        if (r.method == "POST" && path == "/-/package/@acme%2fui/access") {
            access = QJsonDocument::fromJson(r.body).object();
            return Reply::json(200, R"({"ok":true})");
        }
        if (r.method == "DELETE") {
            const QByteArray id = path.mid(path.lastIndexOf('/') + 1);
            if (revoked.contains(id))
                return Reply::json(404, R"({"error":"not found"})");
            revoked.insert(id);
            return Reply::json(204, {});
        }
        return Reply::json(404, R"({"error":"not found"})");
    }

    void bump()
    {
        ++rev;
        doc.insert(QStringLiteral("_rev"), QStringLiteral("%1-abc").arg(rev));
    }

    QStringList maintainers() const
    {
        QStringList names;
        const QJsonArray array = doc.value(QStringLiteral("maintainers")).toArray();
        for (const QJsonValue &m : array)
            names << m.toObject().value(QStringLiteral("name")).toString();
        return names;
    }
    QString deprecated(const QString &version) const
    {
        return doc.value(QStringLiteral("versions"))
            .toObject()
            .value(version)
            .toObject()
            .value(QStringLiteral("deprecated"))
            .toString();
    }
    QString tag(const QString &name) const
    {
        return doc.value(QStringLiteral("dist-tags")).toObject().value(name).toString();
    }
};

} // namespace td::test
