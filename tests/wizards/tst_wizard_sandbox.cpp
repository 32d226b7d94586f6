// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the wizard, driven through its widgets, creates a token on the real
// tokendesk-sandbox (password + TOTP) with packages, a scope, an org, a CIDR range and an
// expiry; the sandbox holds exactly those grants, the secret is in the real keychain, the chosen
// .npmrc gains exactly one line, and the real npm CLI can use it. Runs under tests/run-headless.sh.
#include "Harness.h"
#include "HttpHelper.h"
#include "RegistryTestSupport.h"
#include "SandboxProcess.h"
#include "Totp.h"
#include "WizardFixture.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/creation/UseTokenChoices.h"
#include "core/secrets/KeychainSecretStore.h"
#include "desktop/wizards/createtoken/PackageChecklistModel.h"
#include "desktop/wizards/createtoken/PackagesPage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kTotpSecret = "JBSWY3DPEHPK3PXP";
const QByteArray kPassword = "sandbox-password";

template<class T, class Start>
Result<T> await(Start start, int ms = 20000)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

template<class T>
T *find(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}
} // namespace

class TestWizardSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardCreatesExactlyTheChosenGrants()
    {
        TD_REQUIRE_HARNESS();
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        SystemClock clock;
        QNetworkAccessManager nam;
        KeychainSecretStore keychain(QStringLiteral("tokendesk-wizard-e2e"));
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.json")));
        SessionManager sessions(&nam, &keychain, &accounts, clock);

        // Sign in as the demo maintainer (legacy + TOTP), then a client holding that session.
        ScriptedPrompt signInPrompt;
        signInPrompt.code = totp(kTotpSecret, QDateTime::currentDateTimeUtc());
        SignInRequest request;
        request.registry = sandbox.url();
        request.method = SignInMethod::Legacy;
        request.username = QStringLiteral("maintainer");
        request.password = std::make_shared<const SecretBuffer>(QByteArrayView(kPassword));
        auto account = await<Account>(
            [&](auto done) { sessions.signIn(request, &signInPrompt, nullptr, done); });
        QVERIFY2(account.ok(), account.ok() ? "" : qPrintable(account.error().oneLine()));
        RegistryClient client(&nam, sandbox.url(), clock);
        QVERIFY(await<void>([&](auto done) {
                    sessions.authorize(client, account.value().id, nullptr, done);
                }).ok());
        TokenCreationService service(&client, &keychain, account.value().id);

        SecretClipboard clipboard;
        NewTokenWizardServices services;
        services.clock = &clock;
        services.creation = &service;
        services.clipboard = &clipboard;
        services.userName = QStringLiteral("maintainer");
        services.userNpmrcPath = dir.filePath(QStringLiteral(".npmrc"));
        services.openUrl = [](const QUrl &) {};
        NewTokenWizard wizard(services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Purpose.
        find<QRadioButton>(wizard, "purposePublishFromComputer")->click();
        wizard.next();
        // Packages: the account's list comes from the sandbox; tick one, type a scope.
        PackagesPage *packagesPage = wizard.packagesPage();
        QVERIFY(QTest::qWaitFor([&] { return packagesPage->accountPackageCount() > 0; }, 10000));
        QSortFilterProxyModel *proxy = packagesPage->filteredChecklist();
        QString package;
        for (int row = 0; row < proxy->rowCount() && package.isEmpty(); ++row)
            if (!proxy->index(row, 0).data(PackageChecklistModel::IsScopeRole).toBool())
                package = proxy->index(row, 0).data(PackageChecklistModel::NameRole).toString();
        QVERIFY(!package.isEmpty());
        find<QLineEdit>(wizard, "packageFilter")->setText(package);
        QVERIFY(proxy->setData(proxy->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        find<QLineEdit>(wizard, "packageEntry")->setText(QStringLiteral("@maintainer"));
        find<QPushButton>(wizard, "addPackageButton")->click();
        wizard.next();
        // Organization acme, read-only.
        find<QLineEdit>(wizard, "orgEntry")->setText(QStringLiteral("acme"));
        find<QPushButton>(wizard, "addOrgButton")->click();
        auto *orgPermission = find<QComboBox>(wizard, "orgsPermission");
        orgPermission->setCurrentIndex(orgPermission->findData(int(Permission::ReadOnly)));
        Q_EMIT orgPermission->activated(orgPermission->currentIndex());
        wizard.next();
        // Expiry 30 days, loopback only.
        find<QRadioButton>(wizard, "expiry30Days")->click();
        auto *cidr = find<QLineEdit>(wizard, "cidrEdit");
        QTest::keyClicks(cidr, QStringLiteral("127.0.0.0/8"));
        wizard.next();
        auto *name = find<QLineEdit>(wizard, "nameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("wizard-e2e"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewTokenWizard::Review));
        wizard.next();
        // Authenticate with the password and a TOTP code from the authenticator.
        find<QRadioButton>(wizard, "otpMethodCode")->click();
        find<QLineEdit>(wizard, "passwordEdit")->setText(QString::fromLatin1(kPassword));
        find<QLineEdit>(wizard, "otpCodeEdit")
            ->setText(QString::fromLatin1(totp(kTotpSecret, QDateTime::currentDateTimeUtc())));
        wizard.next();
        QVERIFY2(
            QTest::qWaitFor([&] { return wizard.currentId() == NewTokenWizard::Result; }, 20000),
            qPrintable(find<QLabel>(wizard, "authStatus")->text()));
        const TokenCreation *creation = wizard.creation();
        QVERIFY(creation);
        QVERIFY(creation->storedInKeychain());

        // The sandbox holds exactly those grants.
        const HttpReply state
            = httpCall("GET", sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
        QCOMPARE(state.status, 200);
        QJsonObject token;
        for (const QJsonValue &t : state.json().object().value(QLatin1String("tokens")).toArray())
            if (t.toObject().value(QLatin1String("key")).toString() == creation->token.key)
                token = t.toObject();
        QVERIFY2(!token.isEmpty(), "the new token is not in the sandbox state");
        QCOMPARE(token.value(QLatin1String("name")).toString(), QStringLiteral("wizard-e2e"));
        QCOMPARE(strings(token.value(QLatin1String("packages"))), QStringList{package});
        QCOMPARE(strings(token.value(QLatin1String("scopes"))),
                 QStringList{QStringLiteral("@maintainer")});
        QCOMPARE(strings(token.value(QLatin1String("orgs"))), QStringList{QStringLiteral("acme")});
        QCOMPARE(token.value(QLatin1String("packages_and_scopes_permission")).toString(),
                 QStringLiteral("read-write"));
        QCOMPARE(token.value(QLatin1String("orgs_permission")).toString(),
                 QStringLiteral("read-only"));
        QCOMPARE(strings(token.value(QLatin1String("cidr"))),
                 QStringList{QStringLiteral("127.0.0.0/8")});
        QVERIFY(!token.value(QLatin1String("bypass_2fa")).toBool());
        QVERIFY(!token.value(QLatin1String("packages_all")).toBool());
        const QDateTime expiry = QDateTime::fromString(
            token.value(QLatin1String("expiry")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(expiry.secsTo(QDateTime::currentDateTimeUtc().addDays(30))) < 24 * 3600);

        // The secret is in the real keychain.
        auto stored = await<SecretBuffer>(
            [&](auto done) { keychain.read(creation->keychainKey, nullptr, done); });
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().oneLine()));
        QVERIFY(stored.value() == creation->secret);

        // "Use it": the chosen .npmrc gains exactly one line, and the real npm CLI works with it.
        const QString npmrc = dir.filePath(QStringLiteral("project.npmrc"));
        const QByteArray before = "# project\nfund=false\n";
        {
            QFile f(npmrc);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(before);
        }
        QVERIFY(QFile::setPermissions(npmrc, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        find<QLineEdit>(wizard, "npmrcPath")->setText(npmrc);
        find<QPushButton>(wizard, "addToNpmrcButton")->click();
        QFile written(npmrc);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(),
                 before + npmrcTokenLine(sandbox.url(), creation->secret.revealString()).toUtf8()
                     + '\n');
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!npm.isEmpty(), "the real npm CLI is part of the test environment");
        QProcess whoami;
        whoami.start(npm,
                     {QStringLiteral("whoami"), QStringLiteral("--registry"),
                      sandbox.url().toString(), QStringLiteral("--userconfig"), npmrc});
        QVERIFY(whoami.waitForFinished(60000));
        QCOMPARE(whoami.exitCode(), 0);
        QCOMPARE(whoami.readAllStandardOutput().trimmed(), QByteArray("maintainer"));

        QVERIFY(await<void>([&](auto done) {
                    keychain.remove(creation->keychainKey, nullptr, done);
                }).ok());
        wizard.findChild<QPushButton *>(QStringLiteral("copyTokenButton"))->click();
    }
};

QTEST_MAIN(TestWizardSandbox)
#include "tst_wizard_sandbox.moc"
