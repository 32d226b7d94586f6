// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace td::cli {

// Passes every write straight on to another device (flushing a file at once, so the order on the
// terminal stays as written) and remembers whether anything went out: a failure under --json
// after the command already printed its result adds no second JSON document (CliContext::fail).
class WriteWatch final : public QIODevice
{
public:
    explicit WriteWatch(QIODevice *target);
    bool anythingWritten() const { return m_written > 0; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    qint64 m_written = 0;
};

} // namespace td::cli
