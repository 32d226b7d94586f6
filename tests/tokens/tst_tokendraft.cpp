// SPDX-License-Identifier: GPL-3.0-or-later
// TokenDraft: which rule lands on which field, presets, suggested names and review warnings.
#include "FakeClock.h"
#include "core/creation/TokenDraft.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;
using Field = TokenDraft::Field;
using Purpose = TokenDraft::Purpose;

class TestTokenDraft : public QObject
{
    Q_OBJECT
private slots:
    void emptyDraftNamesItsProblems();
    void validDraft();
    void fieldIssues_data();
    void fieldIssues();
    void listEntriesCarryTheirIndex();
    void defaultExpiryFollowsPermission();
    void customExpiryDays();
    void presets_data();
    void presets();
    void suggestedName_data();
    void suggestedName();
    void reviewWarnings();
    void directPublishWarning_data();
    void directPublishWarning();
    void setterEmitsChanged();
    void normalisesLists();

private:
    test::FakeClock m_clock;
};

namespace {
void makeValid(TokenDraft &draft)
{
    draft.setName(u"ci-publish-acme"_s);
    draft.setScopes({u"@acme"_s});
    draft.setPackagesPermission(Permission::ReadWrite);
}
} // namespace

void TestTokenDraft::emptyDraftNamesItsProblems()
{
    TokenDraft draft(m_clock);
    QCOMPARE(draft.firstMessage(Field::Name), u"Give the token a name."_s);
    QCOMPARE(draft.firstMessage(Field::Grants),
             u"You must give this token access to at least one package, scope, or organization."_s);
    QVERIFY(!draft.isValid());
}

void TestTokenDraft::validDraft()
{
    TokenDraft draft(m_clock);
    makeValid(draft);
    QVERIFY2(draft.isValid(), qPrintable(draft.issues().value(0).message));
}

// One change to a valid draft → exactly the expected field gets exactly the expected message.
void TestTokenDraft::fieldIssues_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("long name") << "name41" << int(Field::Name)
                               << "The name can be at most 40 characters long (it has 41).";
    QTest::newRow("bad description") << "description:" << int(Field::Description)
                                     << "The description can contain only letters, digits, "
                                        "spaces, '-' and '_', not ':'.";
    QTest::newRow("bad package") << "package _x" << int(Field::Packages)
                                 << "'_x' is not a valid npm package name: name cannot start with "
                                    "an underscore.";
    QTest::newRow("bad scope") << "scope Acme" << int(Field::Scopes)
                               << "'@Acme' must be lowercase.";
    QTest::newRow("51 packages")
        << "packages51" << int(Field::Grants)
        << "A token can name at most 50 packages and scopes together (this "
           "one has 52). Use a scope or all packages instead.";
    QTest::newRow("51 orgs") << "orgs51" << int(Field::Grants)
                             << "A token can name at most 50 organizations (this one has 51).";
    QTest::newRow("no access packages") << "packages no-access" << int(Field::PackagesPermission)
                                        << "Choose a permission for the packages and scopes; 'no "
                                           "access' grants nothing.";
    QTest::newRow("stage-only orgs") << "orgs stage-only" << int(Field::OrgsPermission)
                                     << "Stage-only applies to packages and scopes; for "
                                        "organizations choose no access, read-only or read and "
                                        "write.";
    QTest::newRow("91 days write") << "days 91" << int(Field::Expiry)
                                   << "Invalid expiration value. Read-write tokens can only be "
                                      "valid for up to 90 days.";
    QTest::newRow("custom today") << "custom +1h" << int(Field::Expiry)
                                  << "Choose an expiry date at least one day ahead.";
    QTest::newRow("ipv6") << "cidr ::/0" << int(Field::Cidr)
                          << "CIDR whitelist can only contain IPv4 addresses, ::/0 is IPv6";
    QTest::newRow("bypass read-only") << "bypass read-only" << int(Field::Bypass2fa)
                                      << "Bypass 2FA applies only to tokens that can write; a "
                                         "read-only token never asks for 2FA.";
}

void TestTokenDraft::fieldIssues()
{
    QFETCH(QString, change);
    QFETCH(int, field);
    QFETCH(QString, message);
    TokenDraft draft(m_clock);
    makeValid(draft);
    if (change == u"name41")
        draft.setName(QString(41, u'n'));
    else if (change == u"description:")
        draft.setDescription(u"for CI: acme"_s);
    else if (change == u"package _x")
        draft.setPackages({u"_x"_s});
    else if (change == u"scope Acme")
        draft.setScopes({u"Acme"_s});
    else if (change == u"packages51" || change == u"orgs51") {
        QStringList names;
        for (int i = 0; i < 51; ++i)
            names << u"p"_s + QString::number(i);
        if (change == u"packages51")
            draft.setPackages(names);
        else {
            draft.setOrgs(names);
            draft.setOrgsPermission(Permission::ReadOnly);
        }
    } else if (change == u"packages no-access")
        draft.setPackagesPermission(Permission::NoAccess);
    else if (change == u"orgs stage-only") {
        draft.setOrgs({u"acme"_s});
        draft.setOrgsPermission(Permission::ReadWriteStageOnly);
    } else if (change == u"days 91")
        draft.setExpiryDays(91);
    else if (change == u"custom +1h")
        draft.setCustomExpiry(m_clock.now().addSecs(3600));
    else if (change == u"cidr ::/0")
        draft.setCidrRanges({u"10.0.0.0/8"_s, u"::/0"_s});
    else if (change == u"bypass read-only") {
        draft.setPackagesPermission(Permission::ReadOnly);
        draft.setBypass2fa(true);
    } else
        QFAIL("unknown change");
    const QList<TokenDraft::Issue> issues = draft.issues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(int(issues.first().field), field);
    QCOMPARE(issues.first().message, message);
}

void TestTokenDraft::listEntriesCarryTheirIndex()
{
    TokenDraft draft(m_clock);
    makeValid(draft);
    draft.setCidrRanges({u"10.0.0.0/8"_s, u"bad"_s, u"192.168.0.0/16"_s, u"1.2.3.4"_s});
    const QList<TokenDraft::Issue> issues = draft.issues(Field::Cidr);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues[0].index, 1);
    QCOMPARE(issues[1].index, 3);
}

void TestTokenDraft::defaultExpiryFollowsPermission()
{
    TokenDraft draft(m_clock);
    draft.setScopes({u"@acme"_s});
    draft.setPackagesPermission(Permission::ReadOnly);
    QCOMPARE(draft.expiryDays(), 30);
    draft.setPackagesPermission(Permission::ReadWrite);
    QCOMPARE(draft.expiryDays(), 7);
    draft.setPackagesPermission(Permission::ReadWriteStageOnly);
    QCOMPARE(draft.expiryDays(), 7);
    draft.setExpiryDays(60);
    QCOMPARE(draft.expiryDays(), 60);
    QCOMPARE(draft.expiresAt(), m_clock.now().addDays(60));
    draft.resetExpiryToDefault();
    QCOMPARE(draft.expiryDays(), 7);
}

void TestTokenDraft::customExpiryDays()
{
    TokenDraft draft(m_clock);
    draft.setCustomExpiry(m_clock.now().addDays(10).addSecs(60));
    QCOMPARE(draft.expiryDays(), 11); // partial days count up: the token lives into day 11
    QVERIFY(draft.hasCustomExpiry());
    draft.setExpiryDays(30);
    QVERIFY(!draft.hasCustomExpiry());
}

void TestTokenDraft::presets_data()
{
    QTest::addColumn<int>("purpose");
    QTest::addColumn<int>("permission");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("bypass");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("explanationStart");
    QTest::newRow("publish from CI")
        << int(Purpose::PublishFromCi) << int(Permission::ReadWriteStageOnly) << 90 << false << true
        << "Read and write (stage only) for 90 days";
    QTest::newRow("install in CI") << int(Purpose::InstallPrivateInCi) << int(Permission::ReadOnly)
                                   << 90 << false << false << "Read-only for 90 days";
    QTest::newRow("publish here") << int(Purpose::PublishFromComputer) << int(Permission::ReadWrite)
                                  << 7 << false << false
                                  << "Read and write for 7 days, npm's default";
    QTest::newRow("custom") << int(Purpose::Custom) << int(Permission::ReadOnly) << 30 << false
                            << false << "Choose every setting yourself";
}

void TestTokenDraft::presets()
{
    QFETCH(int, purpose);
    QFETCH(int, permission);
    QFETCH(int, days);
    QFETCH(bool, bypass);
    QFETCH(bool, trusted);
    QFETCH(QString, explanationStart);
    TokenDraft draft(m_clock);
    draft.setBypass2fa(!bypass); // the preset must overwrite earlier choices
    draft.setCustomExpiry(m_clock.now().addDays(3));
    draft.setPurpose(Purpose(purpose));
    draft.setScopes({u"@acme"_s});
    QCOMPARE(int(draft.packagesPermission()), permission);
    QCOMPARE(draft.expiryDays(), days);
    QCOMPARE(draft.bypass2fa(), bypass);
    QCOMPARE(draft.recommendsTrustedPublishing(), trusted);
    QVERIFY2(draft.purposeExplanation().startsWith(explanationStart),
             qPrintable(draft.purposeExplanation()));
    draft.setName(draft.suggestedName());
    QVERIFY2(draft.isValid(), qPrintable(draft.issues().value(0).message));
}

void TestTokenDraft::suggestedName_data()
{
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ci scope") << int(Purpose::PublishFromCi) << "scope @acme"
                              << "ci-publish-acme";
    QTest::newRow("install all") << int(Purpose::InstallPrivateInCi) << "all"
                                 << "ci-install-all";
    QTest::newRow("local package") << int(Purpose::PublishFromComputer) << "package @acme/ui.kit"
                                   << "local-publish-acme-ui-kit";
    QTest::newRow("three packages") << int(Purpose::PublishFromCi) << "3 packages"
                                    << "ci-publish-3-packages";
    QTest::newRow("custom org") << int(Purpose::Custom) << "org acme"
                                << "token-acme";
    QTest::newRow("nothing yet") << int(Purpose::Custom) << ""
                                 << "token";
    QTest::newRow("long is cut") << int(Purpose::PublishFromCi)
                                 << "package a-very-long-package-name-that-goes-on"
                                 << "ci-publish-a-very-long-package-name-that";
}

void TestTokenDraft::suggestedName()
{
    QFETCH(int, purpose);
    QFETCH(QString, what);
    QFETCH(QString, expected);
    TokenDraft draft(m_clock);
    draft.setPurpose(Purpose(purpose));
    if (what == u"all")
        draft.setAllPackages(true);
    else if (what.startsWith(u"scope "))
        draft.setScopes({what.mid(6)});
    else if (what.startsWith(u"package "))
        draft.setPackages({what.mid(8)});
    else if (what == u"3 packages")
        draft.setPackages({u"a"_s, u"b"_s, u"c"_s});
    else if (what.startsWith(u"org "))
        draft.setOrgs({what.mid(4)});
    QCOMPARE(draft.suggestedName(), expected);
    QVERIFY(draft.policy().checkName(draft.suggestedName()).isEmpty());
}

void TestTokenDraft::reviewWarnings()
{
    TokenDraft draft(m_clock);
    draft.setPurpose(Purpose::PublishFromCi);
    draft.setAllPackages(true);
    QVERIFY(draft.reviewWarnings(47).contains(
        u"Can stage releases of all 47 packages, and of new packages too."_s));
    draft.setPackagesPermission(Permission::ReadWrite);
    draft.setBypass2fa(true);
    const QStringList warnings = draft.reviewWarnings(47);
    QVERIFY(warnings.contains(u"Can publish all 47 packages, and new packages too."_s));
    QVERIFY(warnings.contains(
        u"Bypasses two-factor authentication: anyone holding it can publish without a code. npm "
        "plans to end publishing with such tokens in January 2027."_s));
    QVERIFY(warnings.contains(
        u"Usable from any IP address: add an IP range to limit where it works."_s));
    QVERIFY(warnings.contains(u"Expires in 90 days: you will be reminded."_s));

    // Without the account's package count, still what it can do.
    QVERIFY(draft.reviewWarnings().contains(
        u"Can publish every package of this account, and new packages too."_s));

    // Named packages and scopes, and organizations it can change, in plain words.
    draft.setAllPackages(false);
    draft.setPackages({u"left-pad"_s});
    draft.setScopes({u"@acme"_s, u"@tools"_s});
    draft.setOrgs({u"acme"_s});
    draft.setOrgsPermission(Permission::ReadWrite);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "a and b"
    const QStringList named = draft.reviewWarnings(47);
    QVERIFY(named.contains(u"Can publish left-pad."_s));
    QVERIFY(named.contains(
        u"Can publish every package in @acme and @tools, and new ones there too."_s));
    QVERIFY(named.contains(u"Can add and remove members and teams in acme."_s));
    draft.setPackages({u"left-pad"_s, u"right-pad"_s});
    QVERIFY(draft.reviewWarnings(47).contains(u"Can publish left-pad and right-pad."_s));
    QLocale::setDefault(before);

    draft.setPurpose(Purpose::InstallPrivateInCi);
    draft.setOrgs({});
    draft.setExpiryDays(1);
    QCOMPARE(draft.reviewWarnings(47), QStringList{u"Expires in 1 day: you will be reminded."_s});
}

void TestTokenDraft::directPublishWarning_data()
{
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("bypass");
    QTest::addColumn<bool>("warns");
    QTest::newRow("read-write bypass") << int(Permission::ReadWrite) << true << true;
    QTest::newRow("read-write with 2FA") << int(Permission::ReadWrite) << false << true;
    QTest::newRow("stage only") << int(Permission::ReadWriteStageOnly) << false << false;
    QTest::newRow("read-only") << int(Permission::ReadOnly) << false << false;
    QTest::newRow("no access") << int(Permission::NoAccess) << false << false;
}

void TestTokenDraft::directPublishWarning()
{
    QFETCH(int, permission);
    QFETCH(bool, bypass);
    QFETCH(bool, warns);
    TokenDraft draft(m_clock);
    draft.setPackagesPermission(Permission(permission));
    draft.setBypass2fa(bypass);
    const QString warning = draft.directPublishWarning();
    QCOMPARE(!warning.isEmpty(), warns);
    if (warns) {
        QVERIFY(warning.contains(u"January 2027"_s));
        QVERIFY(warning.contains(u"not announced"_s));
        QVERIFY(warning.contains(u"stage only"_s));
    }
}

void TestTokenDraft::setterEmitsChanged()
{
    TokenDraft draft(m_clock);
    QSignalSpy spy(&draft, &TokenDraft::changed);
    draft.setName(u"x"_s);
    draft.setPurpose(Purpose::PublishFromCi);
    draft.setCidrRanges({u"10.0.0.0/8"_s});
    QCOMPARE(spy.count(), 3);
}

void TestTokenDraft::normalisesLists()
{
    TokenDraft draft(m_clock);
    draft.setScopes({u"acme"_s, u" @acme "_s, u""_s, u"@beta"_s});
    QCOMPARE(draft.scopes(), (QStringList{u"@acme"_s, u"@beta"_s}));
    draft.setPackages({u"a"_s, u"a"_s, u" b"_s});
    QCOMPARE(draft.packages(), (QStringList{u"a"_s, u"b"_s}));
}

QTEST_GUILESS_MAIN(TestTokenDraft)
#include "tst_tokendraft.moc"
