// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainThread.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/crypto.h>

#include <mutex>
#include <utility>
#include <vector>

namespace td {

namespace {

QThread *g_thread = nullptr;
QObject *g_context = nullptr;
std::vector<std::function<void()>> g_atEnd; // keychain thread only

void runAtEnd()
{
    for (const std::function<void()> &work : std::exchange(g_atEnd, {}))
        work();
}

void stopKeychainThread()
{
    if (!g_thread)
        return;
    g_thread->quit();
    // A job stuck in a blocking call must not hold up the exit: after a short wait the thread is
    // left to the process's end (never destroyed while running), and so are the context and the
    // unanswered calls it owns, still reachable from here.
    if (!g_thread->wait(QDeadlineTimer(2000)))
        return;
    delete g_context; // with every call the service never answered
    delete g_thread;
    g_context = nullptr;
    g_thread = nullptr;
}

} // namespace

QObject *KeychainThread::context()
{
    static std::once_flag started;
    std::call_once(started, [] {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("keychain"));
        g_context = new QObject;
        g_context->moveToThread(g_thread);
        // Reads decrypt with OpenSSL here, which keeps per-thread state (its error queue, its
        // DRBG) that it frees from a thread-exit hook. QThread::wait() returns before that hook
        // runs, so at exit OpenSSL's own clean-up could delete the hook's key first and the
        // state would be lost (LeakSanitizer saw it in some runs). Freed on the thread itself,
        // before wait() can return.
        QObject::connect(
            g_thread, &QThread::finished, g_thread,
            [] {
                runAtEnd();
                // Work posted here that the thread never got to, because it was stuck in a call
                // the service never answered until quit() came: dropped now, on this thread, so
                // that what it holds is freed (KeychainSecretStore::dispatch). Left queued, it
                // kept the thread's data alive through the calls it carries, and LeakSanitizer
                // saw the cycle (tst_keychain_silentservice, once on a slow machine).
                QCoreApplication::removePostedEvents(nullptr, QEvent::MetaCall);
                OPENSSL_thread_stop();
            },
            Qt::DirectConnection);
        g_thread->start();
        qAddPostRoutine(stopKeychainThread);
    });
    return g_context;
}

void KeychainThread::atEnd(std::function<void()> work)
{
    g_atEnd.push_back(std::move(work));
}

} // namespace td
