// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ci/CiState.h"

#include "sandbox/auth/Crypto.h"

#include <QUrl>

#include <sodium.h>

namespace td::sandbox {

namespace {

QString randomBase62(int n)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray bytes = crypto::randomBytes(n);
    QString out;
    for (const char b : bytes)
        out += QLatin1Char(alphabet[static_cast<unsigned char>(b) % 62]);
    return out;
}

QString tokenPrefix(const QString &provider)
{
    if (provider == QLatin1String("github"))
        return QStringLiteral("ghp_");
    if (provider == QLatin1String("gitlab"))
        return QStringLiteral("glpat-");
    return QStringLiteral("CCIPAT_");
}

} // namespace

CiState::CiState()
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to start");
    seedDemo();
}

void CiState::seedDemo()
{
    addCredential(QStringLiteral("github"), QStringLiteral("maintainer"),
                  {QStringLiteral("secrets:write"), QStringLiteral("environments:write"),
                   QStringLiteral("organization_secrets:write")},
                  QString::fromLatin1(kGitHubDemoToken));
    addCredential(QStringLiteral("github"), QStringLiteral("maintainer"),
                  {QStringLiteral("secrets:read"), QStringLiteral("organization_secrets:read")},
                  QString::fromLatin1(kGitHubDemoReadOnlyToken));
    const QString repo = makeId(QStringLiteral("github"), QStringLiteral("repository"),
                                {QStringLiteral("acme"), QStringLiteral("widgets")});
    addStore(repo);
    addStore(
        makeId(QStringLiteral("github"), QStringLiteral("environment"),
               {QStringLiteral("acme"), QStringLiteral("widgets"), QStringLiteral("production")}));
    addStore(
        makeId(QStringLiteral("github"), QStringLiteral("organization"), {QStringLiteral("acme")}));
}

QString CiState::field(const QString &text)
{
    // CiSecretTarget's encoding (core/cisecrets/CiSecretTarget.cpp).
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "/*@!$&'()+,;=~-._"));
}

QString CiState::defaultHost(const QString &provider)
{
    if (provider == QLatin1String("github"))
        return QStringLiteral("github.com");
    if (provider == QLatin1String("gitlab"))
        return QStringLiteral("gitlab.com");
    if (provider == QLatin1String("circleci"))
        return QStringLiteral("circleci.com");
    return {};
}

QString CiState::canonicalId(const QString &id)
{
    QStringList fields = id.split(QLatin1Char(':'));
    if (fields.size() < 4 || defaultHost(fields.at(0)).isEmpty())
        return {};
    fields[2] = defaultHost(fields.at(0));
    return fields.join(QLatin1Char(':'));
}

QString CiState::storeOf(const QString &id)
{
    return id.section(QLatin1Char(':'), 0, -2);
}

QString CiState::makeId(const QString &provider, const QString &kind, const QStringList &fields)
{
    QStringList all{provider, kind, defaultHost(provider)};
    for (const QString &f : fields)
        all << field(f);
    return all.join(QLatin1Char(':'));
}

QString CiState::addCredential(const QString &provider, const QString &login,
                               const QStringList &permissions, QString token)
{
    if (token.isEmpty())
        token = tokenPrefix(provider) + randomBase62(36);
    m_credentials.push_back(CiCredential{provider, token, login, permissions});
    return token;
}

const CiCredential *CiState::credential(const QString &provider, const QByteArray &token) const
{
    if (token.isEmpty())
        return nullptr;
    for (const CiCredential &c : m_credentials)
        if (c.provider == provider && crypto::equalSecrets(c.token.toUtf8(), token))
            return &c;
    return nullptr;
}

void CiState::addStore(const QString &storeId)
{
    m_stores.insert(storeId);
}

QStringList CiState::stores(const QString &prefix) const
{
    QStringList out;
    for (const QString &s : m_stores)
        if (s.startsWith(prefix))
            out << s;
    out.sort();
    return out;
}

const CiStoredValue *CiState::value(const QString &id) const
{
    const auto it = m_values.constFind(id);
    return it == m_values.cend() ? nullptr : &it.value();
}

CiStoredValue *CiState::value(const QString &id)
{
    const auto it = m_values.find(id);
    return it == m_values.end() ? nullptr : &it.value();
}

CiStoredValue &CiState::write(const QString &id, const QByteArray &plaintext, const QDateTime &now,
                              bool *created)
{
    addStore(storeOf(id));
    const bool isNew = !m_values.contains(id);
    CiStoredValue &stored = m_values[id];
    if (isNew)
        stored.createdAt = now;
    stored.value = plaintext;
    stored.updatedAt = now;
    ++stored.writes;
    if (created)
        *created = isNew;
    return stored;
}

bool CiState::remove(const QString &id)
{
    return m_values.remove(id) > 0;
}

QStringList CiState::idsIn(const QString &storeId) const
{
    QStringList out;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (storeOf(it.key()) == storeId)
            out << it.key();
    return out;
}

const CiKeyPair &CiState::keyPair(const QString &storeId)
{
    auto it = m_keys.find(storeId);
    if (it == m_keys.end()) {
        CiKeyPair pair;
        pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
        pair.secretKey.resize(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                           reinterpret_cast<unsigned char *>(pair.secretKey.data()));
        pair.keyId = crypto::randomDigits(18);
        it = m_keys.insert(storeId, pair);
    }
    return it.value();
}

CiDeviceGrant &CiState::startDevice(const QString &provider, const QString &clientId,
                                    const QString &scope, const QDateTime &now)
{
    CiDeviceGrant grant;
    grant.provider = provider;
    grant.clientId = clientId;
    grant.scope = scope;
    grant.deviceCode = QString::fromLatin1(crypto::randomBytes(20).toHex());
    const QString letters = randomBase62(8).toUpper();
    grant.userCode = letters.left(4) + QLatin1Char('-') + letters.mid(4);
    grant.expiresAt = now.addSecs(900);
    m_devices.push_back(grant);
    return m_devices.back();
}

CiDeviceGrant *CiState::deviceByCode(const QString &provider, const QString &deviceCode)
{
    for (CiDeviceGrant &g : m_devices)
        if (g.provider == provider && g.deviceCode == deviceCode)
            return &g;
    return nullptr;
}

CiDeviceGrant *CiState::deviceByUserCode(const QString &provider, const QString &userCode)
{
    for (CiDeviceGrant &g : m_devices)
        if (g.provider == provider && g.userCode.compare(userCode, Qt::CaseInsensitive) == 0)
            return &g;
    return nullptr;
}

} // namespace td::sandbox
