// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// One conditional packument read (publish-watch.md §2): the abbreviated document as a cheap
// change detector (Accept: application/vnd.npm.install-v1+json), or the full one, with the ETag
// of the copy the caller already has. RegistryClient::fetchPackument carries it.
struct PackumentFetch
{
    enum class Form { Abbreviated, Full };
    QString package;
    Form form = Form::Abbreviated;
    QByteArray etag;             // If-None-Match; empty = unconditional
    bool withCredential = false; // public packuments need none: send it only for private ones
};

// What came back. A 304 carries no body; `bytes` counts what crossed the wire (status line
// aside: headers and body), for the poller's budget.
struct PackumentFetchAnswer
{
    bool notModified = false;
    QByteArray etag; // the registry's ETag for the answer (or the one sent, on 304)
    QByteArray body; // empty on 304
    qint64 bytes = 0;
    int requests = 1; // 2 when a stray 304 made it ask again with cache-control: no-cache
};

inline constexpr char kAbbreviatedPackumentType[] = "application/vnd.npm.install-v1+json";

} // namespace td
