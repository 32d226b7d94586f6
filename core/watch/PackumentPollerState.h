// SPDX-License-Identifier: GPL-3.0-or-later
// What PackumentPoller knows of each watched package and each registry (internal to core/watch).
#pragma once

#include "core/registry/RegistryClient.h"
#include "core/watch/PackumentPoller.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace td::watch {

struct PackumentPoller::Target
{
    WatchTarget target;
    QString key;
    QDateTime due;
    QByteArray etag;    // of the abbreviated packument last read
    QJsonObject before; // summary of the full packument last read
    bool inFlight = false;
    bool needsCredential = false; // the registry hid it from an anonymous read
    QString unwatchedReason;      // non-empty: not polled
    QByteArray pendingEtag;       // the changed abbreviated ETag, kept until the full read lands
};

struct PackumentPoller::Registry
{
    QUrl url;
    std::unique_ptr<RegistryClient> anonymous;
    std::unique_ptr<RegistryClient> withToken; // a read-capable token, once one was needed
    int inFlight = 0;
    QDateTime backoffUntil;
};

} // namespace td::watch
