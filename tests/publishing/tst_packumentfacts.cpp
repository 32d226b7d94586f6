// SPDX-License-Identifier: GPL-3.0-or-later
// The packument facts the publish path needs (issue 14), as the registry DTO reads them: each
// version's time, _stagedId and repository (a string or {url}), next to _npmUser and attestations.
#include "TestPaths.h"
#include "core/registry/json/PackageDto.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace td;

class TestPackumentFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsVersionFacts()
    {
        QFile file(QStringLiteral(TD_TEST_DATA_DIR "/publishing/packument-facts.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        const Result<Packument> parsed = json::parsePackument(body);
        QVERIFY(parsed);
        QMap<QString, PackumentVersion> by;
        for (const PackumentVersion &v : parsed.value().versions)
            by.insert(v.version, v);
        QCOMPARE(by.value(QStringLiteral("1.0.0")).repository, QStringLiteral("github:ship/app"));
        QVERIFY(by.value(QStringLiteral("1.0.0")).stagedId.isEmpty());
        QCOMPARE(by.value(QStringLiteral("1.0.0")).published,
                 QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::UTC));
        const PackumentVersion staged = by.value(QStringLiteral("1.1.0"));
        QCOMPARE(staged.repository, QStringLiteral("git+https://github.com/ship/app.git"));
        QCOMPARE(staged.stagedId, QStringLiteral("8c3f1d2e-0002-4a8e-9b6c-1d2e3f4a5b02"));
        QVERIFY(staged.trustedPublisher);
        QVERIFY(staged.hasAttestations);
        QCOMPARE(staged.published, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        // Odd shapes are left empty, never a parse failure.
        QVERIFY(by.value(QStringLiteral("1.2.0")).repository.isEmpty());
        QVERIFY(!by.value(QStringLiteral("1.2.0")).published.isValid());
    }
};

QTEST_GUILESS_MAIN(TestPackumentFacts)
#include "tst_packumentfacts.moc"
