// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: every interactive widget has an accessible name. The real Application on a real X
// server opens its windows and dialogs (main window with every tab, sign-in, two-factor,
// settings, new-token wizard, trusted-publishing wizard, migration, About, Remove account); the
// test walks each top-level widget tree and asks Qt's accessibility layer for each interactive
// widget's name (its accessibleName, its text, or its buddy label's text, as a screen reader
// gets it).
#include "DemoTokens.h"
#include "FakeClock.h"
#include "XcbTestMain.h"
#include "core/account/AccountStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/TokenCache.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/AccountActions.h"
#include "desktop/settings/CiConnectDialog.h"
#include "desktop/settings/CiServicesPage.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/signin/SignInDialog.h"
#include "desktop/signin/TwoFactorDialog.h"
#include "desktop/trust/TrustWizard.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QWizard>

using namespace td;
using namespace td::test;

namespace {
const QString kAccount = QStringLiteral("maintainer@127.0.0.1");

bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly() || (edit->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->isReadOnly();
    return false;
}

// Qt's own parts of a composite widget (a combo box's line edit and list, a spin box's editor,
// a table's header): Qt names them through their owner.
bool isQtInternal(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w != widget
            && (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)))
            return true;
    }
    // A table's header and corner button are part of the table to a screen reader.
    // A line edit's clear button is its "Clear text" action, offered through the line edit.
    if (qobject_cast<const QHeaderView *>(widget) || widget->inherits("QTableCornerButton")
        || widget->inherits("QLineEditIconButton"))
        return true;
    // The » buttons Qt adds to a menu bar or tool bar that runs out of room: Qt's own, unnamed
    // in Qt 6.4.
    if (widget->objectName() == QLatin1String("qt_menubar_ext_button")
        || widget->objectName() == QLatin1String("qt_toolbar_ext_button"))
        return true;
    return qobject_cast<const QMenu *>(widget->window()) != nullptr;
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        path.prepend(
            QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className())
            + (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName()));
    return path;
}

QStringList unnamed(QWidget *root, int *checked)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || isQtInternal(widget))
            continue;
        ++*checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found << describe(widget);
    }
    return found;
}
} // namespace

class TstAccessibleNames : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;

    void seed()
    {
        AccountStore store(m_dir.filePath(QStringLiteral("accounts.json")));
        Account account;
        account.id = kAccount;
        account.user = QStringLiteral("maintainer");
        // A closed loopback port: every registry call fails at once, offline.
        account.registry = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        account.lastSignIn = m_clock.now().addSecs(-3600);
        account.sessionExpires = m_clock.now().addSecs(2 * 3600);
        store.upsert(account);
        QVERIFY(store.save());
        TokenCache cache(m_dir.filePath(QStringLiteral("token-cache")));
        QVERIFY(cache.store(kAccount, demoTokens(m_clock.now(), 12), m_clock.now()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
    }

    void everyInteractiveWidgetHasAName()
    {
        seed();
        InMemorySecretStore secrets;
        std::optional<Result<void>> written;
        secrets.write(SecretStore::sessionKey(kAccount), SecretBuffer(QByteArrayView("session")),
                      nullptr, [&](Result<void> r) { written.emplace(std::move(r)); });
        QTRY_VERIFY(written.has_value());
        Application::Options options;
        options.dataDir = m_dir.path();
        options.clock = &m_clock;
        options.secrets = &secrets;
        options.openUrl = [](const QUrl &) {};
        Application app(options);
        app.start();
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QMap<QString, QStringList> problems;
        const auto walk = [&problems](QWidget *root, const QString &what) {
            int checked = 0;
            const QStringList found = unnamed(root, &checked);
            if (!what.contains(QLatin1String(" page "))) // a page may be text only
                QVERIFY2(checked > 0, qPrintable(what)); // the walk saw the window's controls
            if (!found.isEmpty())
                problems[what] += found;
        };
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
        window->selectToken(QStringLiteral("key-ci-publish"));
        walk(window, QStringLiteral("main window"));

        app.openSignIn();
        QTRY_VERIFY(app.signInDialog());
        walk(app.signInDialog(), QStringLiteral("sign-in dialog"));
        app.signInDialog()->close();

        TwoFactorDialog twoFactor(window);
        walk(&twoFactor, QStringLiteral("two-factor dialog"));

        app.openSettings();
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->isVisible() && top != window && qobject_cast<QDialog *>(top))
                walk(top, QStringLiteral("settings dialog"));
        // Issue 15: Settings → CI services' connect dialogs, each with its sign-in choices.
        if (auto *page = app.settingsDialog()->findChild<CiServicesPage *>()) {
            for (const QString &provider :
                 {QStringLiteral("github"), QStringLiteral("gitlab"), QStringLiteral("circleci")}) {
                page->findChild<QPushButton *>(QStringLiteral("connect_") + provider)->click();
                auto *connect = app.settingsDialog()->findChild<CiConnectDialog *>();
                QVERIFY(connect);
                walk(connect, QStringLiteral("connect %1 dialog").arg(provider));
                connect->reject();
                QTRY_VERIFY(!app.settingsDialog()->findChild<CiConnectDialog *>());
            }
        } else {
            QFAIL("the settings dialog has no CI services page");
        }
        for (QWidget *top : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(top))
                top->close();

        app.openNewTokenWizard();
        QTRY_VERIFY(app.newTokenWizard());
        QWizard *wizard = app.newTokenWizard();
        for (const int id : wizard->pageIds())
            walk(wizard->page(id), QStringLiteral("new-token wizard page %1").arg(id));
        walk(wizard, QStringLiteral("new-token wizard"));
        wizard->close();

        app.openTrustWizard();
        QTRY_VERIFY(app.trustWizard());
        QWizard *trust = app.trustWizard();
        for (const int id : trust->pageIds())
            walk(trust->page(id), QStringLiteral("trust wizard page %1").arg(id));
        walk(trust, QStringLiteral("trust wizard"));
        trust->close();

        app.openMigration();
        QWidget *migration = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top->isVisible() && top->inherits("td::MigrationDialog"))
                    migration = top;
            return migration != nullptr;
        }());
        walk(migration, QStringLiteral("migration dialog"));
        migration->close();

        window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        auto *about = window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        walk(about, QStringLiteral("About box"));
        about->close();

        QMessageBox *remove = app.accountActions()->confirmRemove(kAccount);
        QVERIFY(remove);
        walk(remove, QStringLiteral("Remove account confirmation"));
        remove->close();

        QStringList report;
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            for (const QString &widget : it.value())
                report << it.key() + QStringLiteral(": ") + widget;
        for (const QString &line : report)
            qWarning("without an accessible name: %s", qPrintable(line));
        QVERIFY2(
            report.isEmpty(),
            qPrintable(QStringLiteral("%1 widgets without an accessible name").arg(report.size())));
    }
};

TD_XCB_TEST_MAIN(TstAccessibleNames)
#include "tst_accessiblenames.moc"
