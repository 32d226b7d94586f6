// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace td;

class TstSingleInstance : public QObject
{
    Q_OBJECT
    static QString uniqueName()
    {
        return QStringLiteral("td-test-") + QUuid::createUuid().toString(QUuid::Id128);
    }

private Q_SLOTS:
    void firstInstanceFindsNobody()
    {
        SingleInstance first(uniqueName());
        QVERIFY(!first.notifyRunningInstance(200));
        QVERIFY(first.listen());
    }

    void secondLaunchRaisesTheFirst()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.listen());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);

        SingleInstance second(name);
        QVERIFY(second.notifyRunningInstance());
        QTRY_COMPARE(raised.count(), 1);
    }

    void staleSocketIsReplaced()
    {
        const QString name = uniqueName();
        {
            SingleInstance crashed(name);
            QVERIFY(crashed.listen());
        } // QLocalServer removes its socket on close; listen() must also cope if it did not
        SingleInstance next(name);
        QVERIFY(!next.notifyRunningInstance(200));
        QVERIFY(next.listen());
    }
};

QTEST_GUILESS_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"
