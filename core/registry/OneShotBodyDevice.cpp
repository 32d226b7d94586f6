// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/OneShotBodyDevice.h"

#include <cstring>

namespace td {

OneShotBodyDevice::OneShotBodyDevice(std::shared_ptr<const SecretBuffer> body, QObject *parent)
    : QIODevice(parent), m_body(std::move(body))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBodyDevice::bytesAvailable() const
{
    return length() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBodyDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = length() - m_position;
    if (left <= 0)
        return -1; // the end: a sequential device says so with -1, not 0
    const qint64 n = std::min(left, maxSize);
    std::memcpy(data, m_body->view().data() + m_position, static_cast<size_t>(n));
    m_position += n;
    return n;
}

} // namespace td
