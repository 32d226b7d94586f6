// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeMigrationWorld.h"

#include "core/npmconfig/TokenIdentity.h"
#include "core/util/AtomicFile.h"

#include <QJsonDocument>
#include <QTimer>

namespace td::test {

QJsonObject FileFakeBackend::load() const
{
    auto bytes = readWholeFile(m_path);
    return bytes.ok() ? QJsonDocument::fromJson(bytes.value()).object() : QJsonObject();
}

void FileFakeBackend::save(const QJsonObject &state) const
{
    (void)writeFileAtomically(m_path, QJsonDocument(state).toJson());
}

void FileFakeBackend::addClassicToken(const QString &secret)
{
    QJsonObject state = load();
    QJsonObject tokens = state.value(QStringLiteral("tokens")).toObject();
    const QString hash = sha512Hex(secret.toUtf8());
    tokens.insert(
        hash, QJsonObject{{QStringLiteral("sha512"), hash}, {QStringLiteral("revoked"), false}});
    state.insert(QStringLiteral("tokens"), tokens);
    save(state);
}

bool FileFakeBackend::isAlive(const QString &secret) const
{
    const QString hash = sha512Hex(secret.toUtf8());
    const QJsonObject tokens = load().value(QStringLiteral("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        if (t.value(QStringLiteral("sha512")).toString() == hash)
            return !t.value(QStringLiteral("revoked")).toBool();
    }
    return false;
}

bool FileFakeBackend::isRevokedKey(const QString &key) const
{
    return load()
        .value(QStringLiteral("tokens"))
        .toObject()
        .value(key)
        .toObject()
        .value(QStringLiteral("revoked"))
        .toBool();
}

int FileFakeBackend::liveCount() const
{
    int live = 0;
    const QJsonObject tokens = load().value(QStringLiteral("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        live += it.value().toObject().value(QStringLiteral("revoked")).toBool() ? 0 : 1;
    return live;
}

void FileFakeBackend::createToken(const ReplacementSpec &spec,
                                  std::function<void(Result<CreatedToken>)> done)
{
    QJsonObject state = load();
    const int n = state.value(QStringLiteral("counter")).toInt() + 1;
    state.insert(QStringLiteral("counter"), n);
    const QString secret = QStringLiteral("npm_New%1").arg(n, 33, 10, QLatin1Char('0'));
    const QString key
        = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    QJsonObject tokens = state.value(QStringLiteral("tokens")).toObject();
    tokens.insert(key,
                  QJsonObject{{QStringLiteral("sha512"), sha512Hex(secret.toUtf8())},
                              {QStringLiteral("name"), spec.name},
                              {QStringLiteral("revoked"), false}});
    state.insert(QStringLiteral("tokens"), tokens);
    save(state);
    if (afterEffect)
        afterEffect(QStringLiteral("backend:create"));
    if (lostCreateAnswers > 0) {
        --lostCreateAnswers;
        // A client that re-sent the POST by itself made one more before giving up.
        for (int extra = 1; extra < tokensPerLostCreate; ++extra)
            createToken(spec, [](Result<CreatedToken>) {});
        return done(lostCreateError);
    }
    CreatedToken created;
    created.token.key = key;
    created.token.kind = TokenKind::GranularReadWrite;
    created.secret = SecretBuffer::fromString(secret);
    done(std::move(created));
}

void FileFakeBackend::whoami(const SecretBuffer &secret, std::function<void(Result<QString>)> done)
{
    if (whoamiFailure)
        return done(*whoamiFailure);
    if (isAlive(secret.revealString()))
        return done(whoamiUser);
    done(makeError(ErrorCode::E401, QStringLiteral("Unable to authenticate")));
}

void FileFakeBackend::removeOrphans(const QString &name, const QDateTime &,
                                    const QStringList &knownKeys,
                                    std::function<void(Result<int>)> done)
{
    if (orphanLookupFailure)
        return done(*orphanLookupFailure);
    QJsonObject state = load();
    QJsonObject tokens = state.value(QStringLiteral("tokens")).toObject();
    int revoked = 0;
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        QJsonObject token = it.value().toObject();
        if (token.value(QStringLiteral("name")).toString() != name || knownKeys.contains(it.key())
            || token.value(QStringLiteral("revoked")).toBool())
            continue;
        token.insert(QStringLiteral("revoked"), true);
        it.value() = token;
        ++revoked;
    }
    state.insert(QStringLiteral("tokens"), tokens);
    save(state);
    done(revoked);
}

QStringList FileFakeBackend::liveKeysNamed(const QString &name) const
{
    QStringList keys;
    const QJsonObject tokens = load().value(QStringLiteral("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QJsonObject token = it.value().toObject();
        if (token.value(QStringLiteral("name")).toString() == name
            && !token.value(QStringLiteral("revoked")).toBool())
            keys.append(it.key());
    }
    return keys;
}

QString FileFakeBackend::sha512OfKey(const QString &key) const
{
    return load()
        .value(QStringLiteral("tokens"))
        .toObject()
        .value(key)
        .toObject()
        .value(QStringLiteral("sha512"))
        .toString();
}

void FileFakeBackend::revokeToken(const QString &key, std::function<void(Result<void>)> done)
{
    if (revokeFailure)
        return done(*revokeFailure);
    if (beforeRevoke)
        beforeRevoke(key);
    QJsonObject state = load();
    QJsonObject tokens = state.value(QStringLiteral("tokens")).toObject();
    if (!tokens.contains(key))
        return done(makeError(ErrorCode::E404, QStringLiteral("Not found")));
    QJsonObject token = tokens.value(key).toObject();
    token.insert(QStringLiteral("revoked"), true);
    tokens.insert(key, token);
    state.insert(QStringLiteral("tokens"), tokens);
    save(state);
    if (afterEffect)
        afterEffect(QStringLiteral("backend:revoke"));
    done({});
}

QJsonObject FileSecretStore::load() const
{
    auto bytes = readWholeFile(m_path);
    return bytes.ok() ? QJsonDocument::fromJson(bytes.value()).object() : QJsonObject();
}

QStringList FileSecretStore::keys() const
{
    return load().keys();
}

void FileSecretStore::write(const QString &key, const SecretBuffer &secret, QObject *context,
                            DoneCallback done)
{
    if (failure)
        return QTimer::singleShot(0, context, [done, e = *failure] { done(e); });
    QJsonObject all = load();
    all.insert(key, QString::fromLatin1(secret.reveal().toBase64()));
    (void)writeFileAtomically(m_path, QJsonDocument(all).toJson());
    QTimer::singleShot(0, context, [done] { done({}); });
}

void FileSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (failure)
        return QTimer::singleShot(0, context, [done, e = *failure] { done(e); });
    const QJsonObject all = load();
    if (!all.contains(key))
        return QTimer::singleShot(0, context, [done] {
            done(makeError(ErrorCode::NotFound, QStringLiteral("not found")));
        });
    const QByteArray secret = QByteArray::fromBase64(all.value(key).toString().toLatin1());
    QTimer::singleShot(0, context, [done, secret] { done(SecretBuffer(secret)); });
}

void FileSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    if (failure)
        return QTimer::singleShot(0, context, [done, e = *failure] { done(e); });
    QJsonObject all = load();
    all.remove(key);
    (void)writeFileAtomically(m_path, QJsonDocument(all).toJson());
    QTimer::singleShot(0, context, [done] { done({}); });
}

void FileSecretStore::probe(QObject *context, DoneCallback done)
{
    QTimer::singleShot(0, context, [done, f = failure] { f ? done(*f) : done({}); });
}

} // namespace td::test
