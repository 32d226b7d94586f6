// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace td::sandbox::crypto {

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), n) != 1)
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

QString newGranularToken()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray random = randomBytes(36);
    QString token = QStringLiteral("npm_");
    for (char c : random)
        token += QLatin1Char(alphabet[static_cast<unsigned char>(c) % 62]);
    return token;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomDigits(int n)
{
    const QByteArray random = randomBytes(n);
    QString digits;
    for (char c : random)
        digits += QLatin1Char(static_cast<char>('0' + static_cast<unsigned char>(c) % 10));
    return digits;
}

QByteArray sha512(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
}

QString sha512Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha512(data).toHex());
}

QString sha1Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

QByteArray hmacSha1(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool equalSecrets(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace td::sandbox::crypto
