// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/WindowLayout.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>

namespace td {

namespace {
// Bump when the token table's columns change: an old header state would misplace them.
constexpr int kHeaderVersion = 1;
const auto kGroup = QStringLiteral("mainWindow");
const auto kGeometry = QStringLiteral("geometry");
const auto kHeader = QStringLiteral("tokenTableHeader");
const auto kHeaderVersionKey = QStringLiteral("tokenTableHeaderVersion");
} // namespace

void saveWindowLayout(const QMainWindow &window, const QHeaderView &tokenHeader,
                      QSettings &settings)
{
    settings.beginGroup(kGroup);
    settings.setValue(kGeometry, window.saveGeometry());
    if (tokenHeader.count() > 0) {
        settings.setValue(kHeader, tokenHeader.saveState());
        settings.setValue(kHeaderVersionKey, kHeaderVersion);
    }
    settings.endGroup();
}

bool restoreWindowGeometry(QMainWindow &window, QSettings &settings)
{
    settings.beginGroup(kGroup);
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    settings.endGroup();
    return !geometry.isEmpty() && window.restoreGeometry(geometry);
}

bool restoreTokenHeader(QHeaderView &tokenHeader, QSettings &settings)
{
    settings.beginGroup(kGroup);
    const QByteArray state = settings.value(kHeader).toByteArray();
    const int version = settings.value(kHeaderVersionKey).toInt();
    settings.endGroup();
    return version == kHeaderVersion && !state.isEmpty() && tokenHeader.restoreState(state);
}

} // namespace td
