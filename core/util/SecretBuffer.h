// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace td {

// Owns secret bytes (tokens, passwords, one-time codes) for as short a time as possible.
// Non-copyable so a secret is never duplicated by accident; wiped with OPENSSL_cleanse when
// cleared, moved from or destroyed. It has no operator<< and no conversion to QString, so it
// cannot end up in a log line without an explicit reveal().
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(QByteArrayView bytes);
    static SecretBuffer fromString(const QString &text);
    ~SecretBuffer();

    SecretBuffer(const SecretBuffer &) = delete;
    SecretBuffer &operator=(const SecretBuffer &) = delete;
    SecretBuffer(SecretBuffer &&other) noexcept;
    SecretBuffer &operator=(SecretBuffer &&other) noexcept;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    void clear();

    // The bytes, for the one place that must hand them on (an HTTP header, a keychain job).
    QByteArrayView view() const { return QByteArrayView(m_bytes.constData(), m_bytes.size()); }
    // A deep copy the caller must not keep: the callee (QNetworkRequest, QtKeychain) copies anyway.
    QByteArray reveal() const { return QByteArray(m_bytes.constData(), m_bytes.size()); }
    QString revealString() const { return QString::fromUtf8(m_bytes.constData(), m_bytes.size()); }

    bool operator==(const SecretBuffer &other) const;

private:
    QByteArray m_bytes; // never shared: constructed by deep copy and detached
};

} // namespace td
