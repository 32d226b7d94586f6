// SPDX-License-Identifier: GPL-3.0-or-later
// `tokendesk-cli token create` refuses bad flags before it reads a password or sends anything:
// exit 1, one line on stderr naming the flag, with the wizard's own policy texts. A real process,
// no account, no registry: a flag mistake never gets as far as either.
#include "Harness.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstCliTokenCreateFlags : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Run run(const QStringList &flags, const QByteArray &input = {})
    {
        QProcess p;
        // A fresh HOME: no account, so nothing here could ever reach a registry.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        p.setProcessEnvironment(env);
        p.start(td::test::programPath(QStringLiteral("tokendesk-cli")),
                QStringList{QStringLiteral("token"), QStringLiteral("create")} + flags);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(20000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QStringList repeated(const QString &flag, const QString &pattern, int count)
    {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << flag << pattern.arg(i);
        return out;
    }

private Q_SLOTS:
    void refusesWithOneLineNamingTheFlag_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("line");
        const QString name = QStringLiteral("--name");
        const QString ci = QStringLiteral("ci");
        const QString pkg = QStringLiteral("--packages");
        const QString left = QStringLiteral("left-pad");
        const QString rw = QStringLiteral("--packages-and-scopes-permission");

        QTest::newRow("no name") << QStringList{pkg, left}
                                 << QStringLiteral("--name: Give the token a name.");
        QTest::newRow("name too long")
            << QStringList{name, QString(41, u'a'), pkg, left}
            << QStringLiteral("--name: The name can be at most 40 characters long (it has 41).");
        QTest::newRow("name character")
            << QStringList{name, QStringLiteral("ci/publish"), pkg, left}
            << QStringLiteral("--name: The name can contain only letters, digits, spaces, '-' "
                              "and '_', not '/'.");
        QTest::newRow("description too long")
            << QStringList{name, ci,  QStringLiteral("--token-description"), QString(121, u'd'),
                           pkg,  left}
            << QStringLiteral("--token-description: The description can be at most 120 "
                              "characters long (it has 121).");
        QTest::newRow("expires not a number")
            << QStringList{name, ci, pkg, left, QStringLiteral("--expires"), QStringLiteral("soon")}
            << QStringLiteral("--expires: 'soon' is not a whole number of days");
        QTest::newRow("write over 90 days")
            << QStringList{name,
                           ci,
                           pkg,
                           left,
                           rw,
                           QStringLiteral("read-write"),
                           QStringLiteral("--expires=91")}
            << QStringLiteral("--expires: Invalid expiration value. Read-write tokens can only be "
                              "valid for up to 90 days.");
        QTest::newRow("stage-only over 90 days")
            << QStringList{name,
                           ci,
                           pkg,
                           left,
                           rw,
                           QStringLiteral("read-write-stage-only"),
                           QStringLiteral("--expires"),
                           QStringLiteral("120")}
            << QStringLiteral("--expires: Invalid expiration value. Read-write tokens can only be "
                              "valid for up to 90 days.");
        QTest::newRow("zero days")
            << QStringList{name, ci, pkg, left, QStringLiteral("--expires"), QStringLiteral("0")}
            << QStringLiteral("--expires: A token must be valid for at least 1 day.");
        QTest::newRow("negative days")
            << QStringList{name,
                           ci,
                           pkg,
                           left,
                           rw,
                           QStringLiteral("read-write"),
                           QStringLiteral("--expires=-3")}
            << QStringLiteral("--expires: A token must be valid for at least 1 day.");
        QTest::newRow("bad package")
            << QStringList{name, ci, pkg, QStringLiteral(".hidden")}
            << QStringLiteral("--packages: '.hidden' is not a valid npm package name: name "
                              "cannot start with a period.");
        QTest::newRow("uppercase scope")
            << QStringList{name, ci, QStringLiteral("--scopes"), QStringLiteral("@Acme")}
            << QStringLiteral("--scopes: '@Acme' must be lowercase.");
        QTest::newRow("org with at")
            << QStringList{name, ci, QStringLiteral("--orgs"), QStringLiteral("@acme")}
            << QStringLiteral("--orgs: '@acme': enter the organization without '@'.");
        QTest::newRow("no grant")
            << QStringList{name, ci}
            << QStringLiteral("--packages/--packages-all/--scopes/--orgs: You must give this "
                              "token access to at least one package, scope, or organization.");
        QTest::newRow("51 packages and scopes")
            << QStringList{name, ci} + repeated(pkg, QStringLiteral("pkg-%1"), 50)
                + QStringList{QStringLiteral("--scopes"), QStringLiteral("acme")}
            << QStringLiteral("--packages/--scopes: A token can name at most 50 packages and "
                              "scopes together (this one has 51). Use a scope or all packages "
                              "instead.");
        QTest::newRow("51 orgs")
            << QStringList{name, ci}
                + repeated(QStringLiteral("--orgs"), QStringLiteral("org%1"), 51)
            << QStringLiteral("--orgs: A token can name at most 50 organizations (this one has "
                              "51).");
        QTest::newRow("ipv6 cidr")
            << QStringList{name, ci, pkg, left, QStringLiteral("--cidr"), QStringLiteral("::1/128")}
            << QStringLiteral("--cidr: CIDR whitelist can only contain IPv4 addresses, ::1/128 is "
                              "IPv6");
        QTest::newRow("cidr in a comma list")
            << QStringList{name,
                           ci,
                           pkg,
                           left,
                           QStringLiteral("--cidr"),
                           QStringLiteral("10.0.0.0/8,10.0.0.1")}
            << QStringLiteral("--cidr: CIDR whitelist contains invalid CIDR entry: 10.0.0.1");
        QTest::newRow("bypass 2fa on read-only")
            << QStringList{name, ci, pkg, left, QStringLiteral("--bypass-2fa")}
            << QStringLiteral("--bypass-2fa: Bypass 2FA applies only to tokens that can write; a "
                              "read-only token never asks for 2FA.");
        QTest::newRow("stage-only orgs")
            << QStringList{name,
                           ci,
                           QStringLiteral("--orgs"),
                           QStringLiteral("acme"),
                           QStringLiteral("--orgs-permission"),
                           QStringLiteral("read-write-stage-only")}
            << QStringLiteral("--orgs-permission: Stage-only applies to packages and scopes; for "
                              "organizations choose no access, read-only or read and write.");
        QTest::newRow("no-access packages")
            << QStringList{name, ci, pkg, left, rw, QStringLiteral("no-access")}
            << QStringLiteral("--packages-and-scopes-permission: Choose a permission for the "
                              "packages and scopes; 'no access' grants nothing.");
        QTest::newRow("unknown permission")
            << QStringList{name, ci, pkg, left, rw, QStringLiteral("admin")}
            << QStringLiteral("--packages-and-scopes-permission must be one of read-only, "
                              "read-write, read-write-stage-only, no-access, not 'admin'");
        QTest::newRow("unknown orgs permission")
            << QStringList{name,
                           ci,
                           QStringLiteral("--orgs"),
                           QStringLiteral("acme"),
                           QStringLiteral("--orgs-permission"),
                           QStringLiteral("write")}
            << QStringLiteral("--orgs-permission must be one of read-only, read-write, "
                              "no-access, not 'write'");
        QTest::newRow("password in argv")
            << QStringList{name,
                           ci,
                           pkg,
                           left,
                           QStringLiteral("--password"),
                           QStringLiteral("hunter2")}
            << QStringLiteral("--password: passwords are never taken from arguments; pipe it and "
                              "use --password-stdin");
        QTest::newRow("unknown option") << QStringList{name, ci, QStringLiteral("--frob")}
                                        << QStringLiteral("token create: unknown option '--frob'. "
                                                          "Run 'tokendesk-cli token create --help' "
                                                          "for its options.");
        QTest::newRow("stray argument") << QStringList{name, ci, QStringLiteral("extra")}
                                        << QStringLiteral("token create: unexpected argument "
                                                          "'extra'");
        QTest::newRow("value missing")
            << QStringList{pkg, left, name} << QStringLiteral("--name needs a value");
        QTest::newRow("switch with a value")
            << QStringList{name, ci, QStringLiteral("--packages-all=yes")}
            << QStringLiteral("--packages-all takes no value");
        // Valid flags get as far as the password, which must come from stdin.
        QTest::newRow("valid, read-only needs no maximum")
            << QStringList{name, ci, QStringLiteral("--packages-all"), QStringLiteral("--expires"),
                           QStringLiteral("365")}
            << QStringLiteral("token create needs your npm password: pipe it to standard input "
                              "and add --password-stdin");
        QTest::newRow("valid, orgs default to read-only")
            << QStringList{name, ci, QStringLiteral("--orgs"), QStringLiteral("acme")}
            << QStringLiteral("token create needs your npm password: pipe it to standard input "
                              "and add --password-stdin");
        QTest::newRow("valid, empty stdin")
            << QStringList{name, ci, pkg, left, QStringLiteral("--password-stdin")}
            << QStringLiteral("--password-stdin: standard input held no password");
    }
    void refusesWithOneLineNamingTheFlag()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, line);
        QVERIFY(m_home.isValid());
        const Run r = run(flags);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("tokendesk-cli: ") + line + u'\n');
        QVERIFY(r.out.isEmpty());
    }

    // Valid flags and a password, but nobody signed in: the failure is the sign-in, so every flag
    // above passed the policy (the account check comes after them).
    void validFlagsThenNeedsSignIn()
    {
        const Run r = run(
            {QStringLiteral("--name"), QStringLiteral("ci publish"), QStringLiteral("--scopes"),
             QStringLiteral("acme,@maintainer"), QStringLiteral("--orgs"), QStringLiteral("acme"),
             QStringLiteral("--packages-and-scopes-permission"), QStringLiteral("read-write"),
             QStringLiteral("--expires"), QStringLiteral("90"), QStringLiteral("--cidr"),
             QStringLiteral("10.0.0.0/8"), QStringLiteral("--bypass-2fa"),
             QStringLiteral("--password-stdin")},
            "not-a-real-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("tokendesk-cli: ENEEDAUTH")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!r.err.contains(QStringLiteral("not-a-real-password")));
    }
};

QTEST_GUILESS_MAIN(TstCliTokenCreateFlags)
#include "tst_cli_tokencreate_flags.moc"
