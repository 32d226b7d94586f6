// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunnerWorld.h"

#include "core/npmconfig/NpmrcDocument.h"
#include "core/util/AtomicFile.h"

#include <QSignalSpy>

namespace td::test {

QByteArray bytesOf(const QString &path)
{
    auto bytes = readWholeFile(path);
    return bytes.ok() ? bytes.value() : QByteArray();
}

QString tokenIn(const QString &path)
{
    const NpmrcDocument doc = NpmrcDocument::fromBytes(bytesOf(path));
    for (const NpmrcLine &line : doc.lines()) {
        if (line.isEntry() && line.key.endsWith(QLatin1String(":_authToken")))
            return line.value;
    }
    return {};
}

bool runToEnd(PlanRunner &runner, const std::function<Result<void>()> &begin)
{
    QSignalSpy spy(&runner, &PlanRunner::finished);
    if (!begin())
        return false;
    if (spy.isEmpty() && !spy.wait(5000))
        return false;
    return spy.first().first().toBool();
}

bool startToEnd(PlanRunner &runner, const QList<PlanRow> &rows)
{
    return runToEnd(
        runner, [&] { return runner.start(QStringLiteral("jane"), rows, QStringLiteral("r")); });
}

} // namespace td::test
