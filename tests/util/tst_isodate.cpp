// SPDX-License-Identifier: GPL-3.0-or-later
// readIsoDateTime must answer exactly what QDateTime::fromString(text, Qt::ISODateWithMs) answers,
// for the form it reads itself and for every form it hands on to Qt.
#include "core/util/IsoDate.h"

#include <QTest>

#include <string>

class TstIsoDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, const char *text, bool valid) {
            QTest::newRow(name) << QString::fromLatin1(text) << valid;
        };
        row("npm, milliseconds", "2026-12-06T00:53:47.671Z", true);
        row("no milliseconds", "2026-12-06T00:53:47Z", true);
        row("end of a leap day", "2028-02-29T23:59:59.999Z", true);
        row("midnight, new year", "2027-01-01T00:00:00.000Z", true);
        row("zero milliseconds", "2026-12-06T00:53:47.000Z", true);
        row("not a leap year", "2027-02-29T10:00:00.000Z", false);
        row("month 13", "2026-13-01T10:00:00.000Z", false);
        row("day 0", "2026-12-00T10:00:00Z", false);
        row("minute 60", "2026-12-06T10:60:00Z", false);
        row("hour 24 (Qt: next midnight)", "2026-12-06T24:00:00Z", true);
        row("a letter among the digits", "2026-1x-06T10:00:00.000Z", false);
        row("a sign among the digits", "2026-+1-06T10:00:00.000Z", false);
        row("space for T", "2026-12-06 10:00:00.000Z", true);
        row("offset instead of Z", "2026-12-06T10:00:00.000+02:00", true);
        row("no zone (local time)", "2026-12-06T10:00:00.000", true);
        row("two fraction digits", "2026-12-06T10:00:00.67Z", true);
        row("six fraction digits", "2026-12-06T10:00:00.671234Z", true);
        row("date only", "2026-12-06", true);
        row("empty", "", false);
        row("garbage of the same length", "abcdefghijklmnopqrsZ", false);
        row("lower-case z (Qt reads it)", "2026-12-06T00:53:47.671z", true);
    }
    void readsAsQtDoes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        const std::string utf8 = text.toStdString();
        for (const QDateTime &read : {td::readIsoDateTime(QStringView(text)),
                                      td::readIsoDateTime(std::string_view(utf8))}) {
            QCOMPARE(read.isValid(), valid);
            QCOMPARE(read.isValid(), qt.isValid());
            if (!valid)
                continue;
            QCOMPARE(read, qt);
            QCOMPARE(read.timeSpec(), qt.timeSpec());
            QCOMPARE(read.offsetFromUtc(), qt.offsetFromUtc());
            QCOMPARE(read.toString(Qt::ISODateWithMs), qt.toString(Qt::ISODateWithMs));
        }
    }
};

QTEST_APPLESS_MAIN(TstIsoDate)
#include "tst_isodate.moc"
