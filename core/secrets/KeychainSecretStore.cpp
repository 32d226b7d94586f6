// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainSecretStore.h"

#include "core/secrets/KeychainThread.h"
#include "core/secrets/SecretServiceBus.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace td {

namespace {

using EntryState = SecretServiceBus::EntryState;

// How long one Secret Service question may take on the keychain thread. The caller's deadline
// (setTimeout) is what the user waits for; this only keeps the thread from piling up.
constexpr int kBusTimeoutMs = 5000;

Error lockedError()
{
    return makeError(
        ErrorCode::KeychainLocked,
        QCoreApplication::translate("td::KeychainSecretStore",
                                    "The keychain is locked — unlock it and try again."),
        QCoreApplication::translate(
            "td::KeychainSecretStore",
            "Unlock your login keyring, for example by signing in to your desktop "
            "session or with Seahorse (Passwords and Keys). Nothing was changed."));
}

Error timeoutError()
{
    return makeError(
        ErrorCode::KeychainTimeout,
        QCoreApplication::translate("td::KeychainSecretStore", "The keychain is not responding."),
        QCoreApplication::translate(
            "td::KeychainSecretStore",
            "It may be waiting for you to unlock it in another window; answer that "
            "prompt or restart the keyring service, then try again."));
}

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
        return lockedError();
    default:
        break;
    }
    return makeError(
        ErrorCode::KeychainUnavailable,
        QCoreApplication::translate("td::KeychainSecretStore", "No usable keychain was found (%1).")
            .arg(detail),
        QCoreApplication::translate(
            "td::KeychainSecretStore",
            "TokenDesk keeps secrets only in the system keychain, never in plain "
            "files. Start a Secret Service provider such as gnome-keyring or KWallet "
            "and try again."));
}

// On the keychain thread: the job is over (or never started); hand the outcome to the caller.
void finish(KeychainCall *call)
{
    Q_EMIT call->done();
    call->deleteLater();
}

// On the keychain thread: answers without QtKeychain when the Secret Service already tells that
// the entry is locked or that the service is not answering. Returns true if it answered.
template<class OutcomeT>
bool answeredByBus(KeychainCall *call, const std::shared_ptr<OutcomeT> &outcome, EntryState state)
{
    if (state == EntryState::Locked)
        outcome->error = lockedError();
    else if (state == EntryState::NoAnswer)
        outcome->error = timeoutError();
    else
        return false;
    finish(call);
    return true;
}

} // namespace

struct KeychainSecretStore::Outcome
{
    std::optional<Error> error;
    SecretBuffer secret;
};

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent),
      m_service(std::move(service)),
      m_index(std::make_unique<StoredKeyIndex>(StoredKeyIndex::defaultPath(m_service)))
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::setIndexPath(const QString &path)
{
    m_index = std::make_unique<StoredKeyIndex>(path);
}

void KeychainSecretStore::dispatch(QObject *context, Work work,
                                   std::function<void(std::shared_ptr<Outcome>, bool)> deliver)
{
    struct Delivery
    {
        bool delivered = false;
        QPointer<QObject> context;
        bool hadContext = false;
    };
    auto delivery = std::make_shared<Delivery>();
    delivery->context = context;
    delivery->hadContext = context != nullptr;
    auto outcome = std::make_shared<Outcome>();
    const auto once = [delivery, outcome, deliver](bool timedOut) {
        if (delivery->delivered)
            return;
        delivery->delivered = true;
        if (delivery->hadContext && !delivery->context)
            return;
        deliver(outcome, timedOut);
    };
    // Connected here, on the caller's thread, while this store surely exists: the queued
    // connection brings the answer back to this thread and is dropped if the store is gone.
    auto *call = new KeychainCall;
    connect(
        call, &KeychainCall::done, this, [once] { once(false); }, Qt::QueuedConnection);
    QTimer::singleShot(m_timeout, this, [once] { once(true); });
    call->moveToThread(KeychainThread::context()->thread());
    // Until the work runs, the call belongs to it: work the thread never got to (it was stuck in
    // an unanswered call until the end) is dropped there, and the call with it (KeychainThread).
    struct Unrun
    {
        explicit Unrun(KeychainCall *c) : call(c) { }
        Unrun(const Unrun &) = delete;
        Unrun &operator=(const Unrun &) = delete;
        ~Unrun() { delete call; }
        KeychainCall *call;
    };
    auto unrun = std::make_shared<Unrun>(call);
    QMetaObject::invokeMethod(
        call,
        [unrun, outcome, work = std::move(work)] {
            KeychainCall *running = std::exchange(unrun->call, nullptr);
            // Owned by the thread's context from here: a call the service never answers is
            // deleted with it at exit instead of being leaked.
            running->setParent(KeychainThread::context());
            work(running, outcome);
        },
        Qt::QueuedConnection);
}

void KeychainSecretStore::write(const QString &key, const SecretBuffer &secret, QObject *context,
                                DoneCallback done)
{
    auto copy = std::make_shared<SecretBuffer>(secret.view());
    QPointer<KeychainSecretStore> self(this);
    dispatch(
        context,
        [service = m_service, key, copy](KeychainCall *call, std::shared_ptr<Outcome> outcome) {
            // A write to a locked collection opens an unlock prompt and waits for it: ask first.
            if (answeredByBus(call, outcome,
                              SecretServiceBus::entryState(service, key, kBusTimeoutMs))) {
                copy->clear();
                return;
            }
            auto *job = new QKeychain::WritePasswordJob(service, call);
            job->setAutoDelete(false);
            job->setKey(key);
            job->setTextData(copy->revealString());
            copy->clear();
            QObject::connect(job, &QKeychain::Job::finished, call, [job, call, outcome, key] {
                if (job->error() != QKeychain::NoError) {
                    qCWarning(lcSecrets)
                        << "keychain write failed for" << key << job->error() << job->errorString();
                    outcome->error = mapError(job->error(), job->errorString(), key);
                }
                finish(call);
            });
            job->start();
        },
        [self, key, done](std::shared_ptr<Outcome> outcome, bool timedOut) {
            if (timedOut)
                return done(timeoutError());
            if (outcome->error)
                return done(*outcome->error);
            qCDebug(lcSecrets) << "stored" << key;
            if (self)
                self->noteStored(key, true);
            done({});
        });
}

void KeychainSecretStore::openSessionAhead()
{
    // gnome-keyring answers in milliseconds. A service slower than this leaves the read to the
    // ordinary path, and the program's end never waits longer for a session nobody used.
    constexpr int kAheadTimeoutMs = 1000;
    QMetaObject::invokeMethod(KeychainThread::context(),
                              [] { SecretServiceBus::openSessionAhead(kAheadTimeoutMs); });
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    ++m_reads;
    QPointer<KeychainSecretStore> self(this);
    dispatch(
        context,
        [service = m_service, key](KeychainCall *call, std::shared_ptr<Outcome> outcome) {
            // Asked first so a locked entry never opens an unlock prompt nobody may answer.
            const SecretServiceBus::Lookup found
                = SecretServiceBus::lookup(service, key, kBusTimeoutMs, true);
            if (answeredByBus(call, outcome, found.state))
                return;
            // An unlocked entry is read on the connection that just found it, over an encrypted
            // session: no libsecret start-up, no second connection. QtKeychain answers the rest.
            if (auto secret = SecretServiceBus::readSecret(found, kBusTimeoutMs)) {
                outcome->secret = std::move(*secret);
                return finish(call);
            }
            auto *job = new QKeychain::ReadPasswordJob(service, call);
            job->setAutoDelete(false);
            job->setKey(key);
            QObject::connect(
                job, &QKeychain::Job::finished, call, [job, call, outcome, key, service] {
                    if (job->error() == QKeychain::NoError) {
                        QByteArray data = job->binaryData();
                        outcome->secret = SecretBuffer(data);
                        data.fill('\0');
                        return finish(call);
                    }
                    // A dismissed unlock prompt also ends as "not found".
                    if (job->error() == QKeychain::EntryNotFound
                        && answeredByBus(call, outcome,
                                         SecretServiceBus::entryState(service, key, kBusTimeoutMs)))
                        return;
                    outcome->error = mapError(job->error(), job->errorString(), key);
                    finish(call);
                });
            job->start();
        },
        [self, key, done](std::shared_ptr<Outcome> outcome, bool timedOut) {
            if (timedOut)
                return done(timeoutError());
            if (outcome->error) {
                if (self && outcome->error->code == ErrorCode::NotFound)
                    self->noteStored(key, false);
                return done(*outcome->error);
            }
            if (self)
                self->noteStored(key, true);
            done(std::move(outcome->secret));
        });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    QPointer<KeychainSecretStore> self(this);
    dispatch(
        context,
        [service = m_service, key](KeychainCall *call, std::shared_ptr<Outcome> outcome) {
            // A locked keyring answers a delete with "done" and keeps the entry: ask first.
            if (answeredByBus(call, outcome,
                              SecretServiceBus::entryState(service, key, kBusTimeoutMs)))
                return;
            auto *job = new QKeychain::DeletePasswordJob(service, call);
            job->setAutoDelete(false);
            job->setKey(key);
            QObject::connect(job, &QKeychain::Job::finished, call, [job, call, outcome, key] {
                if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                    outcome->error = mapError(job->error(), job->errorString(), key);
                finish(call);
            });
            job->start();
        },
        [self, key, done](std::shared_ptr<Outcome> outcome, bool timedOut) {
            if (timedOut)
                return done(timeoutError());
            if (outcome->error)
                return done(*outcome->error);
            if (self)
                self->noteStored(key, false);
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

std::optional<bool> KeychainSecretStore::isStored(const QString &key) const
{
    if (m_index->isBuilt())
        return m_index->contains(key);
    rebuildIndex();
    return std::nullopt;
}

void KeychainSecretStore::noteStored(const QString &key, bool stored)
{
    if (key.startsWith(QLatin1String("probe/")))
        return;
    if (m_rebuilding)
        m_changedWhileRebuilding.insert(key, stored);
    const bool was = m_index->contains(key);
    const Result<void> saved = stored ? m_index->add(key) : m_index->remove(key);
    if (!saved)
        qCWarning(lcSecrets) << "keychain index not saved:" << saved.error().oneLine();
    if (was != stored)
        Q_EMIT storedKeysChanged();
}

void KeychainSecretStore::rebuildIndex() const
{
    // One listing at a time, and after a failed one not again for a while: isStored() is asked
    // once per listed token.
    if (m_rebuilding || (m_lastFailedRebuild.isValid() && !m_lastFailedRebuild.hasExpired(30000)))
        return;
    m_rebuilding = true;
    m_changedWhileRebuilding.clear();
    auto listing = std::make_shared<SecretServiceBus::Listing>();
    // isStored() is a question; the rebuild it starts changes nothing the caller can see until
    // storedKeysChanged() says so.
    auto *self = const_cast<KeychainSecretStore *>(this);
    self->dispatch(
        nullptr,
        [service = m_service, listing](KeychainCall *call, std::shared_ptr<Outcome>) {
            *listing = SecretServiceBus::storedKeys(service, kBusTimeoutMs);
            finish(call);
        },
        [self, listing](std::shared_ptr<Outcome>, bool timedOut) {
            self->m_rebuilding = false;
            using Status = SecretServiceBus::Listing::Status;
            const Status status = timedOut ? Status::Failed : listing->status;
            if (status == Status::Failed) {
                // Building from what this run happens to know would claim the rest is gone.
                self->m_lastFailedRebuild.start();
                qCInfo(lcSecrets)
                    << "keychain index not rebuilt: the keychain did not list its keys";
                return;
            }
            // Listed: the keychain's own list. No Secret Service (another platform): the index
            // starts from the keys this run has seen and learns from every call from now on.
            QSet<QString> keys = status == Status::Listed ? listing->keys : self->m_index->keys();
            for (auto it = self->m_changedWhileRebuilding.cbegin();
                 it != self->m_changedWhileRebuilding.cend(); ++it) {
                if (it.value())
                    keys.insert(it.key());
                else
                    keys.remove(it.key());
            }
            self->m_changedWhileRebuilding.clear();
            keys.removeIf(
                [](const QString &key) { return key.startsWith(QLatin1String("probe/")); });
            if (const auto saved = self->m_index->replaceAll(keys); !saved)
                qCWarning(lcSecrets) << "keychain index not saved:" << saved.error().oneLine();
            Q_EMIT self->storedKeysChanged();
        });
}

} // namespace td
