// SPDX-License-Identifier: GPL-3.0-or-later
// TokenDetailsPane's two faces (issue 18): with no token selected it says so in a plain-text label,
// and its rich-text details label stays hidden, so the start-up window lays out no text document;
// a selected token shows the details instead, and clearing goes back.
#include "desktop/details/TokenDetailsPane.h"

#include <QLabel>
#include <QTest>

using namespace td;

class TestTokenDetailsPane : public QObject
{
    Q_OBJECT

private:
    static QLabel *label(const TokenDetailsPane &pane, const char *name)
    {
        return pane.findChild<QLabel *>(QLatin1String(name));
    }

    static Token token()
    {
        Token t;
        t.key = QStringLiteral("3f1c0d2e-0000-4000-8000-000000000001");
        t.name = QStringLiteral("deploy-widgets");
        t.redacted = QStringLiteral("npm_AbCd...wXyZ");
        return t;
    }

    // The label that shows and the one that does not, and what the pane says.
    static void verifyPlaceholderShown(const TokenDetailsPane &pane)
    {
        QLabel *placeholder = label(pane, "detailsPlaceholder");
        QLabel *details = label(pane, "detailsText");
        QVERIFY(placeholder && details);
        QVERIFY(!placeholder->isHidden());
        QCOMPARE(placeholder->textFormat(), Qt::PlainText);
        QVERIFY(details->isHidden());
        QCOMPARE(pane.text(), placeholder->text());
        QVERIFY(pane.text().startsWith(QLatin1String("Select a token")));
    }

private Q_SLOTS:
    void startsWithThePlainPlaceholderAndTheDetailsHidden()
    {
        TokenDetailsPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        verifyPlaceholderShown(pane);
        QVERIFY(label(pane, "detailsPlaceholder")->isVisible());
    }

    void aSelectedTokenShowsItsDetailsAndClearingGoesBack()
    {
        TokenDetailsPane pane;
        pane.showToken(token(), true);
        QVERIFY(label(pane, "detailsPlaceholder")->isHidden());
        QVERIFY(!label(pane, "detailsText")->isHidden());
        QVERIFY2(pane.text().contains(QLatin1String("deploy-widgets")), qPrintable(pane.text()));
        QVERIFY(pane.text().contains(QLatin1String("npm_AbCd...wXyZ")));
        QVERIFY(!pane.text().contains(QLatin1String("Select a token")));
        QCOMPARE(pane.currentKey(), token().key);

        pane.clear();
        verifyPlaceholderShown(pane);
        QVERIFY(pane.currentKey().isEmpty());
    }
};

QTEST_MAIN(TestTokenDetailsPane)
#include "tst_tokendetailspane.moc"
