// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/AppSettings.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace td {

namespace {
const QString kThresholds = QStringLiteral("notifications/thresholds");
const QString kClipboard = QStringLiteral("clipboard/clearAfterSeconds");
const QString kCiGrace = QStringLiteral("ci/gracePeriodSeconds");
const QString kWatchInterval = QStringLiteral("watch/intervalMinutes");
constexpr int kMaxCiGraceSeconds = 24 * 3600;
} // namespace

QString AppSettings::thresholdsText(const QList<std::chrono::seconds> &points)
{
    QStringList parts;
    for (const std::chrono::seconds point : points) {
        const qint64 s = point.count();
        if (s <= 0)
            continue;
        if (s % 86400 == 0)
            parts << QString::number(s / 86400) + QLatin1Char('d');
        else if (s % 3600 == 0)
            parts << QString::number(s / 3600) + QLatin1Char('h');
        else
            parts << QString::number((s + 59) / 60) + QLatin1Char('m');
    }
    return parts.join(QStringLiteral(", "));
}

QList<std::chrono::seconds> AppSettings::parseThresholds(const QString &text, bool *ok)
{
    static const QRegularExpression part(QStringLiteral("^(\\d{1,4})\\s*([dhm])$"));
    QList<std::chrono::seconds> points;
    bool allGood = true;
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto match = part.match(raw.trimmed().toLower());
        const qint64 n = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (n <= 0) {
            allGood = false;
            continue;
        }
        const QChar unit = match.captured(2).at(0);
        const qint64 factor = unit == QLatin1Char('d') ? 86400
            : unit == QLatin1Char('h')                 ? 3600
                                                       : 60;
        points.append(std::chrono::seconds(n * factor));
    }
    if (ok)
        *ok = allGood;
    return points;
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings loaded;
    if (settings.contains(kThresholds)) {
        bool ok = false;
        const auto points = parseThresholds(settings.value(kThresholds).toString(), &ok);
        if (ok)
            loaded.thresholds.notifyBefore = points;
    }
    const int seconds = settings.value(kClipboard, 30).toInt();
    if (seconds >= 5 && seconds <= 600)
        loaded.clipboardTimeout = std::chrono::seconds(seconds);
    bool graceOk = false;
    const int grace = settings.value(kCiGrace, 600).toInt(&graceOk);
    if (graceOk && grace >= 0 && grace <= kMaxCiGraceSeconds)
        loaded.ciGracePeriod = std::chrono::seconds(grace);
    bool watchOk = false;
    const int watchMinutes = settings.value(kWatchInterval, 10).toInt(&watchOk);
    if (watchOk)
        loaded.watchInterval = clampedWatchInterval(std::chrono::minutes(watchMinutes));
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kThresholds, thresholdsText(thresholds.notifyBefore));
    settings.setValue(kClipboard, int(clipboardTimeout.count()));
    settings.setValue(kCiGrace, int(ciGracePeriod.count()));
    settings.setValue(kWatchInterval, int(watchInterval.count()));
}

std::chrono::minutes AppSettings::clampedWatchInterval(std::chrono::minutes wanted)
{
    return std::clamp(wanted, kMinimumWatchInterval, kMaximumWatchInterval);
}

} // namespace td
