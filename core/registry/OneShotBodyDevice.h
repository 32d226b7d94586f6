// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecretBuffer.h"

#include <QIODevice>

#include <memory>

namespace td {

// A request body Qt can read exactly once. Qt's HTTP/1 channel silently re-sends a request when a
// kept-alive connection breaks before the answer, POSTs included; that needs a body it can rewind.
// This device refuses to rewind (sequential, reset() and seek() fail), so Qt reports
// ContentReSendError instead of creating a second token. It reads straight from the SecretBuffer,
// so the body (which may hold a password) is not copied into a plain QByteArray here.
class OneShotBodyDevice final : public QIODevice
{
public:
    // `body` may be null: an empty body, still one-shot (a DELETE must not be repeated either).
    explicit OneShotBodyDevice(std::shared_ptr<const SecretBuffer> body, QObject *parent = nullptr);

    qint64 length() const { return m_body ? m_body->size() : 0; }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::shared_ptr<const SecretBuffer> m_body;
    qint64 m_position = 0;
};

} // namespace td
