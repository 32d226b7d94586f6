// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretServiceBus.h"

#include "core/secrets/DhAesSession.h"
#include "core/secrets/KeychainThread.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QMap>

#include <openssl/crypto.h>

#include <functional>
#include <future>
#include <mutex>
#include <utility>

namespace td {

namespace {

using StringMap = QMap<QString, QString>;

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kPath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceIface = QStringLiteral("org.freedesktop.Secret.Service");

void registerTypes()
{
    static std::once_flag once;
    std::call_once(once, [] { qDBusRegisterMetaType<StringMap>(); });
}

bool isNoAnswer(const QDBusMessage &reply)
{
    const QString name = reply.errorName();
    return name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || name == QLatin1String("org.freedesktop.DBus.Error.Timeout");
}

QDBusMessage call(const QString &path, const QString &iface, const QString &method,
                  const QVariantList &args, int timeoutMs)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, path, iface, method);
    message.setArguments(args);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, timeoutMs);
}

QVariant property(const QString &path, const QString &iface, const QString &name, int timeoutMs,
                  bool *noAnswer)
{
    const QDBusMessage reply = call(path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                    QStringLiteral("Get"), {iface, name}, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        if (noAnswer)
            *noAnswer = isNoAnswer(reply);
        return {};
    }
    return qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant();
}

struct Search
{
    bool ok = false;
    bool noAnswer = false;
    QList<QDBusObjectPath> unlocked;
    QList<QDBusObjectPath> locked;
};

// `whileWaiting` runs while the question is on the bus.
Search search(const StringMap &attributes, int timeoutMs,
              const std::function<void()> &whileWaiting = {})
{
    registerTypes();
    Search result;
    if (!QDBusConnection::sessionBus().isConnected())
        return result;
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kServiceIface,
                                                          QStringLiteral("SearchItems"));
    message.setArguments({QVariant::fromValue(attributes)});
    QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(message, timeoutMs);
    if (whileWaiting)
        whileWaiting();
    pending.waitForFinished();
    const QDBusMessage reply = pending.reply();
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        result.noAnswer = isNoAnswer(reply);
        return result;
    }
    result.ok = true;
    result.unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    result.locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    return result;
}

QDBusPendingCall asyncCall(const QString &path, const QString &iface, const QString &method,
                           const QVariantList &args, int timeoutMs)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, path, iface, method);
    message.setArguments(args);
    return QDBusConnection::sessionBus().asyncCall(message, timeoutMs);
}

} // namespace

// The key pair and the OpenSession question of one read. The session is closed when the read
// is over or, if none follows (the entry is locked, absent, or several), when this goes.
struct PreparedRead
{
    std::unique_ptr<DhAesSession> keys;
    std::optional<QDBusPendingCall> opening;
    int timeoutMs = 0;
    bool closed = false;

    PreparedRead(int timeout, std::unique_ptr<DhAesSession> madeKeys)
        : keys(std::move(madeKeys)), timeoutMs(timeout)
    {
        if (keys->isValid())
            opening = asyncCall(kPath, kServiceIface, QStringLiteral("OpenSession"),
                                {QString::fromLatin1(DhAesSession::kAlgorithm),
                                 QVariant::fromValue(QDBusVariant(keys->publicKey()))},
                                timeoutMs);
    }
    // Dropped unread (a locked, absent or ambiguous entry, or a session opened ahead for nothing),
    // often just before the program ends: the close is waited for.
    ~PreparedRead() { close(true); }
    PreparedRead(const PreparedRead &) = delete;
    PreparedRead &operator=(const PreparedRead &) = delete;

    // The session's object path, once the service answered (empty if it refused the algorithm).
    QString session()
    {
        if (!opening)
            return {};
        opening->waitForFinished();
        const QDBusMessage opened = opening->reply();
        if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
            return {};
        return qvariant_cast<QDBusObjectPath>(opened.arguments().at(1)).path();
    }
    QByteArray serverKey() const
    {
        const QDBusMessage opened = opening->reply();
        return qvariant_cast<QDBusVariant>(opened.arguments().at(0)).variant().toByteArray();
    }
    // Sent and not waited for right after a read, where the secret's caller is waiting. Else
    // (`waitForAnswer`) the call is made and waited for: Qt hands every message to its bus thread
    // to send, and one still queued there when the program ends is neither sent nor freed.
    void close(bool waitForAnswer = false)
    {
        if (closed)
            return;
        closed = true;
        const QString path = session();
        if (path.isEmpty())
            return;
        const QDBusMessage message = QDBusMessage::createMethodCall(
            kService, path, QStringLiteral("org.freedesktop.Secret.Session"),
            QStringLiteral("Close"));
        if (waitForAnswer)
            QDBusConnection::sessionBus().call(message, QDBus::Block, timeoutMs);
        else
            QDBusConnection::sessionBus().send(message);
    }
};

namespace {

// The session openSessionAhead() opened, until a lookup takes it (keychain thread only). One
// nobody takes is closed on the keychain thread as it ends (KeychainThread::atEnd), waiting for
// the service's answers within the session's deadline, so no call is left on the bus at exit.
// The slot itself is never destroyed: no bus traffic from a static destructor.
std::shared_ptr<PreparedRead> &sessionAhead()
{
    static auto *slot = new std::shared_ptr<PreparedRead>();
    return *slot;
}

std::future<std::unique_ptr<DhAesSession>> makeKeysOnWorker()
{
    // The key pair takes about 0.3 ms: made on a worker while the caller talks to the bus. (The
    // future joins the worker wherever it is dropped.)
    return std::async(std::launch::async, [] {
        auto made = std::make_unique<DhAesSession>();
        OPENSSL_thread_stop(); // this thread's OpenSSL state, freed before the thread ends
        return made;
    });
}

} // namespace

void SecretServiceBus::openSessionAhead(int timeoutMs)
{
    if (sessionAhead() || !holdsQtKeychainEntries())
        return;
    std::future<std::unique_ptr<DhAesSession>> keys = makeKeysOnWorker();
    registerTypes();
    if (!QDBusConnection::sessionBus().isConnected())
        return;
    sessionAhead() = std::make_shared<PreparedRead>(timeoutMs, keys.get());
    static bool closesAtEnd = false;
    if (!std::exchange(closesAtEnd, true))
        KeychainThread::atEnd([] { sessionAhead().reset(); });
}

bool SecretServiceBus::holdsQtKeychainEntries()
{
    // Mirrors QtKeychain 0.13's detectDesktopEnvironment(): KDE with a known session version.
    const QByteArray version = qgetenv("KDE_SESSION_VERSION");
    const bool knownKde = version == "4" || version == "5" || version == "6";
    const QByteArray current = qgetenv("XDG_CURRENT_DESKTOP");
    if (current == "KDE")
        return !knownKde;
    if (current == "GNOME" || current == "Unity" || current == "XFCE")
        return true;
    const QByteArray session = qgetenv("DESKTOP_SESSION");
    if (session == "kde4" || (session == "kde" && knownKde))
        return false;
    if (session == "gnome" || session.contains("xfce") || session == "xubuntu"
        || !qEnvironmentVariableIsEmpty("GNOME_DESKTOP_SESSION_ID"))
        return true;
    return !(!qEnvironmentVariableIsEmpty("KDE_FULL_SESSION") && knownKde);
}

SecretServiceBus::EntryState SecretServiceBus::entryState(const QString &service,
                                                          const QString &key, int timeoutMs)
{
    return lookup(service, key, timeoutMs).state;
}

SecretServiceBus::Lookup SecretServiceBus::lookup(const QString &service, const QString &key,
                                                  int timeoutMs, bool prepareRead)
{
    // A session opened ahead is taken; else the key pair is made on a worker while this thread
    // connects to the bus and searches, and the session is asked for right behind the search.
    std::shared_ptr<PreparedRead> prepared
        = prepareRead ? std::exchange(sessionAhead(), nullptr) : nullptr;
    std::future<std::unique_ptr<DhAesSession>> keys;
    if (prepareRead && !prepared)
        keys = makeKeysOnWorker();
    if (!holdsQtKeychainEntries())
        return {EntryState::NoService, {}, {}};
    const Search found
        = search({{QStringLiteral("server"), service}, {QStringLiteral("user"), key}}, timeoutMs,
                 [&prepared, &keys, timeoutMs] {
                     if (keys.valid())
                         prepared = std::make_shared<PreparedRead>(timeoutMs, keys.get());
                 });
    if (!found.ok)
        return {found.noAnswer ? EntryState::NoAnswer : EntryState::NoService, {}, {}};
    // Several entries: which one QtKeychain reads is its business (it prefers text to base64).
    if (!found.unlocked.isEmpty())
        return {EntryState::Unlocked,
                found.unlocked.size() == 1 ? found.unlocked.constFirst().path() : QString(),
                std::move(prepared)};
    if (!found.locked.isEmpty())
        return {EntryState::Locked, {}, {}};
    // Not listed. Some providers hide a locked collection's items entirely, so "absent" is only
    // trusted when the collection QtKeychain writes to is unlocked.
    const QDBusMessage alias = call(kPath, kServiceIface, QStringLiteral("ReadAlias"),
                                    {QStringLiteral("default")}, timeoutMs);
    if (alias.type() != QDBusMessage::ReplyMessage || alias.arguments().isEmpty())
        return {isNoAnswer(alias) ? EntryState::NoAnswer : EntryState::Absent, {}, {}};
    const QString collection
        = qvariant_cast<QDBusObjectPath>(alias.arguments().constFirst()).path();
    if (collection.isEmpty() || collection == QLatin1String("/"))
        return {EntryState::Absent, {}, {}};
    bool noAnswer = false;
    const QVariant locked
        = property(collection, QStringLiteral("org.freedesktop.Secret.Collection"),
                   QStringLiteral("Locked"), timeoutMs, &noAnswer);
    if (noAnswer)
        return {EntryState::NoAnswer, {}, {}};
    return {locked.toBool() ? EntryState::Locked : EntryState::Absent, {}, {}};
}

std::optional<SecretBuffer> SecretServiceBus::readSecret(const Lookup &found, int timeoutMs)
{
    registerTypes();
    const QString &item = found.unlockedItem;
    if (found.state != EntryState::Unlocked || item.isEmpty()
        || !QDBusConnection::sessionBus().isConnected())
        return std::nullopt;
    const std::shared_ptr<PreparedRead> prepared = found.prepared
        ? found.prepared
        : std::make_shared<PreparedRead>(timeoutMs, std::make_unique<DhAesSession>());
    // A service that offers only plain sessions refuses the algorithm: then no read here.
    const QString session = prepared->session();
    if (session.isEmpty() || !prepared->keys->deriveKey(prepared->serverKey()))
        return std::nullopt;
    // Both questions at once. QtKeychain writes text as "plaintext" and binary data as "base64";
    // an entry of any other type is not ours to interpret, and its secret is dropped unread.
    QDBusPendingCall attributesCall = asyncCall(
        item, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
        {QStringLiteral("org.freedesktop.Secret.Item"), QStringLiteral("Attributes")}, timeoutMs);
    QDBusPendingCall secretCall = asyncCall(
        item, QStringLiteral("org.freedesktop.Secret.Item"), QStringLiteral("GetSecret"),
        {QVariant::fromValue(QDBusObjectPath(session))}, timeoutMs);
    attributesCall.waitForFinished();
    secretCall.waitForFinished();
    prepared->close(); // the session ends with this read
    const QDBusMessage attributes = attributesCall.reply();
    const QDBusMessage reply = secretCall.reply();
    if (attributes.type() != QDBusMessage::ReplyMessage || attributes.arguments().isEmpty()
        || reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 1)
        return std::nullopt;
    const QString type
        = qdbus_cast<StringMap>(
              qvariant_cast<QDBusVariant>(attributes.arguments().constFirst()).variant())
              .value(QStringLiteral("type"));
    if (type != QLatin1String("plaintext") && type != QLatin1String("base64"))
        return std::nullopt;
    QDBusObjectPath secretSession;
    QByteArray iv, cipherText;
    QString contentType;
    const auto argument = qvariant_cast<QDBusArgument>(reply.arguments().constFirst());
    argument.beginStructure();
    argument >> secretSession >> iv >> cipherText >> contentType;
    argument.endStructure();
    std::optional<SecretBuffer> secret = prepared->keys->decrypt(iv, cipherText);
    if (secret && type == QLatin1String("base64")) {
        QByteArray encoded = secret->reveal();
        QByteArray decoded = QByteArray::fromBase64(encoded);
        secret.emplace(QByteArrayView(decoded));
        encoded.fill('\0');
        decoded.fill('\0');
    }
    return secret;
}

SecretServiceBus::Listing SecretServiceBus::storedKeys(const QString &service, int timeoutMs)
{
    Listing listing;
    if (!holdsQtKeychainEntries()) {
        listing.status = Listing::Status::NoService;
        return listing;
    }
    const Search found = search({{QStringLiteral("server"), service}}, timeoutMs);
    if (!found.ok) {
        listing.status = found.noAnswer ? Listing::Status::Failed : Listing::Status::NoService;
        return listing;
    }
    for (const QDBusObjectPath &item : found.unlocked + found.locked) {
        const QVariant attributes
            = property(item.path(), QStringLiteral("org.freedesktop.Secret.Item"),
                       QStringLiteral("Attributes"), timeoutMs, nullptr);
        if (!attributes.isValid())
            return listing; // Failed: a partial list would hide stored keys
        const StringMap map = qdbus_cast<StringMap>(attributes);
        if (const QString key = map.value(QStringLiteral("user")); !key.isEmpty())
            listing.keys.insert(key);
    }
    listing.status = Listing::Status::Listed;
    return listing;
}

} // namespace td
