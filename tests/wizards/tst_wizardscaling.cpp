// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the New-token wizard fits the screen at 2× scaling. Runs with QT_SCALE_FACTOR=2 on
// its own 1280×800 Xvfb screen (main() starts itself again under xvfb-run, as the harness's
// screen is taller): 640×400 device-independent pixels then. On
// every page the wizard, and the page's size hint, fit in that; what does not fit scrolls
// (no control is squeezed below its minimum size). Saves <build>/screenshots/wizard-2x-<page>.png.
#include "TestPaths.h"
#include "WizardFixture.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QWizardPage>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace td;
using namespace td::test;

namespace {
// The 1280×800 screen the issue names, in the device-independent pixels widgets use, and never
// more than the X screen really offers.
QSize available(const QWidget &widget)
{
    const QScreen *screen = widget.screen();
    const qreal scale = screen->devicePixelRatio();
    const QSize laptop(qRound(1280 / scale), qRound(800 / scale));
    return laptop.boundedTo(screen->availableGeometry().size());
}

// The test's own screen really is the laptop's.
bool onLaptopScreen(const QWidget &widget)
{
    const QScreen *screen = widget.screen();
    return screen->geometry().size() * screen->devicePixelRatio() == QSize(1280, 800);
}

QString describe(const QSize &s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}
} // namespace

class TestWizardScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageFitsAtTwiceTheScale()
    {
        WizardFixture f;
        QCOMPARE(f.wizard->devicePixelRatio(), 2.0); // QT_SCALE_FACTOR=2 from the test's setup
        f.wizard->setAccountPackages({QStringLiteral("@acme/widgets"), QStringLiteral("@acme/ui"),
                                      QStringLiteral("left-pad")});
        f.wizard->setAccountOrgs({QStringLiteral("acme")});
        f.draft().setPurpose(TokenDraft::Purpose::PublishFromComputer);
        f.draft().setScopes({QStringLiteral("@acme")});
        f.draft().setBypass2fa(true); // the longest packages page: its warnings show
        f.wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.wizard.get()));
        QVERIFY(onLaptopScreen(*f.wizard));
        const QSize room = available(*f.wizard);
        qInfo("room at 2×: %s", qPrintable(describe(room)));
        const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));

        QStringList failures;
        for (const int id : f.wizard->pageIds()) {
            if (id == NewTokenWizard::Result)
                QVERIFY(f.createThroughUi());
            else
                QVERIFY(f.advanceTo(id));
            QTest::qWait(50);
            QWizardPage *page = f.wizard->currentPage();
            const QString name = page->objectName();
            const QSize window = f.wizard->frameGeometry().size();
            const QSize hint = f.wizard->sizeHint();
            qInfo("%s: window %s, wizard hint %s, page hint %s, page %s, page minimum %s",
                  qPrintable(name), qPrintable(describe(window)), qPrintable(describe(hint)),
                  qPrintable(describe(page->sizeHint())), qPrintable(describe(page->size())),
                  qPrintable(describe(page->minimumSizeHint())));
            if (window.width() > room.width() || window.height() > room.height())
                failures << name + QStringLiteral(": the window is ") + describe(window);
            if (window.height() < room.height() * 3 / 4)
                failures << name + QStringLiteral(": opened small, ") + describe(window);
            if (hint.width() > room.width() || hint.height() > room.height())
                failures << name + QStringLiteral(": the wizard asks for ") + describe(hint);
            if (page->sizeHint().width() > room.width()
                || page->sizeHint().height() > room.height())
                failures << name + QStringLiteral(": the page asks for ")
                        + describe(page->sizeHint());
            // Squeezed below its minimum, a layout overlaps and clips its controls.
            const QSize minimum = page->minimumSizeHint();
            if (minimum.width() > page->width() || minimum.height() > page->height())
                failures << name + QStringLiteral(": needs at least ") + describe(minimum)
                        + QStringLiteral(" but has ") + describe(page->size());
            const QString path
                = dir + QStringLiteral("/wizard-2x-") + name + QStringLiteral(".png");
            QVERIFY2(f.wizard->grab().save(path), qPrintable(path));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        f.child<QAbstractButton>("copyTokenButton")->click(); // the token is taken: closes
    }
};

int main(int argc, char **argv)
{
    // The laptop screen, not the harness's 1280×1024: run again inside a new Xvfb.
    if (!qEnvironmentVariableIsSet("TD_WIZARD_SCALING_SCREEN")) {
        qputenv("TD_WIZARD_SCALING_SCREEN", "1280x800");
        std::vector<char *> args{const_cast<char *>("xvfb-run"), const_cast<char *>("-a"),
                                 const_cast<char *>("-s"),
                                 const_cast<char *>("-screen 0 1280x800x24 -nolisten tcp")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execvp("xvfb-run", args.data());
        std::perror("xvfb-run");
        return 1;
    }
    QApplication app(argc, argv);
    TestWizardScaling test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardscaling.moc"
