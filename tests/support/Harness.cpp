// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"
#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <cstdio>

namespace td::test {

bool inHeadlessHarness()
{
    return qEnvironmentVariableIsSet("TD_HEADLESS_HARNESS");
}

bool inCi()
{
    const QByteArray ci = qgetenv("CI");
    return !ci.isEmpty() && ci != "false" && ci != "0";
}

int scaledDeadlineMs(int ms)
{
    const int factor = qEnvironmentVariableIntValue("TD_TEST_TIMEOUT_FACTOR");
    return factor > 1 ? ms * factor : ms;
}

int requireXServerExitCode()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "needs an X server: run through tests/run-headless.sh\n");
        return inCi() ? 1 : 77;
    }
    qputenv("QT_QPA_PLATFORM", "xcb");
    return -1;
}

QString notifyLogPath()
{
    return qEnvironmentVariable("NOTIFY_LOG");
}

QString programPath(const QString &name)
{
    // Programs land in their source-mirroring folders: app/desktop, app/cli, app/sandbox.
    const QString root = QStringLiteral(TD_BINARY_DIR);
    for (const char *folder : {"app/desktop", "app/cli", "app/sandbox", "."}) {
        const QString candidate
            = QDir(root).filePath(QLatin1String(folder) + QLatin1Char('/') + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QDir(root).filePath(name);
}

} // namespace td::test
