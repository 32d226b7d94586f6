// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/util/SecretClipboard.h"

#include "core/util/Clock.h"
#include "core/util/SecretBuffer.h"

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

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent), m_ownClock(std::make_unique<SystemClock>())
{
    m_clock = m_ownClock.get();
    connect(&m_tick, &QTimer::timeout, this, &SecretClipboard::tick);
}

SecretClipboard::~SecretClipboard() = default;

int SecretClipboard::secondsLeft() const
{
    if (!m_tick.isActive())
        return 0;
    const qint64 ms = std::max<qint64>(0, m_clock->now().msecsTo(m_deadline));
    return int((ms + 999) / 1000);
}

// The deadline is on the clock, so the countdown and the clearing agree (and a test moves both).
void SecretClipboard::tick()
{
    if (m_clock->now() >= m_deadline) {
        clearIfStillOurs();
        return;
    }
    const int left = secondsLeft();
    if (left != m_lastShown) {
        m_lastShown = left;
        Q_EMIT countdown(left);
    }
}

void SecretClipboard::copy(const SecretBuffer &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret.revealString());
    // KDE Klipper and other history-keeping clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprint(secret.view());
    m_deadline = m_clock->now().addMSecs(m_timeout.count());
    m_lastShown = -1;
    m_tick.start(std::min(m_tickInterval, m_timeout));
    tick();
}

void SecretClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (fingerprint(clipboard->text().toUtf8()) == m_fingerprint)
        clipboard->clear();
    m_fingerprint.clear();
    m_tick.stop();
    m_lastShown = -1;
    Q_EMIT cleared();
}

} // namespace td
