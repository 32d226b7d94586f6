// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/InMemorySecretStore.h"

#include <QTest>

using namespace td;

class TstInMemorySecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAsynchronously()
    {
        InMemorySecretStore store;
        bool called = false;
        store.write(QStringLiteral("k"), SecretBuffer(QByteArrayView("v")), this,
                    [&](Result<void> r) {
                        QVERIFY(r.ok());
                        called = true;
                    });
        QVERIFY(!called); // like a real keychain: never inside the call
        QTRY_VERIFY(called);
        QVERIFY(store.contains(QStringLiteral("k")));
    }

    void failureStandsForALockedKeychain()
    {
        InMemorySecretStore store;
        store.setFailure(makeError(ErrorCode::KeychainLocked, QStringLiteral("locked")));
        std::optional<Result<void>> result;
        store.write(QStringLiteral("k"), SecretBuffer(QByteArrayView("v")), this,
                    [&](Result<void> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().code, ErrorCode::KeychainLocked);
        QVERIFY(!store.contains(QStringLiteral("k")));
    }
};

QTEST_GUILESS_MAIN(TstInMemorySecretStore)
#include "tst_inmemorysecretstore.moc"
