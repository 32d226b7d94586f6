// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: no two visible controls on a page of the New-token wizard share an Alt mnemonic,
// QWizard's own Back/Next/Commit/Finish/Cancel buttons included (Alt+N was both "Next >" and
// "&Name:", Alt+B both "< Back" and "Bypass two-factor…").
#include "WizardFixture.h"
#include "desktop/wizards/createtoken/PackagesPage.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>

using namespace td;
using namespace td::test;

namespace {

// Every visible control's mnemonic on the wizard's current page and its buttons, with the text
// that declared it.
QMultiMap<QString, QString> visibleMnemonics(const QWizard &wizard)
{
    QMultiMap<QString, QString> found;
    auto add = [&](const QString &text) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            found.insert(mnemonic.toString(QKeySequence::PortableText), text);
    };
    for (const QWidget *w : wizard.findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (const auto *box = qobject_cast<const QGroupBox *>(w))
            add(box->title());
    }
    return found;
}

QString clashes(const QMultiMap<QString, QString> &mnemonics)
{
    QStringList out;
    for (const QString &key : mnemonics.uniqueKeys())
        if (mnemonics.count(key) > 1)
            out << key + QStringLiteral(": ") + mnemonics.values(key).join(QStringLiteral(" | "));
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestWizardMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPageHasClashingMnemonics()
    {
        WizardFixture f;
        f.wizard->setAccountPackages({QStringLiteral("@acme/widgets"), QStringLiteral("left-pad")});
        f.wizard->setAccountOrgs({QStringLiteral("acme")});
        f.wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.wizard.get()));
        f.draft().setPurpose(TokenDraft::Purpose::PublishFromComputer);
        f.draft().setScopes({QStringLiteral("@acme")});

        QStringList failures;
        int pagesSeen = 0;
        for (const int id : f.wizard->pageIds()) {
            if (id == NewTokenWizard::Result)
                QVERIFY(f.createThroughUi());
            else
                QVERIFY(f.advanceTo(id));
            ++pagesSeen;
            const auto mnemonics = visibleMnemonics(*f.wizard);
            QVERIFY2(mnemonics.size() >= 2, "every page has at least Next/Back or Finish");
            const QString clash = clashes(mnemonics);
            if (!clash.isEmpty())
                failures << f.wizard->currentPage()->objectName() + QStringLiteral(": ") + clash;
        }
        QCOMPARE(pagesSeen, 8);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        f.child<QAbstractButton>("copyTokenButton")->click(); // the token is taken: closes
    }

    // Pages whose controls change with the draft or the network: every purpose preset (the CI
    // one adds "Set up trusted publishing instead") and the picker's load error with Retry.
    void variantsOfPagesHaveNoClashingMnemonics()
    {
        WizardFixture f;
        f.wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.wizard.get()));
        for (const auto purpose :
             {TokenDraft::Purpose::PublishFromCi, TokenDraft::Purpose::InstallPrivateInCi,
              TokenDraft::Purpose::PublishFromComputer, TokenDraft::Purpose::Custom}) {
            f.draft().setPurpose(purpose);
            QTest::qWait(10);
            const QString clash = clashes(visibleMnemonics(*f.wizard));
            QVERIFY2(clash.isEmpty(), qPrintable(clash));
        }
        QVERIFY(f.advanceTo(NewTokenWizard::Packages));
        f.wizard->packagesPage()->setPackagesLoadFailed(QStringLiteral("Connection refused."));
        QVERIFY(f.child<QAbstractButton>("retryPackagesButton")->isVisible());
        const QString clash = clashes(visibleMnemonics(*f.wizard));
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
        f.wizard->reject();
    }
};

QTEST_MAIN(TestWizardMnemonics)
#include "tst_wizardmnemonics.moc"
