// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: POST /-/sandbox/tokens/fill tops the maintainer's listed tokens up to a count (and
// adds none when they are there already), and the token list pages them as npmjs does: perPage
// (1 to 9999), page, total and urls.next.
#include "InProcessSandbox.h"

#include <QtTest>

using namespace td::test;

class SandboxTokenFillTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<td::sandbox::Sandbox> m_sandbox;
    QString m_session;

    SandboxReply fill(int count)
    {
        return handleInProcess(*m_sandbox, "POST", QStringLiteral("/-/sandbox/tokens/fill"),
                               QJsonObject{{QStringLiteral("owner"), QStringLiteral("maintainer")},
                                           {QStringLiteral("count"), count},
                                           {QStringLiteral("name"), QStringLiteral("bench")}});
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<td::sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->loadSeed(QStringLiteral("demo"), &error), qPrintable(error));
        m_session = signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
        QVERIFY(!m_session.isEmpty());
    }
    void cleanup() { m_sandbox.reset(); }

    void topsUpOnceThenFindsThemThere()
    {
        const SandboxReply first = fill(1000);
        QCOMPARE(first.status, 200);
        const int demo = 1000 - first.json.value(QLatin1String("created")).toInt();
        QVERIFY2(demo >= 0 && demo < 50, "the demo's own tokens count towards the 1,000");
        QCOMPARE(first.json.value(QLatin1String("listed")).toInt(), 1000);
        const SandboxReply again = fill(1000);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("created")).toInt(), 0);
        QCOMPARE(again.json.value(QLatin1String("listed")).toInt(), 1000);
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("unknown owner") << QJsonObject{
            {QStringLiteral("owner"), QStringLiteral("nobody")}, {QStringLiteral("count"), 10}};
        QTest::newRow("no count") << QJsonObject{
            {QStringLiteral("owner"), QStringLiteral("maintainer")}};
        QTest::newRow("too many") << QJsonObject{
            {QStringLiteral("owner"), QStringLiteral("maintainer")},
            {QStringLiteral("count"), 10001}};
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QJsonObject, body);
        QCOMPARE(handleInProcess(*m_sandbox, "POST", QStringLiteral("/-/sandbox/tokens/fill"), body)
                     .status,
                 400);
    }

    void pagesTheListAsNpmjsDoes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("objects");
        QTest::addColumn<QString>("next"); // empty: none
        QTest::newRow("default 10")
            << QString() << 10 << QStringLiteral("/-/npm/v1/tokens?page=1&perPage=10");
        QTest::newRow("perPage 1000: one page")
            << QStringLiteral("perPage=1000") << 1000 << QString();
        QTest::newRow("perPage 9999") << QStringLiteral("perPage=9999") << 1000 << QString();
        QTest::newRow("perPage 300") << QStringLiteral("perPage=300") << 300
                                     << QStringLiteral("/-/npm/v1/tokens?page=1&perPage=300");
        QTest::newRow("last page") << QStringLiteral("page=3&perPage=300") << 100 << QString();
        QTest::newRow("past the end") << QStringLiteral("page=9&perPage=300") << 0 << QString();
    }

    void pagesTheListAsNpmjsDoes()
    {
        QFETCH(QString, query);
        QFETCH(int, objects);
        QFETCH(QString, next);
        QCOMPARE(fill(1000).status, 200);
        const SandboxReply list = handleInProcess(
            *m_sandbox, "GET", QStringLiteral("/-/npm/v1/tokens?") + query, {}, m_session);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("objects")).toArray().size(), objects);
        QCOMPARE(list.json.value(QLatin1String("total")).toInt(), 1000);
        QCOMPARE(list.json.value(QLatin1String("urls"))
                     .toObject()
                     .value(QLatin1String("next"))
                     .toString(),
                 next);
    }
};

QTEST_GUILESS_MAIN(SandboxTokenFillTest)
#include "tst_sandbox_tokenfill.moc"
