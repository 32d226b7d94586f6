// SPDX-License-Identifier: GPL-3.0-or-later
// On every page of the Settings dialog, no two controls the user can reach at once share an Alt
// mnemonic: the page's visible buttons and buddied labels together with the tab titles, which
// stay reachable from every page. (Alt+W was both the "Publish watch" tab and "Warn before
// expiry" on the General page.) Checked in English, the source language.
#include "XcbTestMain.h"
#include "desktop/settings/AppSettings.h"
#include "desktop/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QLabel>
#include <QMultiMap>
#include <QTabWidget>
#include <QTest>

using namespace td;

namespace {

void addMnemonic(QMultiMap<QString, QString> &found, const QString &text)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (!mnemonic.isEmpty())
        found.insert(mnemonic.toString(QKeySequence::PortableText), text);
}

QString clashes(const QMultiMap<QString, QString> &mnemonics)
{
    QStringList out;
    const QStringList keys = mnemonics.uniqueKeys();
    for (const QString &key : keys)
        if (mnemonics.count(key) > 1)
            out << key + QStringLiteral(": ") + mnemonics.values(key).join(QStringLiteral(" | "));
    return out.join(QStringLiteral("; "));
}

} // namespace

class TstSettingsMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPageHasClashingMnemonics()
    {
        SettingsDialog dialog(AppSettings(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("settingsPages"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), 3);
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QMultiMap<QString, QString> found;
            for (int tab = 0; tab < pages->count(); ++tab)
                addMnemonic(found, pages->tabText(tab));
            const QList<QWidget *> widgets = pages->currentWidget()->findChildren<QWidget *>();
            for (const QWidget *w : widgets) {
                if (!w->isVisible())
                    continue;
                if (const auto *button = qobject_cast<const QAbstractButton *>(w))
                    addMnemonic(found, button->text());
                else if (const auto *label = qobject_cast<const QLabel *>(w);
                         label && label->buddy())
                    addMnemonic(found, label->text());
            }
            QVERIFY2(found.size() > pages->count(), "the page's own mnemonics were not found");
            QVERIFY2(clashes(found).isEmpty(),
                     qPrintable(pages->tabText(page) + QStringLiteral(": ") + clashes(found)));
        }
    }
};

TD_XCB_TEST_MAIN(TstSettingsMnemonics)
#include "tst_settingsmnemonics.moc"
