// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a screenshot of every wizard page for the README, under <build>/screenshots, and
// checks each is a real picture (many colours, not one flat fill).
#include "TestPaths.h"
#include "WizardFixture.h"

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

using namespace td;
using namespace td::test;

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

class TestWizardScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageIsCaptured()
    {
        WizardFixture f;
        f.wizard->setAccountPackages({QStringLiteral("@acme/widgets"), QStringLiteral("@acme/ui"),
                                      QStringLiteral("@acme/icons"), QStringLiteral("left-pad"),
                                      QStringLiteral("@maintainer/tool")});
        f.wizard->setAccountOrgs({QStringLiteral("acme")});
        f.wizard->resize(760, 640);
        f.wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.wizard.get()));
        f.draft().setPurpose(TokenDraft::Purpose::PublishFromComputer);
        f.draft().setScopes({QStringLiteral("@acme")});
        f.draft().setPackages({QStringLiteral("left-pad")});
        f.draft().setOrgs({QStringLiteral("acme")});
        f.draft().setOrgsPermission(Permission::ReadOnly);
        f.draft().setCidrRanges({QStringLiteral("203.0.113.0/24")});
        f.draft().setDescription(QStringLiteral("publishing from my laptop"));

        const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QList<QPair<int, QString>> pages{
            {NewTokenWizard::Purpose, QStringLiteral("purpose")},
            {NewTokenWizard::Packages, QStringLiteral("packages")},
            {NewTokenWizard::Orgs, QStringLiteral("orgs")},
            {NewTokenWizard::Expiry, QStringLiteral("expiry")},
            {NewTokenWizard::Name, QStringLiteral("name")},
            {NewTokenWizard::Review, QStringLiteral("review")},
            {NewTokenWizard::Authenticate, QStringLiteral("authenticate")},
            {NewTokenWizard::Result, QStringLiteral("result")},
        };
        for (const auto &[id, name] : pages) {
            if (id == NewTokenWizard::Result)
                QVERIFY(f.createThroughUi());
            else
                QVERIFY(f.advanceTo(id));
            QTest::qWait(50); // let layouts settle before grabbing
            const QImage shot = f.wizard->grab().toImage();
            const QString path = dir + QStringLiteral("/wizard-") + name + QStringLiteral(".png");
            QVERIFY2(shot.save(path), qPrintable(path));
            const QImage saved(path);
            QVERIFY(!saved.isNull());
            QVERIFY(saved.width() >= 600 && saved.height() >= 400);
            const int colours = distinctColours(saved);
            qInfo("%s: %dx%d, %d colours", qPrintable(path), saved.width(), saved.height(),
                  colours);
            QVERIFY2(colours > 8, qPrintable(name + QStringLiteral(" looks blank")));
        }
        f.child<QPushButton>("copyTokenButton")->click(); // closes without the confirmation
    }

    // Issue 14: the "publish from CI" preset's stage-only default, on the purpose page and on
    // the packages page where the permission shows it.
    void stageOnlyDefaultIsCaptured()
    {
        WizardFixture f;
        f.wizard->setAccountPackages({QStringLiteral("@acme/widgets"), QStringLiteral("@acme/ui"),
                                      QStringLiteral("left-pad")});
        f.wizard->resize(760, 640);
        f.wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.wizard.get()));
        f.child<QAbstractButton>("purposePublishFromCi")->click();
        QCOMPARE(f.draft().packagesPermission(), Permission::ReadWriteStageOnly);
        f.draft().setScopes({QStringLiteral("@acme")});
        const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QList<QPair<int, QString>> pages{
            {NewTokenWizard::Purpose, QStringLiteral("wizard-ci-stage-only-purpose")},
            {NewTokenWizard::Packages, QStringLiteral("wizard-ci-stage-only-default")},
        };
        for (const auto &[id, name] : pages) {
            QVERIFY(f.advanceTo(id));
            QTest::qWait(50);
            const QString path = dir + u'/' + name + QStringLiteral(".png");
            QVERIFY2(f.wizard->grab().toImage().save(path), qPrintable(path));
            const QImage saved(path);
            QVERIFY(distinctColours(saved) > 8);
            qInfo("%s: %dx%d", qPrintable(path), saved.width(), saved.height());
        }
        // Choosing direct read and write shows npm's January 2027 warning on the page.
        f.draft().setPackagesPermission(Permission::ReadWrite);
        QTest::qWait(50);
        const QString warned = dir + QStringLiteral("/wizard-direct-read-write-warning.png");
        QVERIFY2(f.wizard->grab().toImage().save(warned), qPrintable(warned));
        f.wizard->reject();
    }
};

QTEST_MAIN(TestWizardScreenshots)
#include "tst_wizardscreenshots.moc"
