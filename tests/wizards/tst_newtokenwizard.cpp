// SPDX-License-Identifier: GPL-3.0-or-later
// The New-token wizard offscreen: presets, each page's live validation (the draft's own
// messages, Next disabled while invalid), back/forward keeping state, keyboard-only completion,
// and names on every interactive child.
#include "WizardFixture.h"
#include "desktop/wizards/createtoken/PackageChecklistModel.h"
#include "desktop/wizards/createtoken/PackagesPage.h"
#include "desktop/wizards/createtoken/ResultPage.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace td;
using namespace td::test;
using Field = TokenDraft::Field;

class TestNewTokenWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WizardFixture> f;

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<WizardFixture>();
        f->wizard->setAccountPackages({QStringLiteral("@acme/widgets"), QStringLiteral("@acme/ui"),
                                       QStringLiteral("left-pad"),
                                       QStringLiteral("@maintainer/tool")});
        f->wizard->setAccountOrgs({QStringLiteral("acme")});
        f->wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(f->wizard.get()));
    }
    void cleanup() { f.reset(); }

    void presetsSetTheDraftAndExplainWhy_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("purpose");
        QTest::addColumn<bool>("recommendsTrust");
        QTest::newRow("ci publish") << QStringLiteral("purposePublishFromCi")
                                    << int(TokenDraft::Purpose::PublishFromCi) << true;
        QTest::newRow("ci install") << QStringLiteral("purposeInstallPrivateInCi")
                                    << int(TokenDraft::Purpose::InstallPrivateInCi) << false;
        QTest::newRow("computer") << QStringLiteral("purposePublishFromComputer")
                                  << int(TokenDraft::Purpose::PublishFromComputer) << false;
    }

    void presetsSetTheDraftAndExplainWhy()
    {
        QFETCH(QString, button);
        QFETCH(int, purpose);
        QFETCH(bool, recommendsTrust);
        auto *radio = f->child<QRadioButton>(qPrintable(button));
        QVERIFY(radio);
        radio->click();
        QCOMPARE(int(f->draft().purpose()), purpose);
        // The page shows exactly what the draft's preset set and says.
        TokenDraft expected(f->clock);
        expected.setPurpose(TokenDraft::Purpose(purpose));
        QCOMPARE(f->draft().packagesPermission(), expected.packagesPermission());
        QCOMPARE(f->draft().bypass2fa(), expected.bypass2fa());
        QCOMPARE(f->draft().expiryDays(), expected.expiryDays());
        QCOMPARE(f->child<QLabel>("purposeExplanation")->text(), expected.purposeExplanation());
        QCOMPARE(f->child<QPushButton>("openTrustedPublishingButton")->isVisible(),
                 recommendsTrust);
        QVERIFY(f->nextEnabled());
    }

    void trustedPublishingButtonOpensThatWizardInstead()
    {
        QSignalSpy requested(f->wizard.get(), &NewTokenWizard::trustedPublishingRequested);
        f->child<QRadioButton>("purposePublishFromCi")->click();
        f->child<QPushButton>("openTrustedPublishingButton")->click();
        QCOMPARE(requested.size(), 1);
        QVERIFY(!f->wizard->isVisible());
    }

    void ciPresetDefaultsToStageOnly()
    {
        f->child<QRadioButton>("purposePublishFromCi")->click();
        QCOMPARE(f->draft().packagesPermission(), Permission::ReadWriteStageOnly);
        QVERIFY(!f->draft().bypass2fa());
        f->wizard->next();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Packages));
        auto *permission = f->child<QComboBox>("packagesPermission");
        QCOMPARE(Permission(permission->currentData().toInt()), Permission::ReadWriteStageOnly);
        QCOMPARE(permission->currentText(), QStringLiteral("Read and write (stage only)"));
        QVERIFY(!f->child<QCheckBox>("bypass2faCheck")->isChecked());
        QVERIFY(!f->child<QLabel>("directPublishWarning")->isVisible());
    }

    void directReadWriteShowsTheJanuary2027WarningOnThePage_data()
    {
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("warns");
        QTest::newRow("read and write") << int(Permission::ReadWrite) << true;
        QTest::newRow("stage only") << int(Permission::ReadWriteStageOnly) << false;
        QTest::newRow("read-only") << int(Permission::ReadOnly) << false;
        QTest::newRow("no access") << int(Permission::NoAccess) << false;
    }

    void directReadWriteShowsTheJanuary2027WarningOnThePage()
    {
        QFETCH(int, permission);
        QFETCH(bool, warns);
        f->child<QRadioButton>("purposePublishFromCi")->click();
        f->wizard->next();
        auto *combo = f->child<QComboBox>("packagesPermission");
        combo->setCurrentIndex(combo->findData(permission));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(int(f->draft().packagesPermission()), permission);
        auto *warning = f->child<QLabel>("directPublishWarning");
        QCOMPARE(warning->isVisible(), warns);
        QCOMPARE(warning->text(), f->draft().directPublishWarning());
        if (warns) {
            QVERIFY(warning->text().contains(QLatin1String("January 2027")));
            QVERIFY(warning->text().contains(QLatin1String("not announced")));
        }
        // On the page itself: no dialog was opened for it.
        QVERIFY(!QApplication::activeModalWidget()
                || QApplication::activeModalWidget() == f->wizard.get());
        // Back to stage only, the warning goes away.
        combo->setCurrentIndex(combo->findData(int(Permission::ReadWriteStageOnly)));
        Q_EMIT combo->activated(combo->currentIndex());
        QVERIFY(!warning->isVisible());
    }

    void packagesPageShowsTheDraftsMessagesLive()
    {
        f->child<QRadioButton>("purposePublishFromComputer")->click();
        f->wizard->next();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Packages));
        QVERIFY(f->nextEnabled()); // nothing chosen yet: organizations may still grant

        auto *entry = f->child<QLineEdit>("packageEntry");
        entry->setText(QStringLiteral("Bad Name"));
        f->child<QPushButton>("addPackageButton")->click();
        QVERIFY(!f->draft().firstMessage(Field::Packages).isEmpty());
        QCOMPARE(f->child<QLabel>("packagesMessage")->text(),
                 f->draft().firstMessage(Field::Packages));
        QVERIFY(!f->nextEnabled());

        auto *selected = f->child<QListWidget>("selectedGrants");
        QCOMPARE(selected->count(), 1);
        selected->setCurrentRow(0);
        f->child<QPushButton>("removeGrantButton")->click();
        QVERIFY(f->draft().packages().isEmpty());
        QVERIFY(f->child<QLabel>("packagesMessage")->text().isEmpty());
        QVERIFY(f->nextEnabled());

        // A grant with "no access" is refused with the draft's reason.
        entry->setText(QStringLiteral("@acme"));
        f->child<QPushButton>("addPackageButton")->click();
        QCOMPARE(f->draft().scopes(), QStringList{QStringLiteral("@acme")});
        auto *permission = f->child<QComboBox>("packagesPermission");
        permission->setCurrentIndex(permission->findData(int(Permission::NoAccess)));
        Q_EMIT permission->activated(permission->currentIndex());
        QCOMPARE(f->draft().packagesPermission(), Permission::NoAccess);
        QCOMPARE(f->child<QLabel>("packagesPermissionMessage")->text(),
                 f->draft().firstMessage(Field::PackagesPermission));
        QVERIFY(!f->nextEnabled());

        // Bypass 2FA on a read-only token is refused, with the draft's reason.
        permission->setCurrentIndex(permission->findData(int(Permission::ReadOnly)));
        Q_EMIT permission->activated(permission->currentIndex());
        f->child<QCheckBox>("bypass2faCheck")->setChecked(true);
        QVERIFY(!f->draft().firstMessage(Field::Bypass2fa).isEmpty());
        QCOMPARE(f->child<QLabel>("packagesPermissionMessage")->text(),
                 f->draft().firstMessage(Field::Bypass2fa));
        QVERIFY(!f->nextEnabled());
        f->child<QCheckBox>("bypass2faCheck")->setChecked(false);
        QVERIFY(f->nextEnabled());
    }

    void checklistAndAllPackagesWriteTheDraft()
    {
        f->wizard->next();
        auto *page = f->wizard->packagesPage();
        QSortFilterProxyModel *proxy = page->filteredChecklist();
        f->child<QLineEdit>("packageFilter")->setText(QStringLiteral("@acme"));
        QCOMPARE(proxy->rowCount(), 3); // the scope row and its two packages
        QVERIFY(proxy->index(0, 0).data(PackageChecklistModel::IsScopeRole).toBool());
        QVERIFY(proxy->setData(proxy->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(proxy->setData(proxy->index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(f->draft().scopes(), QStringList{QStringLiteral("@acme")});
        QCOMPARE(f->draft().packages(),
                 QStringList{proxy->index(1, 0).data(PackageChecklistModel::NameRole).toString()});
        QCOMPARE(f->child<QListWidget>("selectedGrants")->count(), 2);

        f->child<QCheckBox>("allPackagesCheck")->setChecked(true);
        QVERIFY(f->draft().allPackages());
        QVERIFY(!f->child<QListView>("packageList")->isEnabled());
    }

    void orgsPageRequiresAtLeastOneGrant()
    {
        f->wizard->next();
        f->wizard->next();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Orgs));
        QVERIFY(!f->nextEnabled());
        QVERIFY(!f->draft().firstMessage(Field::Grants).isEmpty());
        QCOMPARE(f->child<QLabel>("grantsMessage")->text(), f->draft().firstMessage(Field::Grants));

        auto *orgs = f->child<QListWidget>("orgList");
        QCOMPARE(orgs->count(), 1);
        orgs->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(f->draft().orgs(), QStringList{QStringLiteral("acme")});
        QVERIFY(!f->nextEnabled()); // an org with "no access" grants nothing
        QCOMPARE(f->child<QLabel>("orgsPermissionMessage")->text(),
                 f->draft().firstMessage(Field::OrgsPermission));
        auto *permission = f->child<QComboBox>("orgsPermission");
        permission->setCurrentIndex(permission->findData(int(Permission::ReadOnly)));
        Q_EMIT permission->activated(permission->currentIndex());
        QVERIFY(f->nextEnabled());
        QVERIFY(f->child<QLabel>("grantsMessage")->text().isEmpty());

        f->child<QLineEdit>("orgEntry")->setText(QStringLiteral("@bad"));
        f->child<QPushButton>("addOrgButton")->click();
        QCOMPARE(f->child<QLabel>("orgsMessage")->text(), f->draft().firstMessage(Field::Orgs));
        QVERIFY(!f->nextEnabled());
    }

    void expiryAndCidrFollowThePolicy()
    {
        f->fillValidDraft();
        QVERIFY(f->advanceTo(NewTokenWizard::Expiry));
        QVERIFY(f->child<QLabel>("expiryPolicy")->text().contains(QLatin1String("90")));
        QVERIFY(f->child<QRadioButton>("expiry7Days")->isChecked()); // npm's default for write
        f->child<QRadioButton>("expiry90Days")->click();
        QCOMPARE(f->draft().expiryDays(), 90);
        QVERIFY(f->nextEnabled());

        // A custom date beyond 90 days is refused for a write token.
        f->child<QRadioButton>("expiryCustom")->click();
        f->child<QDateEdit>("expiryCustomDate")->setDate(f->clock.now().date().addDays(120));
        QVERIFY(f->draft().hasCustomExpiry());
        QVERIFY(!f->draft().firstMessage(Field::Expiry).isEmpty());
        QCOMPARE(f->child<QLabel>("expiryMessage")->text(), f->draft().firstMessage(Field::Expiry));
        QVERIFY(!f->nextEnabled());
        f->child<QDateEdit>("expiryCustomDate")->setDate(f->clock.now().date().addDays(20));
        QVERIFY(f->nextEnabled());
        QCOMPARE(f->draft().expiryDays(), 21); // to the end of the chosen day

        // IPv6 is refused with npm's own words.
        auto *cidr = f->child<QLineEdit>("cidrEdit");
        cidr->setFocus();
        QTest::keyClicks(cidr, QStringLiteral("10.0.0.0/8, ::1/128"));
        QCOMPARE(f->draft().cidrRanges(),
                 (QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("::1/128")}));
        QVERIFY(f->child<QLabel>("cidrMessage")->text().contains(QLatin1String("IPv6")));
        QCOMPARE(f->child<QLabel>("cidrMessage")->text(), f->draft().firstMessage(Field::Cidr));
        QVERIFY(!f->nextEnabled());
        cidr->selectAll();
        QTest::keyClicks(cidr, QStringLiteral("10.0.0.0/8"));
        QVERIFY(f->nextEnabled());
    }

    void namePageSuggestsAndValidates()
    {
        f->fillValidDraft();
        f->draft().setName(QString());
        QVERIFY(f->advanceTo(NewTokenWizard::Name));
        auto *name = f->child<QLineEdit>("nameEdit");
        QCOMPARE(name->text(), f->draft().suggestedName());
        QCOMPARE(f->draft().name(), f->draft().suggestedName());
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!f->nextEnabled());
        QCOMPARE(f->child<QLabel>("nameMessage")->text(), f->draft().firstMessage(Field::Name));
        QTest::keyClicks(name, QString(60, u'x'));
        QVERIFY(!f->nextEnabled());
        QVERIFY(f->child<QLabel>("nameMessage")->text().contains(QLatin1String("at most")));
        f->child<QPushButton>("useSuggestedNameButton")->click();
        QCOMPARE(name->text(), f->draft().suggestedName());
        QVERIFY(f->nextEnabled());
        QTest::keyClicks(f->child<QLineEdit>("descriptionEdit"), QString(200, u'd'));
        QCOMPARE(f->child<QLabel>("descriptionMessage")->text(),
                 f->draft().firstMessage(Field::Description));
        QVERIFY(!f->nextEnabled());
    }

    void reviewShowsSummaryAndTheDraftsWarnings()
    {
        f->draft().setPurpose(TokenDraft::Purpose::PublishFromCi);
        f->draft().setPackagesPermission(Permission::ReadWrite); // direct: every warning applies
        f->draft().setBypass2fa(true);
        f->draft().setAllPackages(true);
        f->draft().setName(QStringLiteral("ci-all"));
        QVERIFY(f->advanceTo(NewTokenWizard::Review));
        const QString warnings = f->child<QLabel>("reviewWarnings")->text();
        const QStringList expected = f->draft().reviewWarnings(4);
        QVERIFY(expected.size() >= 3);
        for (const QString &warning : expected)
            QVERIFY2(warnings.contains(warning), qPrintable(warning));
        QVERIFY(warnings.contains(QLatin1String("all 4 packages")));
        QVERIFY(f->child<QLabel>("reviewSummary")->text().contains(QLatin1String("ci-all")));
        QVERIFY(f->nextEnabled());
    }

    void backAndForwardKeepEveryChoice()
    {
        f->child<QRadioButton>("purposePublishFromComputer")->click();
        f->wizard->next();
        f->child<QLineEdit>("packageEntry")->setText(QStringLiteral("not-yet-published"));
        f->child<QPushButton>("addPackageButton")->click();
        auto *proxy = f->wizard->packagesPage()->filteredChecklist();
        f->child<QLineEdit>("packageFilter")->setText(QStringLiteral("left-pad"));
        QVERIFY(proxy->setData(proxy->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        f->wizard->next(); // orgs
        f->wizard->next(); // expiry
        f->child<QRadioButton>("expiry30Days")->click();
        QTest::keyClicks(f->child<QLineEdit>("cidrEdit"), QStringLiteral("192.0.2.0/24"));
        f->wizard->next(); // name
        f->child<QLineEdit>("nameEdit")->setText(QStringLiteral("typed-name"));
        Q_EMIT f->child<QLineEdit>("nameEdit")->textEdited(QStringLiteral("typed-name"));
        f->wizard->next(); // review
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Review));

        for (int i = 0; i < 4; ++i)
            f->wizard->back();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Packages));
        QCOMPARE(f->draft().packages(),
                 (QStringList{QStringLiteral("not-yet-published"), QStringLiteral("left-pad")}));
        QCOMPARE(proxy->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(f->child<QListWidget>("selectedGrants")->count(), 2);
        f->wizard->back();
        QVERIFY(f->child<QRadioButton>("purposePublishFromComputer")->isChecked());

        for (int i = 0; i < 4; ++i)
            f->wizard->next();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Name));
        QCOMPARE(f->child<QLineEdit>("nameEdit")->text(), QStringLiteral("typed-name"));
        QVERIFY(f->child<QRadioButton>("expiry30Days")->isChecked());
        QCOMPARE(f->child<QLineEdit>("cidrEdit")->text(), QStringLiteral("192.0.2.0/24"));
        QCOMPARE(f->draft().expiryDays(), 30);
    }

    void keyboardOnlyCompletion()
    {
        QApplication::setActiveWindow(f->wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(f->wizard.get()));
        // Purpose: Tab into the preset group, arrow down to "publish from this
        // computer", Space selects it, Return goes on.
        QVERIFY(f->tabTo(f->child<QRadioButton>("purposePublishFromCi")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), f->child<QRadioButton>("purposePublishFromComputer"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(f->draft().purpose(), TokenDraft::Purpose::PublishFromComputer);
        f->pressReturn();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Packages));

        // Packages: search, tick with Space, type an unpublished scope, Return.
        QVERIFY(f->tabTo(f->child<QLineEdit>("packageFilter")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("widgets"));
        QVERIFY(f->tabTo(f->child<QListView>("packageList")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(f->draft().packages(), QStringList{QStringLiteral("@acme/widgets")});
        QVERIFY(f->tabTo(f->child<QLineEdit>("packageEntry")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("@newscope"));
        f->pressReturn(); // adds, does not leave the page
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Packages));
        QCOMPARE(f->draft().scopes(), QStringList{QStringLiteral("@newscope")});
        f->pressReturn();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Orgs));

        // Organizations: type one, pick read-only with the arrow keys.
        QVERIFY(f->tabTo(f->child<QLineEdit>("orgEntry")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("acme"));
        f->pressReturn();
        QCOMPARE(f->draft().orgs(), QStringList{QStringLiteral("acme")});
        QVERIFY(f->tabTo(f->child<QComboBox>("orgsPermission")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(f->draft().orgsPermission(), Permission::ReadOnly);
        f->pressReturn();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Expiry));

        // Expiry: keep 7 days, add an IP range.
        QVERIFY(f->tabTo(f->child<QLineEdit>("cidrEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("203.0.113.0/24"));
        f->pressReturn();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Name));

        // Name: the suggestion is there; add a description.
        QVERIFY(f->tabTo(f->child<QLineEdit>("descriptionEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("laptop"));
        f->pressReturn();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Review));
        f->pressReturn();
        QCOMPARE(f->wizard->currentId(), int(NewTokenWizard::Authenticate));

        // Authenticate: password, Return creates.
        QVERIFY(f->tabTo(f->child<QLineEdit>("passwordEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("hunter2"));
        f->pressReturn();
        QVERIFY(QTest::qWaitFor([&] { return f->wizard->currentId() == NewTokenWizard::Result; },
                                10000));

        // Result: copy with the keyboard, then finish.
        QVERIFY(f->tabTo(f->child<QPushButton>("copyTokenButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(f->wizard->resultPage()->tokenTaken());
        QVERIFY(f->tabTo(f->wizard->button(QWizard::FinishButton)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!f->wizard->isVisible());
        QCOMPARE(f->wizard->result(), int(QDialog::Accepted));

        const QJsonObject sent
            = QJsonDocument::fromJson(f->server.requests().constLast().body).object();
        QCOMPARE(sent.value(QLatin1String("name")).toString(), f->draft().suggestedName());
        QCOMPARE(sent.value(QLatin1String("description")).toString(), QStringLiteral("laptop"));
        QCOMPARE(sent.value(QLatin1String("orgs")).toArray().first().toString(),
                 QStringLiteral("acme"));
        QCOMPARE(sent.value(QLatin1String("cidr_whitelist")).toArray().first().toString(),
                 QStringLiteral("203.0.113.0/24"));
        QVERIFY(f->store.contains(
            SecretStore::tokenKey(QString::fromLatin1(WizardFixture::kAccount),
                                  QString::fromLatin1(FakeRegistryServer::kCreatedTokenKey))));
    }

    void everyInteractiveChildHasANameAndAnAccessibleName()
    {
        f->fillValidDraft();
        QStringList unnamed;
        for (QWidget *w : f->wizard->findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(w)
                || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSpinBox *>(w);
            if (!interactive || w->objectName().startsWith(QLatin1String("qt_"))
                || qobject_cast<QLineEdit *>(w->parentWidget())) // a line edit's clear button
                continue;
            // Parts of composite widgets (a spin box's editor, a combo's view) are Qt's.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget())
                || (w->parentWidget()
                    && qobject_cast<QComboBox *>(w->parentWidget()->parentWidget())))
                continue;
            if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
                unnamed << QStringLiteral("%1 '%2' (%3)")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName(), w->accessibleName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestNewTokenWizard)
#include "tst_newtokenwizard.moc"
