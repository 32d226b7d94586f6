// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteWatch.h"

#include <QFileDevice>

namespace td::cli {

WriteWatch::WriteWatch(QIODevice *target) : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 WriteWatch::readData(char *, qint64)
{
    return -1;
}

qint64 WriteWatch::writeData(const char *data, qint64 size)
{
    if (!m_target)
        return -1;
    const qint64 written = m_target->write(data, size);
    if (written > 0)
        m_written += written;
    if (auto *file = qobject_cast<QFileDevice *>(m_target))
        file->flush();
    return written;
}

} // namespace td::cli
