// SPDX-License-Identifier: GPL-3.0-or-later
// npm's ${VAR} references in .npmrc values (@npmcli/config/lib/env-replace.js): expanded from the
// environment, "?" for empty when unset, kept as written when unset without it, and a backslash
// before "${" keeps the reference as text (two backslashes are one, and the reference is
// expanded). Values without "${" are returned as they are, without the regular expression.
#include "core/npmconfig/NpmConfigSyntax.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace td;

class TstNpmConfigSyntax : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env()
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("NPM_TOKEN"), QStringLiteral("npm_secret"));
        e.insert(QStringLiteral("REG"), QStringLiteral("https://npm.example/"));
        return e;
    }

private Q_SLOTS:
    void expands_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expanded");
        QTest::addColumn<QStringList>("references");
        QTest::newRow("plain URL") << "https://registry.npmjs.org/"
                                   << "https://registry.npmjs.org/" << QStringList();
        QTest::newRow("a dollar, no braces") << "pa$$word$NPM_TOKEN"
                                             << "pa$$word$NPM_TOKEN" << QStringList();
        QTest::newRow("braces, no dollar") << "{NPM_TOKEN}"
                                           << "{NPM_TOKEN}" << QStringList();
        QTest::newRow("dollar apart from the brace") << "$ {NPM_TOKEN}"
                                                     << "$ {NPM_TOKEN}" << QStringList();
        QTest::newRow("whole value") << "${NPM_TOKEN}"
                                     << "npm_secret" << QStringList{QStringLiteral("NPM_TOKEN")};
        QTest::newRow("inside text")
            << "${REG}pkg/${NPM_TOKEN}"
            << "https://npm.example/pkg/npm_secret"
            << QStringList{QStringLiteral("REG"), QStringLiteral("NPM_TOKEN")};
        QTest::newRow("unset is kept") << "${MISSING}"
                                       << "${MISSING}" << QStringList{QStringLiteral("MISSING")};
        QTest::newRow("unset with ? is empty") << "a${MISSING?}b"
                                               << "ab" << QStringList{QStringLiteral("MISSING")};
        QTest::newRow("escaped") << "\\${NPM_TOKEN}"
                                 << "${NPM_TOKEN}" << QStringList();
        QTest::newRow("escaped backslash")
            << "\\\\${NPM_TOKEN}"
            << "\\npm_secret" << QStringList{QStringLiteral("NPM_TOKEN")};
    }
    void expands()
    {
        QFETCH(QString, value);
        QFETCH(QString, expanded);
        QFETCH(QStringList, references);
        QCOMPARE(expandNpmEnvReferences(value, env()), expanded);
        QCOMPARE(npmEnvReferences(value), references);
    }

    void soleReference_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("variable");
        QTest::newRow("whole value") << "${NPM_TOKEN}"
                                     << "NPM_TOKEN";
        QTest::newRow("with text") << "x${NPM_TOKEN}" << QString();
        QTest::newRow("escaped") << "\\${NPM_TOKEN}" << QString();
        QTest::newRow("no reference") << "npm_literal" << QString();
    }
    void soleReference()
    {
        QFETCH(QString, value);
        QFETCH(QString, variable);
        QCOMPARE(soleNpmEnvReference(value), variable);
    }
};

QTEST_GUILESS_MAIN(TstNpmConfigSyntax)
#include "tst_npmconfigsyntax.moc"
