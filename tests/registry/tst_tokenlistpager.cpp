// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient::listTokens (TokenListPager) against registries that page in every way a real
// or broken one might: large pages, a cap below perPage, perPage ignored, `page` ignored, total
// missing, too small or too large, overlapping pages, cursor or 1-based urls.next, absolute next
// URLs, next pages without end. Every case lists each token once, in order, or fails clearly,
// with a bounded number of requests.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/TokenListPager.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;

namespace {
enum class NextStyle { Relative, Absolute, OneBased, Cursor };

// How the simulated registry pages its `tokens` tokens k0, k1, …
struct Paging
{
    int tokens = 0;
    int pageSize = 0;        // what it sends per page, whatever perPage asks for
    bool honoursPage = true; // false: every request answers the first page
    int total = -1;          // `total` it reports; -1: none
    int overlap = 0;         // tokens each page repeats from the previous one
    NextStyle next = NextStyle::Relative;
    bool endless = false; // names a next page even after the last token
};

QByteArray tokenObject(int i)
{
    return QStringLiteral(R"({"key":"k%1","token":"npm_ab12...wx%1","name":"t%1",)"
                          R"("expiry":"2027-12-01T00:00:00.000Z","permissions":[],"scopes":[]})")
        .arg(i)
        .toUtf8();
}

Reply answerPage(const Paging &paging, const QByteArray &base, const QByteArray &target)
{
    const QUrlQuery query(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
    int page = 0;
    if (paging.next == NextStyle::Cursor && query.hasQueryItem(QStringLiteral("cursor")))
        page = query.queryItemValue(QStringLiteral("cursor")).mid(1).toInt();
    else if (query.hasQueryItem(QStringLiteral("page")))
        page = query.queryItemValue(QStringLiteral("page")).toInt()
            - (paging.next == NextStyle::OneBased ? 1 : 0);
    if (!paging.honoursPage)
        page = 0;
    const int start = std::max(0, page * (paging.pageSize - paging.overlap));
    const int end = std::min(paging.tokens, start + paging.pageSize);
    QByteArrayList objects;
    for (int i = start; i < end; ++i)
        objects.append(tokenObject(i));
    QByteArray body = "{\"objects\":[" + objects.join(',') + "]";
    if (paging.total >= 0)
        body += ",\"total\":" + QByteArray::number(paging.total);
    const int following = page + 1;
    QByteArray next;
    if (end < paging.tokens || paging.endless) {
        switch (paging.next) {
        case NextStyle::Relative:
            next = "/-/npm/v1/tokens?page=" + QByteArray::number(following) + "&perPage=1000";
            break;
        case NextStyle::Absolute:
            next = base + "-/npm/v1/tokens?perPage=1000&page=" + QByteArray::number(following);
            break;
        case NextStyle::OneBased:
            next = "-/npm/v1/tokens?page=" + QByteArray::number(following + 1);
            break;
        case NextStyle::Cursor:
            next = "-/npm/v1/tokens?cursor=c" + QByteArray::number(following);
            break;
        }
    }
    body += ",\"urls\":{" + (next.isEmpty() ? QByteArray() : "\"next\":\"" + next + "\"") + "}}";
    return Reply::json(200, body);
}
} // namespace

Q_DECLARE_METATYPE(Paging)

class TestTokenListPager : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;

private Q_SLOTS:
    void listsEveryTokenOnceWithBoundedRequests_data()
    {
        QTest::addColumn<Paging>("paging");
        QTest::addColumn<int>("expectedTokens"); // -1: the listing fails (MalformedResponse)
        QTest::addColumn<int>("maxRequests");
        constexpr int parallel = TokenListPager::kParallelPages;

        QTest::newRow("one large page") << Paging{1000, 1000, true, 1000} << 1000 << 1;
        QTest::newRow("capped at 100, total known") << Paging{1000, 100, true, 1000} << 1000 << 10;
        QTest::newRow("perPage ignored (10 a page)") << Paging{1000, 10, true, 1000} << 1000 << 100;
        QTest::newRow("no total: follows next") << Paging{250, 100, true, -1} << 250 << 3;
        QTest::newRow("total too small") << Paging{500, 100, true, 250} << 500 << 5;
        QTest::newRow("total too large") << Paging{300, 100, true, 5000} << 300 << 3 + parallel;
        QTest::newRow("overlapping pages") << Paging{500, 100, true, 500, 20} << 500 << 7;
        QTest::newRow("page ignored: the same page again")
            << Paging{1000, 10, false, 1000} << -1
            << 1 + parallel + TokenListPager::kMaxBarrenPages;
        QTest::newRow("page ignored, no total")
            << Paging{1000, 10, false, -1} << -1 << 1 + TokenListPager::kMaxBarrenPages;
        QTest::newRow("cursor next")
            << Paging{300, 100, true, 300, 0, NextStyle::Cursor} << 300 << 3;
        QTest::newRow("one-based pages")
            << Paging{300, 100, true, 300, 0, NextStyle::OneBased} << 300 << 3;
        QTest::newRow("absolute next")
            << Paging{300, 100, true, 300, 0, NextStyle::Absolute} << 300 << 3;
        QTest::newRow("endless empty pages, total reached")
            << Paging{200, 100, true, 200, 0, NextStyle::Relative, true} << 200
            << 2 + TokenListPager::kMaxBarrenPages;
        QTest::newRow("endless empty pages, no total")
            << Paging{200, 100, true, -1, 0, NextStyle::Relative, true} << -1
            << 2 + TokenListPager::kMaxBarrenPages;
    }

    void listsEveryTokenOnceWithBoundedRequests()
    {
        QFETCH(Paging, paging);
        QFETCH(int, expectedTokens);
        QFETCH(int, maxRequests);
        FakeRegistryServer server;
        QVERIFY(server.listen());
        const QByteArray base = server.baseUrl().toString().toUtf8();
        server.setHandler([paging, base](const FakeRegistryServer::Request &r) {
            return answerPage(paging, base, r.target);
        });
        RegistryClient client(&m_nam, server.baseUrl(), m_clock);
        client.setAuthToken(SecretBuffer(QByteArrayView("sekrit-session-value")));

        std::optional<Result<TokenPage>> result;
        client.listTokens(nullptr,
                          [&result](Result<TokenPage> r) { result.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));

        const auto &requests = server.requests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.constFirst().target, QByteArray("/-/npm/v1/tokens?perPage=1000"));
        QVERIFY2(requests.size() <= maxRequests,
                 qPrintable(QStringLiteral("%1 requests").arg(requests.size())));
        for (const auto &request : requests)
            QCOMPARE(request.header("authorization"), QByteArray("Bearer sekrit-session-value"));
        if (expectedTokens < 0) {
            QVERIFY(!result->ok());
            QCOMPARE(result->error().code, ErrorCode::MalformedResponse);
            return;
        }
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().oneLine()));
        const TokenPage &page = result->value();
        QCOMPARE(page.tokens.size(), expectedTokens);
        QCOMPARE(page.rawObjects.size(), expectedTokens);
        QVERIFY(page.next.isEmpty());
        for (int i = 0; i < expectedTokens; ++i) {
            QCOMPARE(page.tokens.at(i).key, QStringLiteral("k%1").arg(i));
            QVERIFY(
                page.rawObjects.at(i).contains(QByteArray("\"k" + QByteArray::number(i) + '"')));
        }
    }

    // Once `total` is known, kParallelPages of the remaining pages are asked for before any of
    // them answers, never more; each answer lets the next one go.
    void asksForTheRemainingPagesInParallel()
    {
        const Paging paging{1000, 100, true, 1000};
        const QByteArray base = "http://r.test/";
        QList<QPair<QUrl, TokenListPager::BodyDone>> pending;
        std::optional<Result<TokenPage>> result;
        auto pager = std::make_shared<TokenListPager>(
            QUrl(QString::fromLatin1(base)),
            [&pending](const QUrl &url, TokenListPager::BodyDone answer) {
                pending.append({url, std::move(answer)});
            },
            [&result](Result<TokenPage> r) { result.emplace(std::move(r)); });
        pager->start();
        const auto answerOldest = [&] {
            const auto [url, answer] = pending.takeFirst();
            answer(
                answerPage(paging, base, url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority))
                    .body);
        };
        QCOMPARE(pending.size(), 1);
        answerOldest();
        QCOMPARE(pending.size(), TokenListPager::kParallelPages);
        int mostAtOnce = 0;
        while (!pending.isEmpty()) {
            mostAtOnce = std::max(mostAtOnce, int(pending.size()));
            answerOldest();
        }
        QCOMPARE(mostAtOnce, TokenListPager::kParallelPages);
        QVERIFY(result.has_value() && result->ok());
        QCOMPARE(result->value().tokens.size(), 1000);
    }

    void pageUrlRenumbersOnlyThePage()
    {
        QCOMPARE(TokenListPager::pageUrl(
                     QUrl(QStringLiteral("http://r.test/-/npm/v1/tokens?page=1&perPage=50")), 7),
                 QUrl(QStringLiteral("http://r.test/-/npm/v1/tokens?page=7&perPage=50")));
        QCOMPARE(TokenListPager::pageUrl(
                     QUrl(QStringLiteral("http://r.test/-/npm/v1/tokens?cursor=abc")), 2),
                 QUrl());
        QCOMPARE(TokenListPager::pageUrl(
                     QUrl(QStringLiteral("http://r.test/-/npm/v1/tokens?page=x")), 2),
                 QUrl());
    }
};

QTEST_GUILESS_MAIN(TestTokenListPager)
#include "tst_tokenlistpager.moc"
