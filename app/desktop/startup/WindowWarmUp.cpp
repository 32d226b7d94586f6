// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/startup/WindowWarmUp.h"

#include "desktop/startup/FontConfigWarmUp.h"

#include <QBuffer>
#include <QByteArray>
#include <QDBusConnection>
#include <QImageReader>
#include <QtGlobal>

namespace td {

namespace {

// Asking for a reader of PNG loads every image plugin, as reading the first PNG icon would. Qt
// loads plugins on any thread and hands their instances to the main thread; the reader never
// reads the empty buffer, which is only there to be a device.
void loadImagePlugins()
{
    QByteArray nothing;
    QBuffer device(&nothing);
    device.open(QIODevice::ReadOnly);
    QImageReader reader(&device, QByteArrayLiteral("png"));
    reader.canRead();
}

// Qt makes the session-bus connection on its own D-Bus thread and shares it; a second caller
// waits for the first. Messages still reach each object through its own thread's event loop,
// which has not started yet.
void connectSessionBus()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QDBusConnection::sessionBus();
}

} // namespace

WindowWarmUp::WindowWarmUp()
{
    m_thread.start([] {
        // The main thread wants the bus soonest (the first label's accessibility update).
        connectSessionBus();
        // Where the display answers quickly (offscreen), fontconfig's parse is still running and
        // the main thread waits for it: sharing the second core with it would only delay both.
        finishFontConfigWarmUp();
        loadImagePlugins();
    });
}

WindowWarmUp::~WindowWarmUp()
{
    m_thread.finish();
}

} // namespace td
