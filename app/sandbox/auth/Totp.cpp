// SPDX-License-Identifier: GPL-3.0-or-later
#include "Totp.h"

#include "Crypto.h"

namespace td::sandbox::totp {

std::optional<QByteArray> decodeBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        if (ch == QLatin1Char('=') || ch.isSpace())
            continue;
        const char c = ch.toUpper().toLatin1();
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString code(const QByteArray &secret, const QDateTime &at)
{
    const quint64 step = quint64(at.toSecsSinceEpoch()) / 30;
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i)
        counter[i] = char((step >> ((7 - i) * 8)) & 0xff);
    const QByteArray mac = crypto::hmacSha1(secret, counter);
    const int offset = mac[mac.size() - 1] & 0x0f;
    const quint32 binary = (quint32(uchar(mac[offset]) & 0x7f) << 24)
        | (quint32(uchar(mac[offset + 1])) << 16) | (quint32(uchar(mac[offset + 2])) << 8)
        | quint32(uchar(mac[offset + 3]));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

bool verify(const QString &base32Secret, const QString &candidate, const QDateTime &at)
{
    const auto secret = decodeBase32(base32Secret);
    if (!secret || secret->isEmpty() || candidate.size() != 6)
        return false;
    for (int drift : {0, -30, 30})
        if (crypto::equalSecrets(code(*secret, at.addSecs(drift)).toLatin1(), candidate.toLatin1()))
            return true;
    return false;
}

} // namespace td::sandbox::totp
