// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/ApprovalOrder.h"

#include "core/trust/RepoInspector.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace td {

namespace {

void oldestFirst(QList<StagedRelease> &releases)
{
    std::stable_sort(releases.begin(), releases.end(),
                     [](const StagedRelease &a, const StagedRelease &b) {
                         if (a.created.isValid() != b.created.isValid())
                             return a.created.isValid(); // undated ones last
                         if (a.created != b.created)
                             return a.created < b.created;
                         return a.id < b.id;
                     });
}

// Workspace package name -> the names it depends on (any dependency kind).
QHash<QString, QSet<QString>> workspaceDependencies(const RepoFacts &facts)
{
    QHash<QString, QSet<QString>> out;
    QList<PackageInfo> packages = facts.workspacePackages;
    if (facts.hasRootPackage)
        packages.prepend(facts.rootPackage);
    for (const PackageInfo &package : std::as_const(packages)) {
        if (package.name.isEmpty())
            continue;
        QFile file(package.manifestPath);
        QSet<QString> &needs = out[package.name];
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject manifest = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
        for (const char *kind :
             {"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"})
            for (const QString &name : manifest.value(QLatin1String(kind)).toObject().keys())
                needs.insert(name);
    }
    return out;
}

// Whether `start` depends on itself through packages still waiting.
bool inCycle(const QString &start, const QHash<QString, QSet<QString>> &needs,
             const QSet<QString> &waiting)
{
    QSet<QString> seen;
    // One copy: iterators taken from two temporaries would belong to two different sets.
    const QSet<QString> first = needs.value(start);
    QList<QString> stack(first.cbegin(), first.cend());
    while (!stack.isEmpty()) {
        const QString name = stack.takeLast();
        if (name == start)
            return true;
        if (!waiting.contains(name) || seen.contains(name))
            continue;
        seen.insert(name);
        for (const QSet<QString> nexts = needs.value(name); const QString &next : nexts)
            stack.append(next);
    }
    return false;
}

// Kahn's algorithm over the batch; among the ready ones the oldest goes first. Members of a
// cycle (which npm workspaces allow) follow in oldest-first order.
QList<StagedRelease> dependencyOrder(const QList<StagedRelease> &byAge,
                                     const QHash<QString, QSet<QString>> &needs)
{
    QSet<QString> waiting;
    for (const StagedRelease &release : byAge)
        waiting.insert(release.packageName);
    QList<StagedRelease> ordered;
    QList<StagedRelease> rest = byAge;
    while (!rest.isEmpty()) {
        qsizetype pick = -1;
        for (qsizetype i = 0; i < rest.size() && pick < 0; ++i) {
            const StagedRelease &candidate = rest.at(i);
            bool ready = true;
            for (const QSet<QString> dependencies = needs.value(candidate.packageName);
                 const QString &dependency : dependencies)
                if (dependency != candidate.packageName && waiting.contains(dependency))
                    ready = false;
            if (ready)
                pick = i;
        }
        for (qsizetype i = 0; i < rest.size() && pick < 0; ++i) // a cycle: break it at its oldest
            if (inCycle(rest.at(i).packageName, needs, waiting))
                pick = i;
        if (pick < 0)
            pick = 0;
        const StagedRelease next = rest.takeAt(pick);
        ordered.append(next);
        const bool moreOfSame = std::any_of(rest.cbegin(), rest.cend(), [&](const auto &r) {
            return r.packageName == next.packageName;
        });
        if (!moreOfSame)
            waiting.remove(next.packageName);
    }
    return ordered;
}

} // namespace

ApprovalPlan ApprovalOrder::plan(QList<StagedRelease> batch, const QStringList &repositoryFolders)
{
    ApprovalPlan plan;
    oldestFirst(batch);
    QSet<QString> names;
    for (const StagedRelease &release : std::as_const(batch))
        names.insert(release.packageName);
    for (const QString &folder : repositoryFolders) {
        const Result<RepoFacts> facts = RepoInspector::inspect(folder);
        if (!facts || facts.value().workspacePackages.isEmpty())
            continue;
        const QHash<QString, QSet<QString>> needs = workspaceDependencies(facts.value());
        const bool allInside = std::all_of(
            names.cbegin(), names.cend(), [&needs](const QString &n) { return needs.contains(n); });
        if (!allInside || names.isEmpty())
            continue;
        plan.releases = dependencyOrder(batch, needs);
        plan.workspaceOrder = true;
        plan.folder = facts.value().root;
        return plan;
    }
    plan.releases = batch;
    return plan;
}

} // namespace td
