// SPDX-License-Identifier: GPL-3.0-or-later
// The English catalogue turns "%n day(s)" into "1 day" / "2 days" for every program; the test
// programs install it at start as the desktop app and the CLI do (EnglishPluralsAtStart.cpp).
#include "core/expiry/ExpiryNotice.h"
#include "core/tokens/ScopeSummary.h"
#include "core/tokens/Token.h"
#include "core/util/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTest>

using namespace std::chrono_literals;

class TstEnglishPlurals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsReadAsEnglish_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one package")
            << QByteArray("td::ScopeSummary") << QByteArray("%n package(s)") << 1
            << QStringLiteral("1 package");
        QTest::newRow("two packages")
            << QByteArray("td::ScopeSummary") << QByteArray("%n package(s)") << 2
            << QStringLiteral("2 packages");
        QTest::newRow("no packages")
            << QByteArray("td::ScopeSummary") << QByteArray("%n package(s)") << 0
            << QStringLiteral("0 packages");
        QTest::newRow("verb agrees")
            << QByteArray("td::cli::TrustCommand") << QByteArray("%n package(s) need attention")
            << 1 << QStringLiteral("1 package needs attention");
    }
    void countsReadAsEnglish()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
                 expected);
    }

    void noticesUseIt()
    {
        QCOMPARE(td::expiryNoticeText(QStringLiteral("ci"), 86400s),
                 QStringLiteral("npm token 'ci' expires in 1 day"));
        QCOMPARE(td::expiryNoticeText(QStringLiteral("ci"), 3 * 86400s),
                 QStringLiteral("npm token 'ci' expires in 3 days"));
    }

    void installingTwiceIsHarmless() { QVERIFY(td::installEnglishPlurals()); }
};

QTEST_GUILESS_MAIN(TstEnglishPlurals)
#include "tst_englishplurals.moc"
