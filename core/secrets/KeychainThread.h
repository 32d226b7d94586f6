// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace td {

// The one thread every keychain job of the process runs on. QtKeychain and libsecret answer on
// the thread that started the job, and some of their steps block it (backend detection makes
// synchronous D-Bus calls; an unanswered Secret Service call waits up to 25 s or forever), so
// they never run on the caller's (GUI) thread. One long-lived thread, because libsecret caches
// its Secret Service proxy on the thread that first used it.
class KeychainThread
{
public:
    // An object living on the keychain thread, started on first use: post work to it with
    // QMetaObject::invokeMethod(KeychainThread::context(), ...). It is never destroyed while the
    // process runs; at exit the thread is asked to stop and given a short time to do so.
    static QObject *context();

    // Work to run on the keychain thread as it ends at exit, before OpenSSL's per-thread state
    // is freed: closing what a job left open there. Call on the keychain thread. (A thread that
    // does not stop in time runs none of it.)
    static void atEnd(std::function<void()> work);
};

// Created by the caller, then moved to the keychain thread; reports there that a job is over.
// Connect to `done` from the caller's thread before moving it: a queued connection delivers on
// the caller's thread and is dropped safely if the receiver is gone by then.
class KeychainCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void done();
};

} // namespace td
