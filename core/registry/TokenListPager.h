// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

namespace td {

// Reads every page of GET /-/npm/v1/tokens as fast as the registry lets it, without trusting it:
// the first request asks for large pages (`perPage`); once the first answer gives `total` and a
// `urls.next` that numbers its pages (`page=N`) on the registry's own origin, the remaining pages
// are asked for a few at a time in parallel; otherwise, and after the last predicted page if it
// still names a next one, urls.next is followed one page after the other, wherever it points
// (RegistryClient sends the credential to the registry's own origin only). Tokens are deduplicated
// by key; pages that bring nothing new, a next page already read, or an endless walk end it.
//
// RegistryClient owns the HTTP (`Fetch` is its execute(): auth, OTP, redirects, size cap); this
// class only decides which pages to ask for and merges them. It lives as long as a callback of
// `Fetch` holds it and answers `done` exactly once.
class TokenListPager : public std::enable_shared_from_this<TokenListPager>
{
public:
    using BodyDone = std::function<void(Result<QByteArray>)>;
    using Fetch = std::function<void(const QUrl &url, BodyDone answer)>;
    using Done = std::function<void(Result<TokenPage>)>;

    static constexpr int kPerPage = 1000;     // npmjs allows up to 1,000 tokens per account
    static constexpr int kParallelPages = 5;  // pages in flight at once
    static constexpr int kMaxPages = 2000;    // the walk ends here whatever the registry says
    static constexpr int kMaxBarrenPages = 2; // pages in a row that bring no new token

    TokenListPager(QUrl registryBase, Fetch fetch, Done done);

    // GET <registryBase>-/npm/v1/tokens?perPage=kPerPage, then the rest. Call once.
    void start();

    // The URL of page `page` in the numbering `next` uses (its `page` query item), or an empty URL
    // when `next` numbers no pages. Public for the tests.
    static QUrl pageUrl(const QUrl &next, int page);

private:
    struct Answer
    {
        TokenPage page;
        QUrl next; // resolved; empty at the end
    };

    Result<Answer> read(const Result<QByteArray> &body) const;
    QUrl resolve(const QString &next) const;
    bool merge(TokenPage &&page); // true when it brought a token not seen before
    void onFirstPage(Result<QByteArray> body);
    void fetchInParallel();
    void onParallelPage(int index, Result<QByteArray> body);
    void afterParallelPages();
    void follow(const QUrl &url);
    void onFollowedPage(Result<QByteArray> body);
    void finish(Result<TokenPage> result);
    Error circleError() const;

    QUrl m_base;
    QUrl m_firstUrl;
    Fetch m_fetch;
    Done m_done;
    TokenPage m_all;
    QSet<QString> m_seen; // token keys (raw object when a token has no key)
    QSet<QUrl> m_visited;
    int m_requests = 0;
    int m_barren = 0;
    bool m_finished = false;

    // The parallel phase: pages 1..m_lastIndex of the first answer's numbering.
    QUrl m_firstNext;
    int m_firstPageNumber = 0; // the `page` value m_firstNext carries
    int m_lastIndex = 0;
    int m_nextIndex = 1;
    int m_inFlight = 0;
    int m_stopAfter = 0; // a page that ended the list (empty or without next) caps the phase
    QMap<int, Answer> m_pages;
};

} // namespace td
