// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, done-when: a keyboard-only walk creates a token from the main window to the result
// page. The real Application on Xvfb (xcb) against tokendesk-sandbox and the real keychain:
// Ctrl+N in the main window opens the New-token wizard, and only QTest::keyClick/keyClicks move
// through every page (Tab, arrows, Space, Return and the pages' Alt mnemonics) to a token the
// sandbox really holds, with the grants chosen on the way, and whose secret is in the keychain.
// An application-wide filter counts mouse events: there must be none.
// Screenshots: <build>/screenshots/desktop-wizard-keyboard-<page>.png.
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/creation/TokenCreationService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretStore.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"
#include "desktop/wizards/createtoken/PackagesPage.h"
#include "desktop/wizards/createtoken/ResultPage.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace td;
using namespace td::test;

namespace {

const QByteArray kPassword = "sandbox-password";
const QString kTokenName = QStringLiteral("keyboard-walk-e2e");

// Counts every mouse event the application sees.
class MouseEventCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
            ++count;
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

template<class T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

QWidget *focused(QWidget *fallback)
{
    return QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
}

// Tab, as a keyboard user does, until `target` has the focus.
bool tabTo(QWidget *window, QWidget *target, int limit = 60)
{
    for (int i = 0; i < limit && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(focused(window), Qt::Key_Tab);
    if (QApplication::focusWidget() == target)
        return true;
    const QWidget *active = QApplication::activeWindow();
    const QWidget *focus = QApplication::focusWidget();
    qWarning("Tab did not reach %s: the active window is %s (%s), the focus is on %s (%s)",
             qPrintable(target ? target->objectName() : QStringLiteral("(none)")),
             active ? active->metaObject()->className() : "none",
             active ? qPrintable(active->objectName()) : "",
             focus ? focus->metaObject()->className() : "nothing",
             focus ? qPrintable(focus->objectName()) : "");
    return false;
}

void key(QWidget *window, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(window), k, modifiers);
}

} // namespace

class TestDesktopWizardKeyboardE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Application> m_app;

    QString totpNow() const
    {
        return httpCall("GET",
                        m_sandbox.url().resolved(
                            QUrl(QStringLiteral("/-/sandbox/totp?username=maintainer"))))
            .json()
            .object()
            .value(QStringLiteral("code"))
            .toString();
    }

    QJsonObject sandboxToken(const QString &name) const
    {
        const QJsonObject state
            = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))))
                  .json()
                  .object();
        for (const QJsonValue &token : state.value(QStringLiteral("tokens")).toArray())
            if (token.toObject().value(QStringLiteral("name")).toString() == name)
                return token.toObject();
        return {};
    }

    void shoot(QWidget *wizard, const char *page)
    {
        QTest::qWait(50);
        saveScreenshot(
            wizard,
            QStringLiteral("desktop-wizard-keyboard-%1.png").arg(QString::fromLatin1(page)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e-kbd"));
        m_app = std::make_unique<Application>(
            sandboxAppOptions(m_sandbox.url(), m_data.path(), m_keychain.get()));
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        CodeAnsweringPrompt prompt([this] { return totpNow(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), kPassword, &prompt, &why),
                 qPrintable(why));
    }

    void cleanupTestCase() { m_app.reset(); }

    void keyboardOnlyWalkCreatesAToken()
    {
        QVERIFY(sandboxToken(kTokenName).isEmpty());
        MouseEventCounter mouse;
        qApp->installEventFilter(&mouse);

        // Main window: Ctrl+N (File → New token…) opens the wizard.
        QWidget *window = m_app->mainWindow();
        window->activateWindow();
        QVERIFY(qWaitForKeyboardIn(window));
        QTest::keyClick(focused(window), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->newTokenWizard(), 20000);
        NewTokenWizard *wizard = m_app->newTokenWizard();
        QVERIFY(qWaitForKeyboardIn(wizard));
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Purpose));

        // Purpose: Tab to the presets, arrows to "publish from this computer", Space, Return.
        QVERIFY(tabTo(wizard, child<QRadioButton>(wizard, "purposePublishFromCi")));
        key(wizard, Qt::Key_Down);
        key(wizard, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(),
                 child<QRadioButton>(wizard, "purposePublishFromComputer"));
        key(wizard, Qt::Key_Space);
        QCOMPARE(wizard->draft()->purpose(), TokenDraft::Purpose::PublishFromComputer);
        shoot(wizard, "purpose");
        key(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Packages));

        // Packages: the account's list arrives from the sandbox; search, tick with Space.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->packagesPage()->accountPackageCount() > 0, 20000);
        QVERIFY(tabTo(wizard, child<QLineEdit>(wizard, "packageFilter")));
        QTest::keyClicks(focused(wizard), QStringLiteral("@acme/widgets"));
        QVERIFY(tabTo(wizard, child<QListView>(wizard, "packageList")));
        key(wizard, Qt::Key_Home);
        key(wizard, Qt::Key_Space);
        QCOMPARE(wizard->draft()->packages(), QStringList{QStringLiteral("@acme/widgets")});
        shoot(wizard, "packages");
        QVERIFY(tabTo(wizard, child<QLineEdit>(wizard, "packageEntry"))); // empty: Return = Next
        key(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Orgs));

        // Organizations: acme is listed (the account owns it); tick it, Alt+P, read-only.
        auto *orgs = child<QListWidget>(wizard, "orgList");
        QTRY_COMPARE_WITH_TIMEOUT(orgs->count(), 1, 20000);
        QVERIFY(tabTo(wizard, orgs));
        key(wizard, Qt::Key_Home);
        key(wizard, Qt::Key_Space);
        QCOMPARE(wizard->draft()->orgs(), QStringList{QStringLiteral("acme")});
        key(wizard, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(wizard, "orgsPermission"));
        while (wizard->draft()->orgsPermission() != Permission::ReadOnly) {
            const Permission before = wizard->draft()->orgsPermission();
            key(wizard, Qt::Key_Down);
            QVERIFY2(wizard->draft()->orgsPermission() != before, "the arrow changed nothing");
        }
        shoot(wizard, "orgs");
        key(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Expiry));

        // Expiry: npm's default for a write token (7 days).
        shoot(wizard, "expiry");
        key(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Name));

        // Name: Alt+M to the field, replace the suggestion.
        key(wizard, Qt::Key_M, Qt::AltModifier);
        auto *name = child<QLineEdit>(wizard, "nameEdit");
        QCOMPARE(QApplication::focusWidget(), name);
        key(wizard, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, kTokenName);
        QCOMPARE(wizard->draft()->name(), kTokenName);
        shoot(wizard, "name");
        key(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Review));
        shoot(wizard, "review");
        key(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Authenticate));

        // Authenticate: Alt+P password, Alt+A the authenticator app, Alt+D the code, Alt+C.
        key(wizard, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(wizard, "passwordEdit"));
        QTest::keyClicks(focused(wizard), QString::fromLatin1(kPassword));
        key(wizard, Qt::Key_A, Qt::AltModifier);
        // A mnemonic "animates" the click: released 100 ms later.
        QTRY_VERIFY(child<QRadioButton>(wizard, "otpMethodCode")->isChecked());
        key(wizard, Qt::Key_D, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(wizard, "otpCodeEdit"));
        QTest::keyClicks(focused(wizard), totpNow());
        shoot(wizard, "authenticate");
        key(wizard, Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewTokenWizard::Result), 30000);
        QVERIFY(wizard->creation());
        QVERIFY(wizard->creation()->storedInKeychain());
        shoot(wizard, "result");

        // Result: copy it with the keyboard, then Alt+F finishes.
        QVERIFY(tabTo(wizard, child<QPushButton>(wizard, "copyTokenButton")));
        key(wizard, Qt::Key_Space);
        QVERIFY(wizard->resultPage()->tokenTaken());
        const Token created = wizard->creation()->token;
        QPointer<NewTokenWizard> closing(wizard);
        key(wizard, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), 10000);
        qApp->removeEventFilter(&mouse);
        QCOMPARE(mouse.count, 0);

        // The sandbox holds the token with exactly the grants chosen.
        const QJsonObject token = sandboxToken(kTokenName);
        QVERIFY2(!token.isEmpty(), "the sandbox has no token of that name");
        QCOMPARE(token.value(QStringLiteral("owner")).toString(), QStringLiteral("maintainer"));
        QCOMPARE(token.value(QStringLiteral("key")).toString(), created.key);
        QCOMPARE(token.value(QStringLiteral("packages")).toArray(),
                 QJsonArray{QStringLiteral("@acme/widgets")});
        QCOMPARE(token.value(QStringLiteral("orgs")).toArray(), QJsonArray{QStringLiteral("acme")});
        QCOMPARE(token.value(QStringLiteral("orgs_permission")).toString(),
                 QStringLiteral("read-only"));
        QCOMPARE(token.value(QStringLiteral("packages_and_scopes_permission")).toString(),
                 QStringLiteral("read-write"));

        // And the secret is in the real keychain under the account.
        std::optional<Result<SecretBuffer>> stored;
        m_keychain->read(SecretStore::tokenKey(m_app->currentAccountId(), created.key), this,
                         [&](Result<SecretBuffer> r) { stored.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().oneLine()));
        QVERIFY(!stored->value().isEmpty());
    }
};

QTEST_MAIN(TestDesktopWizardKeyboardE2e)
#include "tst_desktop_wizard_keyboard_e2e.moc"
