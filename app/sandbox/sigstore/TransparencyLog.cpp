// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransparencyLog.h"

#include <QJsonArray>

namespace td::sandbox::sigstore {

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray nodeHash(const QByteArray &left, const QByteArray &right)
{
    return sha256(QByteArray(1, '\x01') + left + right);
}

// The largest power of two smaller than n (n > 1): RFC 6962's split point.
qsizetype splitPoint(qsizetype n)
{
    qsizetype k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

} // namespace

TransparencyLog TransparencyLog::create(const QDateTime &now)
{
    TransparencyLog log;
    log.m_key = EcKey::generate(EcKey::Curve::P256);
    log.m_validFrom = now.addYears(-10); // the sandbox clock may be moved back
    return log;
}

TransparencyLog TransparencyLog::fromJson(const QJsonObject &o)
{
    TransparencyLog log;
    log.m_key = EcKey::fromPrivatePem(o.value(QStringLiteral("key")).toString().toLatin1());
    log.m_validFrom
        = QDateTime::fromString(o.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.value(QStringLiteral("leaves")).toArray())
        log.m_leaves.append(QByteArray::fromBase64(v.toString().toLatin1()));
    return log;
}

QJsonObject TransparencyLog::toJson() const
{
    QJsonArray leaves;
    for (const QByteArray &leaf : m_leaves)
        leaves.append(b64(leaf));
    return {{QStringLiteral("key"), QString::fromLatin1(m_key.privatePem())},
            {QStringLiteral("valid_from"), m_validFrom.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("leaves"), leaves}};
}

QByteArray TransparencyLog::logId() const
{
    return sha256(m_key.spkiDer());
}

QByteArray TransparencyLog::leafHash(const QByteArray &body)
{
    return sha256(QByteArray(1, '\0') + body);
}

QByteArray TransparencyLog::rootOf(qsizetype begin, qsizetype end) const
{
    if (end - begin == 1)
        return m_leaves[begin];
    const qsizetype k = splitPoint(end - begin);
    return nodeHash(rootOf(begin, begin + k), rootOf(begin + k, end));
}

// RFC 6962 §2.1.1 PATH(m, D[begin:end]), from the leaf's sibling up to the root's children.
QList<QByteArray> TransparencyLog::pathOf(qsizetype index, qsizetype begin, qsizetype end) const
{
    if (end - begin <= 1)
        return {};
    const qsizetype k = splitPoint(end - begin);
    if (index < k)
        return pathOf(index, begin, begin + k) << rootOf(begin + k, end);
    return pathOf(index - k, begin + k, end) << rootOf(begin, begin + k);
}

// A signed note as Rekor writes it: origin, size, root, blank line, then "— <name> " and the
// base64 of the key hint (the logId's first 4 bytes) followed by the ECDSA signature of the text.
QString TransparencyLog::checkpoint(qsizetype treeSize, const QByteArray &root) const
{
    const QByteArray text = QByteArray(kOrigin) + " - " + QByteArray::number(kTreeId) + '\n'
        + QByteArray::number(treeSize) + '\n' + root.toBase64() + '\n';
    const QByteArray signature = logId().left(4) + m_key.sign(text);
    return QString::fromUtf8(text + '\n' + QByteArray("\xe2\x80\x94 ") + kOrigin + ' '
                             + signature.toBase64() + '\n');
}

QJsonObject TransparencyLog::append(const QByteArray &canonicalBody, const QString &kind,
                                    qint64 integratedTime)
{
    const qint64 index = m_leaves.size();
    m_leaves.append(leafHash(canonicalBody));
    const qsizetype treeSize = m_leaves.size();
    const QByteArray root = rootOf(0, treeSize);
    const QByteArray id = logId();
    // The SET: canonical JSON (sorted keys, no spaces) of body, integratedTime, logID, logIndex.
    const QByteArray signedJson = "{\"body\":\"" + canonicalBody.toBase64()
        + "\",\"integratedTime\":" + QByteArray::number(integratedTime) + ",\"logID\":\""
        + id.toHex() + "\",\"logIndex\":" + QByteArray::number(index) + '}';
    QJsonArray hashes;
    for (const QByteArray &h : pathOf(index, 0, treeSize))
        hashes.append(b64(h));
    return {{QStringLiteral("logIndex"), QString::number(index)},
            {QStringLiteral("logId"), QJsonObject{{QStringLiteral("keyId"), b64(id)}}},
            {QStringLiteral("kindVersion"),
             QJsonObject{{QStringLiteral("kind"), kind},
                         {QStringLiteral("version"), QStringLiteral("0.0.1")}}},
            {QStringLiteral("integratedTime"), QString::number(integratedTime)},
            {QStringLiteral("inclusionPromise"),
             QJsonObject{{QStringLiteral("signedEntryTimestamp"), b64(m_key.sign(signedJson))}}},
            {QStringLiteral("inclusionProof"),
             QJsonObject{{QStringLiteral("logIndex"), QString::number(index)},
                         {QStringLiteral("rootHash"), b64(root)},
                         {QStringLiteral("treeSize"), QString::number(treeSize)},
                         {QStringLiteral("hashes"), hashes},
                         {QStringLiteral("checkpoint"),
                          QJsonObject{{QStringLiteral("envelope"), checkpoint(treeSize, root)}}}}},
            {QStringLiteral("canonicalizedBody"), b64(canonicalBody)}};
}

} // namespace td::sandbox::sigstore
