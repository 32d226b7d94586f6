// SPDX-License-Identifier: GPL-3.0-or-later
// Runs on a private session bus that has no Secret Service (tests/support/session-nosvc.conf).
// A write must fail with a clear, specific error, and the secret must land nowhere else.
#include "Harness.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace td;

class TstKeychainNoService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TD_REQUIRE_HARNESS(); }

    void writeFailsClearlyAndWritesNothing()
    {
        const QByteArray secret = "npm_NoService0123456789012345678901234567";
        KeychainSecretStore store(QStringLiteral("tokendesk-test"));
        std::optional<Result<void>> result;
        store.write(QStringLiteral("session/acct"), SecretBuffer(secret), this,
                    [&](Result<void> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, ErrorCode::KeychainUnavailable);
        QVERIFY2(result->error().message.contains(QStringLiteral("org.freedesktop.secrets")),
                 qPrintable(result->error().message));
        QVERIFY(result->error().hint.contains(QStringLiteral("never in plain files")));

        // No plain-text fallback: nothing under HOME (nor the temp folder) holds the secret.
        for (const QString &root :
             {qEnvironmentVariable("HOME"), qEnvironmentVariable("TD_TEST_SANDBOX")}) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 10 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstKeychainNoService)
#include "tst_keychain_noservice.moc"
