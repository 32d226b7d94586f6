// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

namespace td {

namespace {

// QtKeychain 0.13 on Linux reports almost everything as OtherError with a D-Bus message; map
// what we can recognise to an action the user can take.
Error mapError(QKeychain::Error code, const QString &detail, const QString &key)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("td::KeychainSecretStore",
                                        "No secret is stored in the keychain under “%1”.")
                .arg(key));
    case QKeychain::AccessDenied:
        return makeError(
            ErrorCode::KeychainLocked,
            QCoreApplication::translate("td::KeychainSecretStore", "The keychain is locked (%1).")
                .arg(detail),
            QCoreApplication::translate(
                "td::KeychainSecretStore",
                "Unlock your login keyring, for example by signing in to your desktop "
                "session or with Seahorse, then try again."));
    default:
        break;
    }
    return makeError(
        ErrorCode::KeychainUnavailable,
        QCoreApplication::translate("td::KeychainSecretStore", "No usable keychain was found (%1).")
            .arg(detail),
        QCoreApplication::translate(
            "td::KeychainSecretStore",
            "TokenDesk keeps secrets only in the system keychain, never in plain files. "
            "Start a Secret Service provider such as gnome-keyring or KWallet and try "
            "again."));
}

Error timeoutError(std::chrono::milliseconds timeout)
{
    return makeError(
        ErrorCode::KeychainTimeout,
        QCoreApplication::translate("td::KeychainSecretStore",
                                    "The keychain did not answer within %1 s.")
            .arg(timeout.count() / 1000),
        QCoreApplication::translate("td::KeychainSecretStore",
                                    "It may be waiting for you to unlock it in another window."));
}

// Starts a QtKeychain job and delivers its outcome exactly once: when it finishes, or when the
// timeout passes first. The job deletes itself when it really ends.
template<class JobT, class OnDone>
void startJob(JobT *job, QObject *context, std::chrono::milliseconds timeout, OnDone onDone)
{
    struct State
    {
        bool delivered = false;
        QPointer<QObject> context;
        bool hadContext = false;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->hadContext = context != nullptr;
    auto deliver = [state, onDone](JobT *finished, bool timedOut) {
        if (state->delivered)
            return;
        state->delivered = true;
        if (state->hadContext && !state->context)
            return;
        onDone(finished, timedOut);
    };
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, deliver](QKeychain::Job *) { deliver(job, false); });
    QTimer::singleShot(timeout, job, [job, deliver] { deliver(job, true); });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{ }

void KeychainSecretStore::write(const QString &key, const SecretBuffer &secret, QObject *context,
                                DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret.revealString());
    const auto timeout = m_timeout;
    startJob(job, context, timeout,
             [done, key, timeout](QKeychain::WritePasswordJob *j, bool timedOut) {
                 if (timedOut)
                     return done(timeoutError(timeout));
                 if (j->error() != QKeychain::NoError) {
                     qCWarning(lcSecrets)
                         << "keychain write failed for" << key << j->error() << j->errorString();
                     return done(mapError(j->error(), j->errorString(), key));
                 }
                 qCDebug(lcSecrets) << "stored" << key;
                 done({});
             });
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const auto timeout = m_timeout;
    startJob(job, context, timeout,
             [done, key, timeout](QKeychain::ReadPasswordJob *j, bool timedOut) {
                 if (timedOut)
                     return done(timeoutError(timeout));
                 if (j->error() != QKeychain::NoError)
                     return done(mapError(j->error(), j->errorString(), key));
                 done(SecretBuffer::fromString(j->textData()));
             });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const auto timeout = m_timeout;
    startJob(job, context, timeout,
             [done, key, timeout](QKeychain::DeletePasswordJob *j, bool timedOut) {
                 if (timedOut)
                     return done(timeoutError(timeout));
                 if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                     return done(mapError(j->error(), j->errorString(), key));
                 done({});
             });
}

void KeychainSecretStore::probe(QObject *context, DoneCallback done)
{
    const QString key
        = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecretBuffer canary(QByteArrayView("tokendesk-probe"));
    write(key, canary, context, [this, key, context, done](Result<void> written) {
        if (!written.ok())
            return done(written);
        // Never start a keychain job from inside another job's finished handler.
        QTimer::singleShot(0, this, [this, key, context, done] { remove(key, context, done); });
    });
}

} // namespace td
