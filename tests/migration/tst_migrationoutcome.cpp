// SPDX-License-Identifier: GPL-3.0-or-later
// The summary line of a finished rotation or migration row names the token and says what
// happened to it ("ci-publish: replaced, 2 references rewritten, old token revoked").
#include "core/migration/MigrationOutcome.h"
#include "core/util/EnglishPlurals.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace td;

namespace {

// A journal row as MigrationJournal writes it: `rewritten` .npmrc files done, `pushed` CI
// secrets verified, one CI secret still pending.
QJsonObject row(const QString &action, const QString &name, bool replaced, int rewritten,
                int pushed)
{
    QJsonArray files;
    for (int i = 0; i < rewritten; ++i)
        files.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("/p%1/.npmrc").arg(i)},
                                 {QStringLiteral("after"), QStringLiteral("abc%1").arg(i)}});
    files.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("/untouched/.npmrc")}});
    QJsonArray ci;
    for (int i = 0; i < pushed; ++i)
        ci.append(QJsonObject{{QStringLiteral("state"), QStringLiteral("verified")}});
    ci.append(QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")}});
    QJsonObject r{{QStringLiteral("action"), action},
                  {QStringLiteral("oldName"), name},
                  {QStringLiteral("oldRedacted"), QStringLiteral("npm_abcd...wxyz")},
                  {QStringLiteral("files"), files},
                  {QStringLiteral("ci"), ci}};
    if (replaced)
        r.insert(QStringLiteral("newKey"), QStringLiteral("new-key"));
    return r;
}

// The English numerus forms ("1 reference", "2 references") come from translations/
// tokendesk_en.ts, refreshed by the update_translations target; until a new string is in it,
// Qt shows the source's "reference(s)". Compared without the plural ending, so the numbers and
// the name are checked either way.
QString withoutPluralEnding(QString text)
{
    text.remove(QStringLiteral("(s)"));
    static const QRegularExpression plural(QStringLiteral("\\b(reference|file)s\\b"));
    return text.replace(plural, QStringLiteral("\\1"));
}

} // namespace

class TestMigrationOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installEnglishPlurals()); }

    void outcome_data()
    {
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("text");
        QTest::newRow("rotated, file and CI secret")
            << row(QStringLiteral("rotate"), QStringLiteral("ci-publish"), true, 1, 1)
            << QStringLiteral("done")
            << QStringLiteral("ci-publish: replaced, 2 references rewritten, old token revoked");
        QTest::newRow("one reference")
            << row(QStringLiteral("create-read-write"), QStringLiteral("laptop"), true, 1, 0)
            << QStringLiteral("done")
            << QStringLiteral("laptop: replaced, 1 reference rewritten, old token revoked");
        QTest::newRow("no name: the redacted form")
            << row(QStringLiteral("rotate"), QString(), true, 2, 0) << QStringLiteral("done")
            << QStringLiteral(
                   "npm_abcd...wxyz: replaced, 2 references rewritten, old token revoked");
        QTest::newRow("revoke failed")
            << row(QStringLiteral("rotate"), QStringLiteral("ci-publish"), true, 1, 0)
            << QStringLiteral("revoke-failed")
            << QStringLiteral("ci-publish: replaced, 1 reference rewritten, but the old token "
                              "could not be revoked");
        QTest::newRow("waiting for the user")
            << row(QStringLiteral("rotate"), QStringLiteral("ci-publish"), true, 3, 0)
            << QStringLiteral("revoke-deferred")
            << QStringLiteral("ci-publish: replaced, 3 references rewritten; the old token is "
                              "revoked once you confirm");
        QTest::newRow("dead token's lines removed")
            << row(QStringLiteral("remove-line"), QStringLiteral("old"), false, 2, 0)
            << QStringLiteral("done") << QStringLiteral("old: removed from 2 files");
        QTest::newRow("no longer needed: revoked")
            << row(QStringLiteral("revoke"), QStringLiteral("publish-bot"), false, 1, 0)
            << QStringLiteral("done")
            << QStringLiteral("publish-bot: 1 file cleaned, token revoked");
        QTest::newRow("still running: the stage says it")
            << row(QStringLiteral("rotate"), QStringLiteral("ci-publish"), true, 1, 0)
            << QStringLiteral("verify:started") << QString();
    }

    void outcome()
    {
        QFETCH(QJsonObject, row);
        QFETCH(QString, stage);
        QFETCH(QString, text);
        const QString actual = migrationRowOutcome(row, stage);
        QVERIFY2(!actual.contains(QLatin1String("%n")), qPrintable(actual));
        QCOMPARE(withoutPluralEnding(actual), withoutPluralEnding(text));
    }
};

QTEST_GUILESS_MAIN(TestMigrationOutcome)
#include "tst_migrationoutcome.moc"
