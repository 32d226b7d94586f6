// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SecretBuffer.h"

#include <openssl/crypto.h>

namespace td {

namespace {
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never wipe another owner's copy; only drop our reference
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}
} // namespace

SecretBuffer::SecretBuffer(QByteArrayView bytes) : m_bytes(bytes.data(), bytes.size()) { }

SecretBuffer SecretBuffer::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBuffer buffer(utf8);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return buffer;
}

SecretBuffer::~SecretBuffer()
{
    wipe(m_bytes);
}

SecretBuffer::SecretBuffer(SecretBuffer &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBuffer &SecretBuffer::operator=(SecretBuffer &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void SecretBuffer::clear()
{
    wipe(m_bytes);
}

bool SecretBuffer::operator==(const SecretBuffer &other) const
{
    // Constant-time compare: the lengths may leak, the contents do not.
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    return CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size()))
        == 0;
}

} // namespace td
