// SPDX-License-Identifier: GPL-3.0-or-later
// ApprovalOrder: workspace dependency order when the batch belongs to one repository folder the
// user added, otherwise (and for ties and cycles) oldest first.
#include "core/stage/ApprovalOrder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
// A workspace: "name:dep,dep" per package under packages/<name-without-scope>.
QString writeWorkspace(const QTemporaryDir &dir, const QStringList &packages)
{
    const QString root = dir.path();
    QFile rootManifest(root + QStringLiteral("/package.json"));
    if (!rootManifest.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    // (not a raw string: moc would read its "/*" as a comment)
    rootManifest.write("{\"name\":\"mono\",\"private\":true,\"workspaces\":[\"packages/\x2a\"]}");
    rootManifest.close();
    for (const QString &spec : packages) {
        const QString name = spec.section(QLatin1Char(':'), 0, 0);
        const QStringList deps
            = spec.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QString folder
            = root + QStringLiteral("/packages/") + name.section(QLatin1Char('/'), -1);
        QDir().mkpath(folder);
        QStringList depJson;
        for (const QString &d : deps)
            depJson << QStringLiteral("\"%1\":\"workspace:*\"").arg(d);
        QFile f(folder + QStringLiteral("/package.json"));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(QStringLiteral(R"({"name":"%1","version":"1.0.0","dependencies":{%2}})")
                    .arg(name, depJson.join(QLatin1Char(',')))
                    .toUtf8());
    }
    return root;
}

StagedRelease staged(const QString &name, int minute)
{
    StagedRelease r;
    r.id = QStringLiteral("id-%1-%2").arg(name).arg(minute);
    r.packageName = name;
    r.version = QStringLiteral("1.0.%1").arg(minute);
    r.created = QDateTime(QDate(2026, 12, 1), QTime(10, minute), Qt::UTC);
    return r;
}
} // namespace

class TestApprovalOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data()
    {
        QTest::addColumn<QStringList>("workspace"); // empty: no folder added
        QTest::addColumn<QStringList>("batch");     // name@minute staged
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("byWorkspace");
        const QStringList acme{QStringLiteral("@acme/ui:@acme/core,@acme/icons"),
                               QStringLiteral("@acme/core:"),
                               QStringLiteral("@acme/icons:@acme/core")};
        QTest::newRow("dependencies first, though staged last")
            << acme
            << QStringList{QStringLiteral("@acme/ui@1"), QStringLiteral("@acme/icons@2"),
                           QStringLiteral("@acme/core@3")}
            << QStringList{QStringLiteral("@acme/core"), QStringLiteral("@acme/icons"),
                           QStringLiteral("@acme/ui")}
            << true;
        QTest::newRow("independent packages oldest first")
            << QStringList{QStringLiteral("a:"), QStringLiteral("b:"), QStringLiteral("c:")}
            << QStringList{QStringLiteral("c@5"), QStringLiteral("a@9"), QStringLiteral("b@1")}
            << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")} << true;
        QTest::newRow("a package outside the folder: oldest first")
            << acme
            << QStringList{QStringLiteral("@acme/ui@1"), QStringLiteral("left-pad@2"),
                           QStringLiteral("@acme/core@3")}
            << QStringList{QStringLiteral("@acme/ui"), QStringLiteral("left-pad"),
                           QStringLiteral("@acme/core")}
            << false;
        QTest::newRow("no folder added: oldest first")
            << QStringList{}
            << QStringList{QStringLiteral("@acme/ui@4"), QStringLiteral("@acme/core@3")}
            << QStringList{QStringLiteral("@acme/core"), QStringLiteral("@acme/ui")} << false;
        QTest::newRow("a cycle is broken at the oldest")
            << QStringList{QStringLiteral("x:y"), QStringLiteral("y:x"), QStringLiteral("z:x")}
            << QStringList{QStringLiteral("z@1"), QStringLiteral("y@2"), QStringLiteral("x@3")}
            << QStringList{QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("z")} << true;
        QTest::newRow("two versions of one package stay oldest first")
            << acme
            << QStringList{QStringLiteral("@acme/ui@1"), QStringLiteral("@acme/core@5"),
                           QStringLiteral("@acme/core@2")}
            << QStringList{QStringLiteral("@acme/core"), QStringLiteral("@acme/core"),
                           QStringLiteral("@acme/ui")}
            << true;
    }
    void order()
    {
        QFETCH(QStringList, workspace);
        QFETCH(QStringList, batch);
        QFETCH(QStringList, expected);
        QFETCH(bool, byWorkspace);
        QTemporaryDir dir;
        QStringList folders;
        if (!workspace.isEmpty())
            folders << writeWorkspace(dir, workspace);
        QList<StagedRelease> releases;
        for (const QString &entry : batch) {
            const int at = int(entry.lastIndexOf(QLatin1Char('@')));
            releases << staged(entry.left(at), entry.mid(at + 1).toInt());
        }
        const ApprovalPlan plan = ApprovalOrder::plan(releases, folders);
        QStringList got;
        for (const StagedRelease &r : plan.releases)
            got << r.packageName;
        QCOMPARE(got, expected);
        QCOMPARE(plan.workspaceOrder, byWorkspace);
        if (byWorkspace)
            QCOMPARE(plan.folder, QDir(dir.path()).absolutePath());
        if (QTest::currentDataTag() == QByteArray("two versions of one package stay oldest first"))
            QCOMPARE(plan.releases.at(0).version, QStringLiteral("1.0.2"));
    }
};

QTEST_GUILESS_MAIN(TestApprovalOrder)
#include "tst_approvalorder.moc"
