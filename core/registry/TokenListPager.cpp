// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/TokenListPager.h"

#include "core/registry/RegistryClient.h"
#include "core/registry/UrlPolicy.h"
#include "core/registry/json/TokenDto.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

namespace td {

namespace {
// The messages keep RegistryClient's context: they are what its listTokens has always said.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::RegistryClient)
};
} // namespace

TokenListPager::TokenListPager(QUrl registryBase, Fetch fetch, Done done)
    : m_base(std::move(registryBase)), m_fetch(std::move(fetch)), m_done(std::move(done))
{ }

void TokenListPager::start()
{
    m_firstUrl = resolveEndpoint(m_base, "-/npm/v1/tokens?perPage=" + QByteArray::number(kPerPage));
    m_visited.insert(m_firstUrl);
    ++m_requests;
    m_fetch(m_firstUrl, [self = shared_from_this()](Result<QByteArray> body) {
        self->onFirstPage(std::move(body));
    });
}

QUrl TokenListPager::pageUrl(const QUrl &next, int page)
{
    QUrlQuery query(next);
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    bool numbered = false;
    for (auto &item : items) {
        if (item.first != QLatin1String("page"))
            continue;
        bool ok = false;
        item.second.toInt(&ok);
        if (!ok)
            return {};
        item.second = QString::number(page);
        numbered = true;
    }
    if (!numbered)
        return {};
    query.setQueryItems(items);
    QUrl url = next;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

Result<TokenListPager::Answer> TokenListPager::read(const Result<QByteArray> &body) const
{
    if (!body)
        return body.error();
    Result<TokenPage> page = json::parseTokenPage(body.value());
    if (!page)
        return page.error();
    Answer answer{std::move(page).value(), {}};
    if (!answer.page.next.isEmpty())
        answer.next = resolve(answer.page.next);
    return answer;
}

QUrl TokenListPager::resolve(const QString &next) const
{
    // npm-registry-fetch: an absolute URL as is, anything else under the registry base.
    if (next.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || next.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return QUrl(next);
    return resolveEndpoint(m_base, next.mid(next.startsWith(QLatin1Char('/')) ? 1 : 0).toUtf8());
}

bool TokenListPager::merge(TokenPage &&page)
{
    // The page's tokens move into the list: one copy of the list, not two (issue 18).
    bool fresh = false;
    m_all.tokens.reserve(m_all.tokens.size() + page.tokens.size());
    m_all.rawObjects.reserve(m_all.rawObjects.size() + page.tokens.size());
    for (qsizetype i = 0; i < page.tokens.size(); ++i) {
        QByteArray raw = i < page.rawObjects.size() ? std::move(page.rawObjects[i]) : QByteArray();
        Token &token = page.tokens[i];
        const qsizetype seen = m_seen.size();
        m_seen.insert(token.key.isEmpty() ? QLatin1String("raw:") + QString::fromUtf8(raw)
                                          : token.key);
        if (m_seen.size() == seen)
            continue; // a token this walk has already
        m_all.tokens.append(std::move(token));
        m_all.rawObjects.append(std::move(raw));
        fresh = true;
    }
    m_all.rawSources.append(std::move(page.rawSources)); // what the moved raw objects view
    m_all.anyTokenReportsExpiry |= page.anyTokenReportsExpiry;
    if (page.total)
        m_all.total = page.total;
    return fresh;
}

void TokenListPager::onFirstPage(Result<QByteArray> body)
{
    Result<Answer> answer = read(body);
    if (!answer)
        return finish(answer.error());
    const qsizetype perPage = answer.value().page.tokens.size();
    const std::optional<int> total = answer.value().page.total;
    merge(std::move(answer.value().page));
    const QUrl next = answer.value().next;
    if (next.isEmpty())
        return finish(std::move(m_all));
    const QUrl second = pageUrl(next, 0);
    if (!total || perPage == 0 || *total <= perPage || second.isEmpty()
        || !sameOrigin(next, m_base))
        return follow(next);
    // The remaining pages in the numbering `next` uses (0- or 1-based, whatever it is).
    m_firstNext = next;
    m_firstPageNumber = QUrlQuery(next).queryItemValue(QStringLiteral("page")).toInt();
    m_lastIndex
        = int(std::min<qint64>((qint64(*total) - perPage + perPage - 1) / perPage, kMaxPages - 1));
    m_stopAfter = m_lastIndex;
    fetchInParallel();
}

void TokenListPager::fetchInParallel()
{
    while (!m_finished && m_inFlight < kParallelPages && m_nextIndex <= m_stopAfter) {
        const int index = m_nextIndex++;
        const QUrl url = pageUrl(m_firstNext, m_firstPageNumber + index - 1);
        m_visited.insert(url);
        ++m_requests;
        ++m_inFlight;
        m_fetch(url, [self = shared_from_this(), index](Result<QByteArray> body) {
            self->onParallelPage(index, std::move(body));
        });
    }
    if (!m_finished && m_inFlight == 0 && m_nextIndex > m_stopAfter && m_lastIndex > 0)
        afterParallelPages();
}

void TokenListPager::onParallelPage(int index, Result<QByteArray> body)
{
    --m_inFlight;
    if (m_finished)
        return;
    Result<Answer> answer = read(body);
    if (!answer)
        return finish(answer.error()); // the first failure answers; the others are dropped
    // An empty page or one without next is the end, whatever `total` said.
    // A page of tokens the first page had: the registry ignores `page`, asking on is useless.
    const TokenPage &page = answer.value().page;
    const bool repeatsFirstPage = !page.tokens.isEmpty()
        && std::all_of(page.tokens.cbegin(), page.tokens.cend(), [this](const Token &t) {
               return !t.key.isEmpty() && m_seen.contains(t.key);
           });
    if (page.tokens.isEmpty() || answer.value().next.isEmpty() || repeatsFirstPage)
        m_stopAfter = std::min(m_stopAfter, index);
    m_pages.insert(index, std::move(answer).value());
    fetchInParallel();
}

void TokenListPager::afterParallelPages()
{
    const int last = m_stopAfter;
    m_lastIndex = 0; // the phase is over
    bool ignoresPageNumbers = false;
    QUrl lastNext;
    for (auto it = m_pages.begin(); it != m_pages.end() && it.key() <= last; ++it) {
        const bool empty = it.value().page.tokens.isEmpty();
        if (!merge(std::move(it.value().page)) && !empty)
            ignoresPageNumbers = true; // a full page of tokens already seen
        lastNext = it.value().next;
    }
    m_pages.clear();
    if (ignoresPageNumbers) {
        // The registry does not page by `page`: walk its own urls.next from the first answer.
        m_visited = {m_firstUrl};
        return follow(m_firstNext);
    }
    if (lastNext.isEmpty())
        return finish(std::move(m_all));
    follow(lastNext); // `total` was too small: the registry names more pages
}

void TokenListPager::follow(const QUrl &url)
{
    if (m_visited.contains(url) || m_requests >= kMaxPages)
        return finish(circleError());
    m_visited.insert(url);
    ++m_requests;
    m_fetch(url, [self = shared_from_this()](Result<QByteArray> body) {
        self->onFollowedPage(std::move(body));
    });
}

void TokenListPager::onFollowedPage(Result<QByteArray> body)
{
    Result<Answer> answer = read(body);
    if (!answer)
        return finish(answer.error());
    m_barren = merge(std::move(answer.value().page)) ? 0 : m_barren + 1;
    const QUrl next = answer.value().next;
    if (next.isEmpty())
        return finish(std::move(m_all));
    if (m_barren >= kMaxBarrenPages) {
        // Pages that repeat what was read: done if the registry's own count is reached.
        if (m_all.total && m_all.tokens.size() >= *m_all.total)
            return finish(std::move(m_all));
        return finish(circleError());
    }
    follow(next);
}

void TokenListPager::finish(Result<TokenPage> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result)
        result.value().next.clear(); // the merged list has no next page
    m_done(std::move(result));
}

Error TokenListPager::circleError() const
{
    return makeError(ErrorCode::MalformedResponse,
                     Tr::tr("The registry's token list pages lead in a circle."),
                     Tr::tr("Try again later."));
}

} // namespace td
