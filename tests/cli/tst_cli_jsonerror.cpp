// SPDX-License-Identifier: GPL-3.0-or-later
// Failures under --json (issue 17): npm's error object on stdout, where npm 11 prints it
// ({"error": {"code", "summary", "detail"}}, two-space indents), with npm's code for each
// registry failure; the one human line on stderr stays; without --json nothing changes.
#include "cli/CliContext.h"
#include "cli/JsonError.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace td;
using namespace td::cli;

namespace {
struct Streams
{
    QBuffer in, out, err;
    CliContext context{&in, &out, &err};
    Streams()
    {
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
    }
};

Error registryError(ErrorCode code, int status)
{
    Error e;
    e.code = code;
    e.message = QStringLiteral("what happened");
    e.hint = QStringLiteral("what to do");
    e.httpStatus = status;
    return e;
}
} // namespace

class TstCliJsonError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void npmsCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("npmCode");
        QTest::newRow("401") << int(ErrorCode::E401) << 401 << "E401";
        // TokenDesk says "sign in again"; npm-registry-fetch says E401 for the same answer.
        QTest::newRow("ended session") << int(ErrorCode::ENEEDAUTH) << 401 << "E401";
        QTest::newRow("never signed in") << int(ErrorCode::ENEEDAUTH) << 0 << "ENEEDAUTH";
        QTest::newRow("otp") << int(ErrorCode::EOTP) << 401 << "EOTP";
        QTest::newRow("ip") << int(ErrorCode::EAUTHIP) << 401 << "EAUTHIP";
        QTest::newRow("403") << int(ErrorCode::E403) << 403 << "E403";
        QTest::newRow("404") << int(ErrorCode::E404) << 404 << "E404";
        QTest::newRow("409") << int(ErrorCode::E409) << 409 << "E409";
        QTest::newRow("429") << int(ErrorCode::E429) << 429 << "E429";
        QTest::newRow("400 worded as bad input") << int(ErrorCode::InvalidInput) << 400 << "E400";
        QTest::newRow("500") << int(ErrorCode::ServerError) << 500 << "E500";
        QTest::newRow("503") << int(ErrorCode::ServerError) << 503 << "E503";
        QTest::newRow("timeout") << int(ErrorCode::Timeout) << 0 << "ETIMEDOUT";
        QTest::newRow("answer lost") << int(ErrorCode::AnswerLost) << 0 << "ECONNRESET";
        QTest::newRow("network, no system name") << int(ErrorCode::Network) << 0 << "ENETWORK";
        QTest::newRow("local, TokenDesk's own")
            << int(ErrorCode::KeychainLocked) << 0 << "KEYCHAIN_LOCKED";
        QTest::newRow("not an answer status")
            << int(ErrorCode::MalformedResponse) << 200 << "EMALFORMED";
    }
    void npmsCode()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QFETCH(QString, npmCode);
        QCOMPARE(npmErrorCode(registryError(ErrorCode(code), status)), npmCode);
    }

    void systemNameOfAFailedConnection()
    {
        Error refused = registryError(ErrorCode::Network, 0);
        refused.systemCode = QStringLiteral("ECONNREFUSED");
        QCOMPARE(npmErrorCode(refused), QStringLiteral("ECONNREFUSED"));
    }

    void npmsShapeAndIndent()
    {
        QCOMPARE(
            npmJsonError(QStringLiteral("E404"), QStringLiteral("Not \"found\""),
                         QStringLiteral("Check the name.")),
            QByteArray("{\n  \"error\": {\n    \"code\": \"E404\",\n    \"summary\": "
                       "\"Not \\\"found\\\"\",\n    \"detail\": \"Check the name.\"\n  }\n}\n"));
        // An error without a code: npm leaves the key out (JSON.stringify drops undefined).
        const QJsonObject error = QJsonDocument::fromJson(npmJsonError({}, QStringLiteral("x"), {}))
                                      .object()
                                      .value(QLatin1String("error"))
                                      .toObject();
        QVERIFY(!error.contains(QLatin1String("code")));
        QCOMPARE(error.value(QLatin1String("detail")).toString(), QString());
    }

    void failUnderJsonWritesNpmsObjectOnStdout()
    {
        Streams s;
        s.context.json = true;
        s.context.fail(registryError(ErrorCode::ENEEDAUTH, 401));
        s.context.out.flush();
        s.context.err.flush();
        const QJsonObject error = QJsonDocument::fromJson(s.out.data())
                                      .object()
                                      .value(QLatin1String("error"))
                                      .toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("E401"));
        QCOMPARE(error.value(QLatin1String("summary")).toString(), QStringLiteral("what happened"));
        QCOMPARE(error.value(QLatin1String("detail")).toString(), QStringLiteral("what to do"));
        // The human line stays on stderr, as npm's "npm error" lines do.
        QCOMPARE(s.err.data(), QByteArray("tokendesk-cli: ENEEDAUTH: what happened what to do\n"));
    }

    void onlyTheFirstFailureBecomesTheObject()
    {
        Streams s;
        s.context.json = true;
        s.context.fail(QStringLiteral("first"), QStringLiteral("EUSAGE"));
        s.context.fail(QStringLiteral("second"));
        s.context.out.flush();
        QJsonParseError parsed;
        const QJsonDocument doc = QJsonDocument::fromJson(s.out.data(), &parsed);
        QCOMPARE(parsed.error, QJsonParseError::NoError); // still one JSON document
        const QJsonObject error = doc.object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("EUSAGE"));
        QCOMPARE(error.value(QLatin1String("summary")).toString(), QStringLiteral("first"));
    }

    // `trust check --json` prints its report, then fails for the exit status: stdout stays
    // that one document (npm, too, keeps an array result without the error).
    void noObjectAfterTheResult()
    {
        Streams s;
        s.context.json = true;
        s.context.out << "[]\n";
        s.context.fail(QStringLiteral("1 package needs attention"));
        s.context.out.flush();
        QCOMPARE(s.out.data(), QByteArray("[]\n"));
        QCOMPARE(s.err.data(), QByteArray("tokendesk-cli: 1 package needs attention\n"));
    }

    void withoutJsonOnlyTheLine()
    {
        Streams s;
        s.context.fail(registryError(ErrorCode::E404, 404));
        s.context.out.flush();
        s.context.err.flush();
        QVERIFY(s.out.data().isEmpty());
        QCOMPARE(s.err.data(), QByteArray("tokendesk-cli: E404: what happened what to do\n"));
    }
};

QTEST_GUILESS_MAIN(TstCliJsonError)
#include "tst_cli_jsonerror.moc"
