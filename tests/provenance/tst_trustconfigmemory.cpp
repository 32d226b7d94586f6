// SPDX-License-Identifier: GPL-3.0-or-later
// TrustConfigMemory: what was read at the last 2FA comes back per registry and package.
#include "core/provenance/TrustConfigMemory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using td::TrustedPublisher;
using td::provenance::TrustConfigMemory;

class TestTrustConfigMemory : public QObject
{
    Q_OBJECT
private slots:
    void remembersPerRegistryAndPackage();
};

void TestTrustConfigMemory::remembersPerRegistryAndPackage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sub/trust-configs.json"_s);
    const QUrl npmjs(u"https://registry.npmjs.org/"_s);
    TrustedPublisher config;
    config.id = u"oidc:1"_s;
    config.repository = u"acme/ui"_s;
    config.workflowFile = u"release.yml"_s;
    config.environment = u"npm"_s;
    const QDateTime readAt = QDateTime::fromString(u"2026-06-01T10:00:00Z"_s, Qt::ISODate);

    TrustConfigMemory memory(path);
    QVERIFY(!memory.recall(npmjs, u"@acme/ui"_s)); // unknown, not "none"
    QVERIFY(memory.remember(npmjs, u"@acme/ui"_s, {config}, readAt));
    QVERIFY(memory.remember(npmjs, u"other"_s, {}, readAt));

    const auto entry
        = TrustConfigMemory(path).recall(QUrl(u"https://registry.npmjs.org/x"_s), u"@acme/ui"_s);
    QVERIFY(entry);
    QCOMPARE(entry->configs.size(), 1);
    QVERIFY(entry->configs.first() == config);
    QCOMPARE(entry->configs.first().id, config.id);
    QCOMPARE(entry->readAt, readAt);
    const auto none = memory.recall(npmjs, u"other"_s);
    QVERIFY(none && none->configs.isEmpty()); // read, and there were none
    QVERIFY(!memory.recall(QUrl(u"http://127.0.0.1:4873/"_s), u"@acme/ui"_s));
}

QTEST_GUILESS_MAIN(TestTrustConfigMemory)
#include "tst_trustconfigmemory.moc"
