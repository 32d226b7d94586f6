// SPDX-License-Identifier: GPL-3.0-or-later
// What the trust wizard remembers of the trust configs it read (issue 21): what the packages
// page read for each package the registry answered for, and after Apply what the read-back
// showed (the new config, the replaced ones gone), in the file `trust list` writes too.
#include "core/provenance/TrustConfigMemory.h"
#include "desktop/trust/TrustWizardMemory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

namespace {

const QUrl kRegistry(u"http://127.0.0.1:4873/"_s);
const QDateTime kNow = QDateTime::fromString(u"2026-12-05T14:00:00Z"_s, Qt::ISODate);

TrustedPublisher config(const QString &id, const QString &repository)
{
    TrustedPublisher c;
    c.id = id;
    c.repository = repository;
    c.workflowFile = u"release.yml"_s;
    return c;
}

QStringList idsOf(const std::optional<provenance::TrustConfigMemory::Entry> &entry)
{
    QStringList ids;
    if (entry)
        for (const TrustedPublisher &c : entry->configs)
            ids << c.id;
    return ids;
}

} // namespace

class TestTrustWizardMemory : public QObject
{
    Q_OBJECT
private slots:
    void readConfigsOfAnsweredPackagesOnly();
    void verifiedOutcomeReplacesWhatItReplaced();

private:
    QTemporaryDir m_dir;
};

void TestTrustWizardMemory::readConfigsOfAnsweredPackagesOnly()
{
    const QString path = m_dir.filePath(u"read.json"_s);
    QHash<QString, PackageRegistryState> states;
    states.insert(u"@acme/ui"_s, {true, {config(u"a"_s, u"acme/ui"_s)}, {}});
    states.insert(u"@acme/none"_s, {true, {}, {}});               // read: no configs at all
    states.insert(u"@acme/new"_s, {false, {}, {}});               // not published yet
    states.insert(u"@acme/flaky"_s, {false, {}, u"timed out"_s}); // unknown
    rememberReadConfigs(path, kRegistry, states, kNow);

    const provenance::TrustConfigMemory memory(path);
    const auto ui = memory.recall(kRegistry, u"@acme/ui"_s);
    QCOMPARE(idsOf(ui), QStringList{u"a"_s});
    QCOMPARE(ui->configs.first().repository, u"acme/ui"_s);
    QCOMPARE(ui->readAt, kNow);
    const auto none = memory.recall(kRegistry, u"@acme/none"_s);
    QVERIFY(none); // "no configs", which is not "unknown"
    QVERIFY(none->configs.isEmpty());
    QVERIFY(!memory.recall(kRegistry, u"@acme/new"_s));
    QVERIFY(!memory.recall(kRegistry, u"@acme/flaky"_s));
    QVERIFY(!memory.recall(QUrl(u"https://registry.npmjs.org/"_s), u"@acme/ui"_s));
}

void TestTrustWizardMemory::verifiedOutcomeReplacesWhatItReplaced()
{
    const QString path = m_dir.filePath(u"applied.json"_s);
    QHash<QString, PackageRegistryState> before;
    before.insert(u"@acme/ui"_s,
                  {true, {config(u"old"_s, u"Acme/ui"_s), config(u"keep"_s, u"acme/other"_s)}, {}});
    before.insert(u"@acme/failed"_s, {true, {config(u"f"_s, u"acme/failed"_s)}, {}});
    rememberReadConfigs(path, kRegistry, before, kNow);

    const QList<TrustTarget> targets{{u"@acme/ui"_s, config({}, u"acme/ui"_s), {u"old"_s}},
                                     {u"@acme/failed"_s, config({}, u"acme/failed2"_s), {}}};
    TrustOutcome verified;
    verified.packageName = u"@acme/ui"_s;
    verified.stage = TrustStage::Verified;
    verified.createdId = u"new"_s;
    TrustOutcome failed;
    failed.packageName = u"@acme/failed"_s;
    failed.stage = TrustStage::Failed;
    rememberVerifiedConfigs(path, kRegistry, before, targets, {verified, failed}, kNow.addSecs(60));

    const provenance::TrustConfigMemory memory(path);
    const auto ui = memory.recall(kRegistry, u"@acme/ui"_s);
    QCOMPARE(idsOf(ui), (QStringList{u"keep"_s, u"new"_s}));
    QCOMPARE(ui->configs.last().repository, u"acme/ui"_s);
    QCOMPARE(ui->readAt, kNow.addSecs(60));
    // A failed apply changed nothing on the registry: what was read stays.
    QCOMPARE(idsOf(memory.recall(kRegistry, u"@acme/failed"_s)), QStringList{u"f"_s});
}

QTEST_GUILESS_MAIN(TestTrustWizardMemory)
#include "tst_trustwizardmemory.moc"
