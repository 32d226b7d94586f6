// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace td::sandbox {

// One parsed HTTP/1.1 request. Header names are stored lower-case; the path is percent-decoded
// except for "%2f", which npm uses inside scoped package names ("@scope%2fname") and which the
// router must still see as one segment.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // raw request target, e.g. "/-/npm/v1/tokens?page=1"
    QString path;      // decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerName)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerName)
                return true;
        return false;
    }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

} // namespace td::sandbox
