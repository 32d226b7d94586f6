// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCapture.h"

#include "core/util/Logging.h"

#include <QLoggingCategory>
#include <QMutex>

namespace td::test {

namespace {
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_messages.append(message);
}
} // namespace

LogCapture::LogCapture()
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    g_previous = qInstallMessageHandler(capture);
    // Production code routes everything through redact(); do the same so the capture sees what a
    // user would see.
    td::installRedactingMessageHandler();
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::messages() const
{
    QMutexLocker lock(&g_mutex);
    return g_messages;
}

} // namespace td::test
