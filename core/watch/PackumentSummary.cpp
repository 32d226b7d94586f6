// SPDX-License-Identifier: GPL-3.0-or-later
// packumentSummary(): what the watch keeps of a full packument for the next comparison.
#include "core/watch/PackumentPoller.h"

#include <QJsonObject>

namespace td::watch {

QJsonObject packumentSummary(const QJsonObject &full)
{
    QJsonObject summary;
    for (const char *field : {"name", "dist-tags", "maintainers", "time", "modified"})
        if (full.contains(QLatin1String(field)))
            summary.insert(QLatin1String(field), full.value(QLatin1String(field)));
    QJsonObject versions;
    const QJsonObject all = full.value(QLatin1String("versions")).toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject manifest = it.value().toObject();
        QJsonObject kept;
        for (const char *field : {"name", "version", "deprecated", "_npmUser"})
            if (manifest.contains(QLatin1String(field)))
                kept.insert(QLatin1String(field), manifest.value(QLatin1String(field)));
        versions.insert(it.key(), kept);
    }
    summary.insert(QLatin1String("versions"), versions);
    return summary;
}

} // namespace td::watch
