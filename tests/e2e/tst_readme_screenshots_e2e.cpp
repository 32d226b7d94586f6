// SPDX-License-Identifier: GPL-3.0-or-later
// The README's screenshots, made by the test run: the real Application on Xvfb (xcb) against
// tokendesk-sandbox and the real keychain, the main window at a fixed 1280×800. Light and dark:
// the token list, the new-token wizard, the staged releases tab and the publishing tab, in
// <build>/screenshots/readme/<name>-<light|dark>.png. Run with TD_SCREENSHOT_LANG=de (a second
// ctest entry) it loads the German catalogue before the window is built and saves
// mainwindow-de.png, after checking the window really shows German text.
// tests/e2e/update-readme-screenshots.sh (or `cmake --build build --target screenshots`) runs
// both and copies the images to docs/screenshots/.
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/creation/TokenDraft.h"
#include "core/secrets/KeychainSecretStore.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/stage/StagedReleasesTab.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace td;
using namespace td::test;

namespace {

const QByteArray kPassword = "sandbox-password";
const QSize kWindowSize(1280, 800);
const QSize kWizardSize(900, 680);

QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

QString shotDir()
{
    return QStringLiteral(TD_BINARY_DIR "/screenshots/readme");
}

} // namespace

class TestReadmeScreenshotsE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    QTemporaryDir m_home;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Application> m_app;
    QTranslator m_german;
    QString m_language; // "" = English

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

    // Fixed size, rendered by the widgets (no window-manager frame), ≤ 1280 px wide.
    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(100);
        const QImage shot = widget->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY2(shot.width() <= 1280, qPrintable(name));
        QVERIFY(QDir().mkpath(shotDir()));
        QVERIFY(shot.save(shotDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    void showTab(QWidget *tab)
    {
        m_app->mainWindow()->tabs()->setCurrentWidget(tab);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", QFile::encodeName(m_home.path()));
        m_language = qEnvironmentVariable("TD_SCREENSHOT_LANG");
        if (!m_language.isEmpty()) {
            // As main.cpp does, from the catalogue built into the app, before any widget.
            QVERIFY2(
                m_german.load(QStringLiteral("tokendesk_") + m_language, QStringLiteral(":/i18n")),
                qPrintable(m_language));
            QVERIFY(QCoreApplication::installTranslator(&m_german));
        }
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e-readme"));
        m_app = std::make_unique<Application>(
            sandboxAppOptions(m_sandbox.url(), m_data.path(), m_keychain.get()));
        m_app->start();
        MainWindow *window = m_app->mainWindow();
        window->resize(kWindowSize);
        window->move(0, 0);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        CodeAnsweringPrompt prompt([this] { return totpNow(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), kPassword, &prompt, &why),
                 qPrintable(why));
        // The staged releases and the publishing paths arrive after the token list.
        QTRY_VERIFY_WITH_TIMEOUT(window->stagedTab()->table()->model()
                                     && window->stagedTab()->table()->model()->rowCount() > 0,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window->publishingTab()->table()->model()
                                     && window->publishingTab()->table()->model()->rowCount() > 0,
                                 20000);
        QCOMPARE(window->size(), kWindowSize);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QCoreApplication::removeTranslator(&m_german);
    }

    void lightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void lightAndDark()
    {
        if (!m_language.isEmpty())
            QSKIP("the translated run makes only the main window (germanMainWindow)");
        QFETCH(bool, dark);
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        const QPalette before = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        MainWindow *window = m_app->mainWindow();
        QTabWidget *tabs = window->tabs();

        showTab(tabs->widget(0));
        // A token selected: the details pane shows what it can do and where it is used.
        auto *tokens = tabs->widget(0)->findChild<QTableView *>();
        QVERIFY(tokens);
        tokens->selectRow(0);
        save(window, QStringLiteral("mainwindow-") + theme);

        // The release waiting for review, with its changes loaded.
        showTab(window->stagedTab());
        QTableView *staged = window->stagedTab()->table();
        const QModelIndexList waiting
            = staged->model()->match(staged->model()->index(0, 0), Qt::DisplayRole,
                                     QStringLiteral("@acme/ui"), 1, Qt::MatchExactly);
        QVERIFY(!waiting.isEmpty());
        staged->selectRow(waiting.first().row());
        QTest::qWait(500);
        save(window, QStringLiteral("staged-releases-") + theme);

        showTab(window->publishingTab());
        QTableView *paths = window->publishingTab()->table();
        paths->selectRow(0);
        // Every cell reads as written (no UTF-8 taken for Latin-1: "Â·").
        for (int column = 0; column < paths->model()->columnCount(); ++column) {
            const QString cell = paths->model()->index(0, column).data().toString();
            QVERIFY2(!cell.contains(QChar(0xC2)), qPrintable(cell));
        }
        save(window, QStringLiteral("publishing-") + theme);
        showTab(tabs->widget(0));

        m_app->openNewTokenWizard();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->newTokenWizard(), 20000);
        NewTokenWizard *wizard = m_app->newTokenWizard();
        wizard->resize(kWizardSize);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->draft()->setPurpose(TokenDraft::Purpose::PublishFromComputer);
        wizard->draft()->setScopes({QStringLiteral("@acme")});
        wizard->draft()->setName(QStringLiteral("laptop-acme"));
        for (int guard = 0; guard < 10 && wizard->currentId() != NewTokenWizard::Review; ++guard)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Review));
        save(wizard, QStringLiteral("new-token-wizard-") + theme);
        QPointer<NewTokenWizard> closing(wizard);
        wizard->done(QDialog::Rejected);
        if (closing && closing->closeConfirmation())
            closing->closeConfirmation()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), 10000);
        QApplication::setPalette(before);
    }

    void germanMainWindow()
    {
        if (m_language != QLatin1String("de"))
            QSKIP("run with TD_SCREENSHOT_LANG=de (ctest: readme_screenshots_de_e2e)");
        MainWindow *window = m_app->mainWindow();
        QTabWidget *tabs = window->tabs();
        QStringList tabTexts;
        for (int i = 0; i < tabs->count(); ++i)
            tabTexts << tabs->tabText(i);
        const QString all = tabTexts.join(QLatin1Char('|'));
        for (const QString &german :
             {QStringLiteral("&Zeitachse"), QStringLiteral("&Stage-Releases"),
              QStringLiteral("&Veröffentlichung")})
            QVERIFY2(tabTexts.contains(german) || all.contains(german), qPrintable(all));
        QStringList menus;
        for (QAction *menu : window->menuBar()->actions())
            menus << menu->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u'|')));
        showTab(tabs->widget(0));
        save(window, QStringLiteral("mainwindow-de"));
    }
};

QTEST_MAIN(TestReadmeScreenshotsE2e)
#include "tst_readme_screenshots_e2e.moc"
