// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

#include <functional>
#include <type_traits>
#include <utility>

namespace td {

// Opens a web page (a sign-in or 2FA approval page) and says whether a browser really opened
// (QDesktopServices::openUrl's answer), so the dialogs say "opened in your browser" only when it
// did, and otherwise show the address to copy. Made from any callable taking the URL: one that
// returns bool reports itself; one that returns nothing (a test's recorder) counts as opened.
class UrlOpener
{
public:
    UrlOpener() = default;
    template<class F,
             std::enable_if_t<
                 !std::is_same_v<std::decay_t<F>,
                                 UrlOpener> && std::is_invocable_v<std::decay_t<F> &, const QUrl &>,
                 int> = 0>
    UrlOpener(F &&open) // NOLINT(google-explicit-constructor): any opener converts
    {
        using Open = std::decay_t<F>;
        if constexpr (std::is_void_v<std::invoke_result_t<Open &, const QUrl &>>) {
            m_open = [open = Open(std::forward<F>(open))](const QUrl &url) mutable {
                open(url);
                return true;
            };
        } else {
            m_open = [open = Open(std::forward<F>(open))](const QUrl &url) mutable {
                return bool(open(url));
            };
        }
    }

    // True when the page opened; false when nothing could open it (or no opener is set).
    bool operator()(const QUrl &url) const { return m_open ? m_open(url) : false; }
    explicit operator bool() const { return bool(m_open); }

private:
    std::function<bool(const QUrl &)> m_open;
};

} // namespace td
