// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCapture.h"
#include "core/util/Logging.h"

#include <QTest>

class TstRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masksCredentials_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        const QString granular = QStringLiteral("npm_AbCd0123456789012345678901234567WxYz");
        QTest::newRow("granular token") << QStringLiteral("using ") + granular << granular
                                        << QStringLiteral("using npm_AbCd...WxYz");
        QTest::newRow("bearer header")
            << QStringLiteral("Authorization: Bearer abc.def-ghi") << QStringLiteral("abc.def-ghi")
            << QStringLiteral("Authorization: Bearer ***");
        QTest::newRow("json password")
            << QStringLiteral(R"({"name":"x","password":"hunter2"})") << QStringLiteral("hunter2")
            << QStringLiteral(R"({"name":"x","password":"***"})");
        QTest::newRow("npmrc line")
            << QStringLiteral("//registry.npmjs.org/:_authToken=s3cr3tvalue")
            << QStringLiteral("s3cr3tvalue")
            << QStringLiteral("//registry.npmjs.org/:_authToken=***");
        QTest::newRow("classic uuid")
            << QStringLiteral("token 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 ok")
            << QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
            << QStringLiteral("token *** ok");
        // Found by fuzz_cilogdiagnoser: a token right after or before a word character kept
        // all its characters (the pattern wanted word boundaries).
        QTest::newRow("token after an underscore (fuzz)") << QStringLiteral("Not found _")
                + granular << granular << QStringLiteral("Not found _npm_AbCd...WxYz");
        QTest::newRow("token glued to words")
            << QStringLiteral("NPM_TOKEN_") + granular + QStringLiteral("_old") << granular
            << QStringLiteral("NPM_TOKEN_npm_AbCd...WxYz_old");
        // Found by fuzz_cilogdiagnoser: the first token's run of letters took the next token's
        // "npm" with it, and the next token's 36 characters stayed in the clear.
        const QString other = QStringLiteral("npm_abcdefghijklmnopqrstuvwxyz0123456789");
        QTest::newRow("two tokens with a word between (fuzz)")
            << granular + QStringLiteral("tica") + other + QStringLiteral("te") << other.mid(8, 28)
            << QStringLiteral("npm_AbCd...anpm_abcd...89te");
        QTest::newRow("two tokens glued") << granular + other << other.mid(8, 28)
                                          << QStringLiteral("npm_AbCd...znpm_abcd...6789");
        // Found by fuzz_cilogdiagnoser after 9.7 million runs: a "token" one character short
        // glued to a real one. Stopping runs before a following "npm_" left the short one's 35
        // characters and the "n" of the next one readable as a whole token.
        QTest::newRow("short token glued to a token (fuzz)")
            << QStringLiteral("XXXnpm_abcdefghijklmnopqrstuvwxyz012345XXX") + other
                + QStringLiteral("XX")
            << QStringLiteral("efghijklmnopqrstuvwxyz012345XXX")
            << QStringLiteral("XXXnpm_abcd...Xnpm_abcd...89XX");
        QTest::newRow("otp header") << QStringLiteral("npm-otp: 123456") << QStringLiteral("123456")
                                    << QStringLiteral("npm-otp: ***");
    }
    void masksCredentials()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        const QString out = td::redact(input);
        QCOMPARE(out, expected);
        QVERIFY(!out.contains(secret));
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral("GET /-/npm/v1/tokens?page=2 200 14 ms");
        QCOMPARE(td::redact(text), text);
    }

    void handlerRedactsEveryMessage()
    {
        td::test::LogCapture capture;
        const QString secret = QStringLiteral("npm_ZZZZ0123456789012345678901234567QQQQ");
        qWarning().noquote() << "careless log of" << secret;
        qCDebug(td::lcRegistry).noquote() << "header Bearer" << secret;
        QVERIFY(!capture.all().isEmpty());
        QVERIFY2(!capture.all().contains(secret), qPrintable(capture.all()));
    }
};

QTEST_GUILESS_MAIN(TstRedact)
#include "tst_redact.moc"
