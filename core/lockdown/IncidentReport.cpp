// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lockdown/IncidentReport.h"

#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

namespace td {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::IncidentReport)
};

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                        : Tr::tr("unknown time");
}

// Markdown table cells: a pipe or a line break would end the cell.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), u' ');
}

void timeline(const IncidentFacts &facts, QStringList &out)
{
    QList<IncidentEvent> events = facts.timeline;
    if (facts.journal) {
        for (int i = 0; i < facts.journal->actionCount(); ++i) {
            const LockdownJournal::State state = facts.journal->state(i);
            if (state == LockdownJournal::State::Pending)
                continue;
            events.append(
                {facts.journal->finishedAt(i),
                 Tr::tr("Lockdown: %1 (%2)")
                     .arg(facts.journal->action(i).label, LockdownJournal::stateId(state))});
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const IncidentEvent &a, const IncidentEvent &b) { return a.at < b.at; });
    out << Tr::tr("## Timeline") << QString();
    for (const IncidentEvent &event : std::as_const(events))
        out << QStringLiteral("- %1 — %2").arg(stamp(event.at), event.what);
    if (events.isEmpty())
        out << Tr::tr("- (nothing recorded)");
    out << QString();
}

void versions(const IncidentFacts &facts, QStringList &out)
{
    out << Tr::tr("## Versions") << QString();
    out << Tr::tr("| Package | Version | Published | Verdict | Evidence |")
        << QStringLiteral("|---|---|---|---|---|");
    for (const IncidentVersion &v : facts.versions)
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                   .arg(cell(v.package), cell(v.version), stamp(v.publishedAt), cell(v.verdict),
                        cell(v.evidence.join(QStringLiteral("; "))));
    out << QString();
}

void actions(const IncidentFacts &facts, QStringList &out)
{
    out << Tr::tr("## Actions taken") << QString();
    if (!facts.findings.isEmpty()) {
        out << Tr::tr("Lockdown stopped before any write: this machine had traces of a known "
                      "worm.")
            << QString();
        for (const PersistenceFinding &f : facts.findings)
            out << QStringLiteral("- %1: `%2` — %3 %4")
                       .arg(f.entry.name, f.path, f.entry.why, f.entry.disarm);
        out << QString();
    }
    if (facts.journal && facts.journal->actionCount() > 0) {
        out << Tr::tr("| Action | Result |") << QStringLiteral("|---|---|");
        for (int i = 0; i < facts.journal->actionCount(); ++i) {
            QString result;
            switch (facts.journal->state(i)) {
            case LockdownJournal::State::Done:
                result = Tr::tr("done %1").arg(stamp(facts.journal->finishedAt(i)));
                break;
            case LockdownJournal::State::Failed:
                result = Tr::tr("FAILED: %1").arg(facts.journal->error(i));
                break;
            case LockdownJournal::State::Started:
                result = Tr::tr("UNCONFIRMED: sent, no answer (resume the lockdown)");
                break;
            case LockdownJournal::State::Pending:
                result = Tr::tr("NOT DONE (resume the lockdown)");
                break;
            }
            out << QStringLiteral("| %1 | %2 |")
                       .arg(cell(facts.journal->action(i).label), cell(result));
        }
        out << QString();
    } else if (facts.findings.isEmpty()) {
        out << Tr::tr("No registry write was made.") << QString();
    }
    if (!facts.plan)
        return;
    QStringList notTaken;
    for (const LockdownStep &step : facts.plan->steps()) {
        const QString title = lockdownStepTitle(step.kind);
        if (!step.applies)
            notTaken << QStringLiteral("- %1: %2").arg(title, step.whyNot);
        else if (!step.ticked)
            notTaken << Tr::tr("- %1: skipped by the user").arg(title);
        for (const QString &note : step.notes)
            notTaken << QStringLiteral("  - %1").arg(note);
    }
    if (!notTaken.isEmpty())
        out << Tr::tr("### Steps not taken") << QString() << notTaken << QString();
}

void leftToDo(const IncidentFacts &facts, QStringList &out)
{
    out << Tr::tr("## What is left") << QString();
    for (const IncidentVersion &v : facts.versions) {
        if (v.verdict != QLatin1String("alarm"))
            continue;
        out << Tr::tr("- [ ] Report %1@%2 to npm: %3")
                   .arg(v.package, v.version,
                        IncidentReport::npmReportUrl(v.package, v.version).toString());
    }
    if (facts.plan) {
        const LockdownStep &unpublish = facts.plan->step(LockdownStepKind::Unpublish);
        if (unpublish.runs())
            for (const LockdownAction &a : unpublish.actions)
                out << Tr::tr("- [ ] Unpublish (npm's rules allow it now): `%1`").arg(a.label);
    }
    out << Tr::tr("- [ ] Purge the CI caches of every affected repository (a poisoned cache "
                  "re-arms the next release).")
        << Tr::tr("- [ ] Rotate every CI secret the affected workflows could read.")
        << Tr::tr("- [ ] Publish an advisory (GitHub security advisory) naming the bad versions "
                  "and the good ones.")
        << Tr::tr("- [ ] Publish a clean higher version: version ranges still pick the highest "
                  "version, whatever the tags say.")
        << Tr::tr("- [ ] Token revocations can take up to an hour to take effect: watch the "
                  "packages meanwhile.")
        << QString();
}
} // namespace

QUrl IncidentReport::npmReportUrl(const QString &package, const QString &version)
{
    QUrl url(QStringLiteral("https://www.npmjs.com/support"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("inquire"), QStringLiteral("security"));
    query.addQueryItem(QStringLiteral("security-inquire"), QStringLiteral("malware"));
    query.addQueryItem(QStringLiteral("package"), package);
    query.addQueryItem(QStringLiteral("version"), version);
    url.setQuery(query);
    return url;
}

QString IncidentReport::markdown(const IncidentFacts &facts)
{
    QStringList packages;
    for (const IncidentVersion &v : facts.versions) {
        if (!packages.contains(v.package))
            packages << v.package;
    }
    QStringList out;
    out << Tr::tr("# Incident report: %1").arg(packages.join(QStringLiteral(", "))) << QString()
        << Tr::tr("Written by TokenDesk at %1.").arg(stamp(facts.writtenAt)) << QString();
    timeline(facts, out);
    versions(facts, out);
    actions(facts, out);
    leftToDo(facts, out);
    return out.join(QLatin1Char('\n'));
}

Result<void> IncidentReport::write(const QString &path, const IncidentFacts &facts)
{
    return writeFileAtomically(path, markdown(facts).toUtf8());
}

} // namespace td
