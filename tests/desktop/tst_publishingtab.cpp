// SPDX-License-Identifier: GPL-3.0-or-later
// The Publishing tab on a real X server: the rows sorted most severe first, the filter box, the
// details of the chosen package, the way-out button's signal, the tab beside Staged releases in
// the main window, and a screenshot under <build>/screenshots/publishing-tab.png.
#include "DemoPublishPaths.h"
#include "TestPaths.h"
#include "XcbTestMain.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/publishing/PublishingModel.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/stage/StagedReleasesTab.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace td;
using namespace Qt::Literals::StringLiterals;

namespace {
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class TestPublishingTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<PublishingModel>();
        m_model->setPaths(test::demoPublishPaths());
        m_tab = std::make_unique<PublishingTab>();
        m_tab->setModel(m_model.get());
        m_tab->resize(1100, 640);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }
    void cleanup()
    {
        m_tab.reset();
        m_model.reset();
    }

    void rowsMostSevereFirstAndSummaryCountsAtRisk()
    {
        const QAbstractItemModel *shown = m_tab->table()->model();
        QCOMPARE(shown->rowCount(), 7);
        QCOMPARE(shown->index(0, 0).data().toString(), u"@maintainer/tool"_s);
        QCOMPARE(shown->index(1, 0).data().toString(), u"left-pad"_s);
        // "2 packages" once the lead refreshes the English catalogue; "2 package(s)" until then.
        QVERIFY2(m_tab->summary()->text().startsWith(u"2 package"_s),
                 qPrintable(m_tab->summary()->text()));
        QVERIFY(m_tab->summary()->text().contains(u"stop publishing in January 2027"_s));
        QVERIFY(!m_tab->wayOutButton()->isEnabled()); // nothing chosen yet
    }

    void filterBoxNarrowsTheRows()
    {
        QTest::keyClicks(m_tab->filter(), u"at risk"_s);
        QCOMPARE(m_tab->table()->model()->rowCount(), 2);
        m_tab->filter()->clear();
        QCOMPARE(m_tab->table()->model()->rowCount(), 7);
    }

    void detailsAndWayOutFollowTheChosenRow_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<int>("wayOut");
        QTest::addColumn<QString>("buttonText");
        QTest::newRow("direct token → trusted publishing")
            << u"left-pad"_s << int(WayOut::TrustedPublishing) << u"Set up trusted publishing…"_s;
        QTest::newRow("bypass in Jenkins → stage-only token")
            << u"@maintainer/tool"_s << int(WayOut::StageOnlyToken)
            << u"Replace with a stage-only token…"_s;
        QTest::newRow("ready → nothing to do")
            << u"@acme/widgets"_s << int(WayOut::None) << u"Nothing to do"_s;
    }

    void detailsAndWayOutFollowTheChosenRow()
    {
        QFETCH(QString, package);
        QFETCH(int, wayOut);
        QFETCH(QString, buttonText);
        QSignalSpy requested(m_tab.get(), &PublishingTab::wayOutRequested);
        m_tab->selectPackage(u"registry.npmjs.org:maintainer"_s, package);
        QCOMPARE(m_tab->currentPath()->package, package);
        const QString details = m_tab->details()->toPlainText();
        QVERIFY2(details.contains(package), qPrintable(details));
        QVERIFY(details.contains(u"Ways to publish today"_s));
        QVERIFY(details.contains(u"Last release:"_s));
        QCOMPARE(m_tab->wayOutButton()->text().remove(u'&'), buttonText);
        QCOMPARE(m_tab->wayOutButton()->isEnabled(), wayOut != int(WayOut::None));
        QTest::mouseClick(m_tab->wayOutButton(), Qt::LeftButton);
        if (wayOut == int(WayOut::None)) {
            QCOMPARE(requested.size(), 0);
            return;
        }
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).value<PackagePublishPath>().package, package);
        QCOMPARE(int(requested.first().at(1).value<WayOut>()), wayOut);
    }

    void unknownsAreShownNotGuessed()
    {
        m_tab->selectPackage(u"registry.npmjs.org:maintainer"_s, u"@acme/private"_s);
        const QString details = m_tab->details()->toPlainText();
        QVERIFY(details.contains(u"Not known"_s));
        QVERIFY(details.contains(u"npm has no API to read"_s));
    }

    void mainWindowShowsTheTabBesideStagedReleases()
    {
        MainWindow window;
        QTabWidget *tabs = window.tabs();
        const int staged = tabs->indexOf(window.stagedTab());
        QCOMPARE(tabs->indexOf(window.publishingTab()), staged + 1);
        window.setPublishPaths(test::demoPublishPaths());
        QCOMPARE(window.publishingModel()->rowCount(), 7);
        QCOMPARE(tabs->tabText(staged + 1), u"&Publishing (2 at risk)"_s);
        window.showPublishing(u"registry.npmjs.org:maintainer"_s, u"left-pad"_s);
        QCOMPARE(tabs->currentWidget(), window.publishingTab());
        QCOMPARE(window.publishingTab()->currentPath()->package, u"left-pad"_s);
    }

    void screenshot()
    {
        m_tab->selectPackage(u"registry.npmjs.org:maintainer"_s, u"left-pad"_s);
        QTest::qWait(50); // let layouts settle before grabbing
        const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u"/publishing-tab.png"_s;
        const QImage shot = m_tab->grab().toImage();
        QVERIFY2(shot.save(path), qPrintable(path));
        const QImage saved(path);
        QVERIFY(saved.width() >= 1000 && saved.height() >= 600);
        const int colours = distinctColours(saved);
        qInfo("%s: %dx%d, %d colours", qPrintable(path), saved.width(), saved.height(), colours);
        QVERIFY2(colours > 8, "the Publishing tab looks blank");
    }

private:
    std::unique_ptr<PublishingModel> m_model;
    std::unique_ptr<PublishingTab> m_tab;
};

TD_XCB_TEST_MAIN(TestPublishingTab)
#include "tst_publishingtab.moc"
