// SPDX-License-Identifier: GPL-3.0-or-later
// The details pane's "Last releases" (issue 21): "checking…" per package at once, the answer in
// words when it comes, answers for a token no longer shown dropped, a signed-out account and a
// registry error said in words. The verdict sentences themselves: tst_lastreleasecheck and
// desktop_verify_e2e.
#include "FakeClock.h"
#include "FakeRegistryServer.h"

#include "core/registry/RegistryClient.h"
#include "desktop/details/ReleaseChecksPresenter.h"
#include "desktop/details/TokenDetailsPane.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

namespace {

Token tokenFor(const QString &key, const QStringList &packages)
{
    Token token;
    token.key = key;
    token.accountId = u"releaser@127.0.0.1"_s;
    token.name = key;
    token.packages = packages;
    return token;
}

} // namespace

class TestReleaseChecksPresenter : public QObject
{
    Q_OBJECT
private slots:
    void answersForAnotherTokenAreDropped();
    void atMostFivePackages();
    void registryErrorInWords();

private:
    QTemporaryDir m_dir;
};

void TestReleaseChecksPresenter::answersForAnotherTokenAreDropped()
{
    TokenDetailsPane pane;
    QList<std::function<void(RegistryClient *)>> pending; // answered by hand, out of order
    ReleaseChecksPresenter presenter(
        &pane,
        [&pending](const QString &, QObject *, std::function<void(RegistryClient *)> ready) {
            pending.append(std::move(ready));
        },
        m_dir.filePath(u"memory.json"_s));

    const Token first = tokenFor(u"first"_s, {u"@acme/ui"_s});
    pane.showToken(first, false);
    presenter.tokenShown(first);
    QCOMPARE(pane.releaseChecksText(), u"Last releases\n@acme/ui: checking the last release…"_s);

    const Token second = tokenFor(u"second"_s, {u"@acme/cli"_s});
    pane.showToken(second, false);
    QVERIFY(pane.releaseChecksText().isEmpty()); // the first token's lines went with it
    presenter.tokenShown(second);
    QCOMPARE(pending.size(), 2);
    pending.first()(nullptr); // the first token's answer, late
    QCOMPARE(pane.releaseChecksText(), u"Last releases\n@acme/cli: checking the last release…"_s);
    pending.last()(nullptr);
    QCOMPARE(pane.releaseChecksText(),
             u"Last releases\n@acme/cli: cannot check the last release while signed out; sign "
             "in to this account."_s);
    QVERIFY(pane.text().contains(u"@acme/cli: cannot check"_s));

    const Token scopesOnly = tokenFor(u"third"_s, {});
    pane.showToken(scopesOnly, false);
    presenter.tokenShown(scopesOnly);
    QVERIFY(pane.releaseChecksText().isEmpty());
}

void TestReleaseChecksPresenter::atMostFivePackages()
{
    TokenDetailsPane pane;
    ReleaseChecksPresenter presenter(
        &pane, [](const QString &, QObject *, std::function<void(RegistryClient *)>) {},
        m_dir.filePath(u"memory.json"_s));
    const Token token
        = tokenFor(u"many"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s});
    pane.showToken(token, false);
    presenter.tokenShown(token);
    const QStringList lines = pane.releaseChecksText().split(u'\n');
    QCOMPARE(lines.size(), 1 + ReleaseChecksPresenter::kMaxPackages + 1);
    QVERIFY2(lines.last().startsWith(u"(2 more package"_s), qPrintable(lines.last()));
}

void TestReleaseChecksPresenter::registryErrorInWords()
{
    test::FakeRegistryServer server;
    QVERIFY(server.listen());
    server.setHandler([](const test::FakeRegistryServer::Request &) {
        return test::FakeRegistryServer::Reply::json(404, R"({"error":"Not found"})");
    });
    test::FakeClock clock;
    auto *nam = new QNetworkAccessManager;
    {
        RegistryClient client(nam, server.baseUrl(), clock);
        TokenDetailsPane pane;
        ReleaseChecksPresenter presenter(
            &pane,
            [&client](const QString &, QObject *, std::function<void(RegistryClient *)> ready) {
                ready(&client);
            },
            m_dir.filePath(u"memory.json"_s));
        const Token token = tokenFor(u"gone"_s, {u"@acme/gone"_s});
        pane.showToken(token, false);
        presenter.tokenShown(token);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.releaseChecksText().contains(u"checking"_s), 10000);
        const QString text = pane.releaseChecksText();
        QVERIFY2(text.startsWith(u"Last releases\n@acme/gone: "_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Published by"_s), qPrintable(text));
    }
    delete nam;
}

QTEST_MAIN(TestReleaseChecksPresenter)
#include "tst_releasecheckspresenter.moc"
