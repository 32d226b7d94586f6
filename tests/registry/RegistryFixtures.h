// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPaths.h"

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

namespace td::test {

// A registry answer recorded under tests/data/registry/; a missing one ends the test program.
inline QByteArray registryFixture(const char *name)
{
    QFile file(QStringLiteral(TD_TEST_DATA_DIR "/registry/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace td::test
