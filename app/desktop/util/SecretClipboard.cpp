// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SecretClipboard.h"

#include "util/SecretBuffer.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace td {

namespace {
QByteArray fingerprint(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
}

void SecretClipboard::copy(const SecretBuffer &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret.revealString());
    // KDE Klipper and other history-keeping clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprint(secret.view());
    m_clearTimer.start(m_timeout);
}

void SecretClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (fingerprint(clipboard->text().toUtf8()) == m_fingerprint)
        clipboard->clear();
    m_fingerprint.clear();
    Q_EMIT cleared();
}

} // namespace td
