// SPDX-License-Identifier: GPL-3.0-or-later
// Every npmjs token rule, valid and invalid, with the exact message a user sees.
#include "core/creation/TokenPolicy.h"
#include "core/tokens/NpmPackageName.h"

#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

class TestTokenPolicy : public QObject
{
    Q_OBJECT
private slots:
    void packageName_data();
    void packageName();
    void packageNameWarnings_data();
    void packageNameWarnings();
    void name_data();
    void name();
    void description_data();
    void description();
    void expiryDays_data();
    void expiryDays();
    void customExpiry_data();
    void customExpiry();
    void defaults();
    void scope_data();
    void scope();
    void org_data();
    void org();
    void cidr_data();
    void cidr();
    void counts_data();
    void counts();
    void hasGrant_data();
    void hasGrant();
    void bypass2fa_data();
    void bypass2fa();
    void orgsPermission_data();
    void orgsPermission();
    void limitsComeFromTheTable();
};

// Package names: checkPackage() refuses npm's errors and names the npm rule.
void TestTokenPolicy::packageName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    const QString none;
    QTest::newRow("plain") << "some-package" << none;
    QTest::newRow("dots") << "example.com" << none;
    QTest::newRow("underscore inside") << "under_score" << none;
    QTest::newRow("numeric") << "123numeric" << none;
    QTest::newRow("scoped") << "@npm/thingy" << none;
    QTest::newRow("scoped with dot") << "@jane/foo.js" << none;
    QTest::newRow("legacy capitals") << "JSONStream" << none; // warning only: existing packages
    QTest::newRow("legacy special") << "crazy!" << none;
    QTest::newRow("empty") << ""
                           << "'' is not a valid npm package name: name length must be greater "
                              "than zero.";
    QTest::newRow("period") << ".hidden"
                            << "'.hidden' is not a valid npm package name: name cannot start with "
                               "a period.";
    QTest::newRow("hyphen") << "-dash"
                            << "'-dash' is not a valid npm package name: name cannot start with a "
                               "hyphen.";
    QTest::newRow("underscore") << "_flodash"
                                << "'_flodash' is not a valid npm package name: name cannot start "
                                   "with an underscore.";
    QTest::newRow("spaces") << " lead"
                            << "' lead' is not a valid npm package name: name cannot contain "
                               "leading or trailing spaces.";
    QTest::newRow("node_modules") << "node_modules"
                                  << "'node_modules' is not a valid npm package name: node_modules "
                                     "is not a valid package name.";
    QTest::newRow("favicon") << "FAVICON.ico"
                             << "'FAVICON.ico' is not a valid npm package name: favicon.ico is "
                                "not a valid package name.";
    QTest::newRow("dollar") << "ca$h"
                            << "'ca$h' is not a valid npm package name: name can only contain "
                               "URL-friendly characters.";
    QTest::newRow("slash unscoped") << "a/b"
                                    << "'a/b' is not a valid npm package name: name can only "
                                       "contain URL-friendly characters.";
    QTest::newRow("two slashes") << "@a/b/c"
                                 << "'@a/b/c' is not a valid npm package name: name can only "
                                    "contain URL-friendly characters.";
    QTest::newRow("scoped period") << "@acme/.x"
                                   << "'@acme/.x' is not a valid npm package name: name cannot "
                                      "start with a period.";
    QTest::newRow("non-ascii") << "caf\u00e9"
                               << "'caf\u00e9' is not a valid npm package name: name can only "
                                  "contain URL-friendly characters.";
}

void TestTokenPolicy::packageName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkPackage(name), message);
}

void TestTokenPolicy::packageNameWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("new-style") << "left-pad" << QStringList();
    QTest::newRow("core module") << "http" << QStringList{u"http is a core module name"_s};
    QTest::newRow("capitals") << "JSONStream"
                              << QStringList{u"name can no longer contain capital letters"_s};
    QTest::newRow("special")
        << "@s/crazy!"
        << QStringList{u"name can no longer contain special characters (\"~'!()*\")"_s};
    QTest::newRow("too long") << QString(
        215, u'a') << QStringList{u"name can no longer contain more than 214 characters"_s};
    QTest::newRow("214 ok") << QString(214, u'a') << QStringList();
}

void TestTokenPolicy::packageNameWarnings()
{
    QFETCH(QString, name);
    QFETCH(QStringList, warnings);
    const PackageNameCheck check = checkNpmPackageName(name);
    QVERIFY(check.errors.isEmpty());
    QCOMPARE(check.warnings, warnings);
    QCOMPARE(check.validForNewPackages(), warnings.isEmpty());
}

void TestTokenPolicy::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("ok") << "ci-publish_acme 2" << QString();
    QTest::newRow("40 chars") << QString(40, u'x') << QString();
    QTest::newRow("empty") << ""
                           << "Give the token a name.";
    QTest::newRow("blank") << "   "
                           << "Give the token a name.";
    QTest::newRow("41 chars") << QString(41, u'x')
                              << "The name can be at most 40 characters long (it has 41).";
    QTest::newRow("dot") << "ci.publish"
                         << "The name can contain only letters, digits, spaces, '-' and '_', not "
                            "'.'.";
    QTest::newRow("umlaut") << "t\u00f6ken"
                            << "The name can contain only letters, digits, spaces, '-' and '_', "
                               "not '\u00f6'.";
}

void TestTokenPolicy::name()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkName(name), message);
}

void TestTokenPolicy::description_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty is fine") << "" << QString();
    QTest::newRow("120 chars") << QString(120, u'd') << QString();
    QTest::newRow("121 chars") << QString(
        121, u'd') << "The description can be at most 120 characters long (it has 121).";
    QTest::newRow("colon") << "for CI: acme"
                           << "The description can contain only letters, digits, spaces, '-' and "
                              "'_', not ':'.";
}

void TestTokenPolicy::description()
{
    QFETCH(QString, description);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkDescription(description), message);
}

void TestTokenPolicy::expiryDays_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("write");
    QTest::addColumn<QString>("message");
    const QString over90
        = u"Invalid expiration value. Read-write tokens can only be valid for up to 90 days."_s;
    const QString under1 = u"A token must be valid for at least 1 day."_s;
    QTest::newRow("write 1") << 1 << true << QString();
    QTest::newRow("write 90") << 90 << true << QString();
    QTest::newRow("write 91") << 91 << true << over90;
    QTest::newRow("write 0") << 0 << true << under1;
    QTest::newRow("write -5") << -5 << true << under1;
    QTest::newRow("read 1") << 1 << false << QString();
    QTest::newRow("read 365") << 365 << false << QString();
    QTest::newRow("read 3650 (no max)") << 3650 << false << QString();
    QTest::newRow("read 0") << 0 << false << under1;
}

void TestTokenPolicy::expiryDays()
{
    QFETCH(int, days);
    QFETCH(bool, write);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkExpiryDays(days, write), message);
}

void TestTokenPolicy::customExpiry_data()
{
    QTest::addColumn<qint64>("secondsAhead");
    QTest::addColumn<bool>("write");
    QTest::addColumn<QString>("message");
    const qint64 day = 86400;
    const QString tooSoon = u"Choose an expiry date at least one day ahead."_s;
    const QString over90
        = u"Invalid expiration value. Read-write tokens can only be valid for up to 90 days."_s;
    QTest::newRow("exactly one day") << day << true << QString();
    QTest::newRow("one day minus a second") << day - 1 << true << tooSoon;
    QTest::newRow("in the past") << -day << false << tooSoon;
    QTest::newRow("write exactly 90 days") << 90 * day << true << QString();
    QTest::newRow("write 90 days + 1 s") << 90 * day + 1 << true << over90;
    QTest::newRow("read 2 years") << 730 * day << false << QString();
}

void TestTokenPolicy::customExpiry()
{
    QFETCH(qint64, secondsAhead);
    QFETCH(bool, write);
    QFETCH(QString, message);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    QCOMPARE(TokenPolicy().checkCustomExpiry(now.addSecs(secondsAhead), write, now), message);
}

void TestTokenPolicy::defaults()
{
    const TokenPolicy policy;
    QCOMPARE(policy.defaultExpiryDays(true), 7);
    QCOMPARE(policy.defaultExpiryDays(false), 30);
    QCOMPARE(policy.maxExpiryDays(true), 90);
    QCOMPARE(policy.maxExpiryDays(false), 0);
    QVERIFY(TokenPolicy::isWrite(Permission::ReadWriteStageOnly, Permission::NoAccess));
    QVERIFY(TokenPolicy::isWrite(Permission::ReadOnly, Permission::ReadWrite));
    QVERIFY(!TokenPolicy::isWrite(Permission::ReadOnly, Permission::ReadOnly));
}

void TestTokenPolicy::scope_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("message");
    QTest::newRow("with @") << "@acme" << QString();
    QTest::newRow("without @") << "acme" << QString();
    QTest::newRow("dash and dot") << "@acme-corp.io" << QString();
    QTest::newRow("empty") << ""
                           << "Enter a scope such as @acme.";
    QTest::newRow("only @") << "@"
                            << "'@' has no name after the '@'.";
    QTest::newRow("package") << "@acme/widgets"
                             << "'@acme/widgets' is a package name; a scope has no '/'.";
    QTest::newRow("leading dot") << "@.acme"
                                 << "'@.acme' cannot start with '.', '_' or '-'.";
    QTest::newRow("upper") << "@Acme"
                           << "'@Acme' must be lowercase.";
    QTest::newRow("space") << "@ac me"
                           << "'@ac me' can only contain URL-friendly characters.";
}

void TestTokenPolicy::scope()
{
    QFETCH(QString, scope);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkScope(scope), message);
}

void TestTokenPolicy::org_data()
{
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("message");
    QTest::newRow("ok") << "acme" << QString();
    QTest::newRow("empty") << ""
                           << "Enter an organization name.";
    QTest::newRow("with @") << "@acme"
                            << "'@acme': enter the organization without '@'.";
    QTest::newRow("underscore") << "_acme"
                                << "'_acme' cannot start with '.', '_' or '-'.";
    QTest::newRow("dollar") << "ac$me"
                            << "'ac$me' can only contain URL-friendly characters.";
}

void TestTokenPolicy::org()
{
    QFETCH(QString, org);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkOrg(org), message);
}

void TestTokenPolicy::cidr_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("message");
    QTest::newRow("10/8") << "10.0.0.0/8" << QString();
    QTest::newRow("host /32") << "192.168.1.7/32" << QString();
    QTest::newRow("any /0") << "0.0.0.0/0" << QString();
    QTest::newRow("ipv6") << "2001:db8::/32"
                          << "CIDR whitelist can only contain IPv4 addresses, 2001:db8::/32 is "
                             "IPv6";
    QTest::newRow("ipv6 loopback") << "::1/128"
                                   << "CIDR whitelist can only contain IPv4 addresses, ::1/128 is "
                                      "IPv6";
    const QString invalid = u"CIDR whitelist contains invalid CIDR entry: "_s;
    QTest::newRow("no prefix") << "10.0.0.1" << QString(invalid + u"10.0.0.1"_s);
    QTest::newRow("prefix 33") << "10.0.0.0/33" << QString(invalid + u"10.0.0.0/33"_s);
    QTest::newRow("octet 256") << "10.0.0.256/8" << QString(invalid + u"10.0.0.256/8"_s);
    QTest::newRow("three octets") << "10.0.0/8" << QString(invalid + u"10.0.0/8"_s);
    QTest::newRow("leading zero") << "010.0.0.0/8" << QString(invalid + u"010.0.0.0/8"_s);
    QTest::newRow("text") << "office" << QString(invalid + u"office"_s);
    QTest::newRow("ipv6 no prefix") << "::1" << QString(invalid + u"::1"_s);
}

void TestTokenPolicy::cidr()
{
    QFETCH(QString, cidr);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkCidr(cidr), message);
}

void TestTokenPolicy::counts_data()
{
    QTest::addColumn<int>("packagesAndScopes");
    QTest::addColumn<int>("orgs");
    QTest::addColumn<QString>("packagesMessage");
    QTest::addColumn<QString>("orgsMessage");
    QTest::newRow("50 and 50") << 50 << 50 << QString() << QString();
    QTest::newRow("51 packages") << 51 << 0
                                 << "A token can name at most 50 packages and scopes together "
                                    "(this one has 51). Use a scope or all packages instead."
                                 << QString();
    QTest::newRow("51 orgs") << 0 << 51 << QString()
                             << "A token can name at most 50 organizations (this one has 51).";
}

void TestTokenPolicy::counts()
{
    QFETCH(int, packagesAndScopes);
    QFETCH(int, orgs);
    QFETCH(QString, packagesMessage);
    QFETCH(QString, orgsMessage);
    QCOMPARE(TokenPolicy().checkPackagesAndScopesCount(packagesAndScopes), packagesMessage);
    QCOMPARE(TokenPolicy().checkOrgsCount(orgs), orgsMessage);
}

void TestTokenPolicy::hasGrant_data()
{
    QTest::addColumn<bool>("all");
    QTest::addColumn<int>("packages");
    QTest::addColumn<int>("packagesPermission");
    QTest::addColumn<int>("orgs");
    QTest::addColumn<int>("orgsPermission");
    QTest::addColumn<bool>("ok");
    const int none = int(Permission::NoAccess), ro = int(Permission::ReadOnly);
    QTest::newRow("all packages read") << true << 0 << ro << 0 << none << true;
    QTest::newRow("one package") << false << 1 << ro << 0 << none << true;
    QTest::newRow("one org") << false << 0 << none << 1 << ro << true;
    QTest::newRow("nothing") << false << 0 << ro << 0 << ro << false;
    QTest::newRow("packages with no access") << false << 3 << none << 0 << none << false;
    QTest::newRow("orgs with no access") << false << 0 << none << 2 << none << false;
}

void TestTokenPolicy::hasGrant()
{
    QFETCH(bool, all);
    QFETCH(int, packages);
    QFETCH(int, packagesPermission);
    QFETCH(int, orgs);
    QFETCH(int, orgsPermission);
    QFETCH(bool, ok);
    const QString message = TokenPolicy().checkHasGrant(
        all, packages, Permission(packagesPermission), orgs, Permission(orgsPermission));
    QCOMPARE(message,
             ok ? QString()
                : QStringLiteral("You must give this token access to at least one package, "
                                 "scope, or organization."));
}

void TestTokenPolicy::bypass2fa_data()
{
    QTest::addColumn<bool>("bypass");
    QTest::addColumn<bool>("write");
    QTest::addColumn<QString>("message");
    QTest::newRow("write bypass") << true << true << QString();
    QTest::newRow("write no bypass") << false << true << QString();
    QTest::newRow("read no bypass") << false << false << QString();
    QTest::newRow("read bypass") << true << false
                                 << "Bypass 2FA applies only to tokens that can write; a read-only "
                                    "token never asks for 2FA.";
}

void TestTokenPolicy::bypass2fa()
{
    QFETCH(bool, bypass);
    QFETCH(bool, write);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkBypass2fa(bypass, write), message);
}

void TestTokenPolicy::orgsPermission_data()
{
    QTest::addColumn<int>("permission");
    QTest::addColumn<QString>("message");
    QTest::newRow("read-write") << int(Permission::ReadWrite) << QString();
    QTest::newRow("stage-only")
        << int(Permission::ReadWriteStageOnly)
        << "Stage-only applies to packages and scopes; for organizations choose no access, "
           "read-only or read and write.";
}

void TestTokenPolicy::orgsPermission()
{
    QFETCH(int, permission);
    QFETCH(QString, message);
    QCOMPARE(TokenPolicy().checkOrgsPermission(Permission(permission)), message);
}

// A change at npm is one edit in the table: the checks follow the numbers they are given.
void TestTokenPolicy::limitsComeFromTheTable()
{
    TokenPolicyLimits limits;
    limits.writeMaxDays = 30;
    limits.nameMaxLength = 10;
    limits.maxOrgs = 2;
    const TokenPolicy policy(limits);
    QCOMPARE(policy.checkExpiryDays(31, true),
             QStringLiteral("Invalid expiration value. Read-write tokens can only be valid for up "
                            "to 30 days."));
    QCOMPARE(policy.checkName(QString(11, u'n')),
             QStringLiteral("The name can be at most 10 characters long (it has 11)."));
    QVERIFY(!policy.checkOrgsCount(3).isEmpty());
    QVERIFY(policy.checkOrgsCount(2).isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenPolicy)
#include "tst_tokenpolicy.moc"
