// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/WatchVerdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace td::watch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchVerdict)
};

using Level = WatchVerdict::Level;
using Kind = WatchEvent::Kind;

Level levelOf(ReleaseSignal::Weight weight)
{
    return weight == ReleaseSignal::Weight::Alarm ? Level::Alarm : Level::Notable;
}

QString listOrNone(const QStringList &names)
{
    return names.isEmpty() ? Tr::tr("nobody") : names.join(QStringLiteral(", "));
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// What the event itself says, apart from provenance and content.
QList<WatchReason> eventReasons(const WatchEvent &event)
{
    switch (event.kind) {
    case Kind::NewVersion:
        return {};
    case Kind::TagMoved: {
        QList<WatchReason> out;
        const QList<ReleaseSignal> moves = tagMoveSignals(event);
        for (const ReleaseSignal &signal : moves)
            out.append({levelOf(signal.weight), signal.code, signal.text});
        return out;
    }
    case Kind::Deprecated:
        return {{Level::Notable, QStringLiteral("deprecated"),
                 Tr::tr("Version %1 was deprecated: \"%2\".").arg(event.version, event.detail)}};
    case Kind::VersionRemoved:
        return {{Level::Notable, QStringLiteral("version-removed"),
                 Tr::tr("Version %1 was removed from the registry.").arg(event.version)}};
    case Kind::MaintainerAdded:
        return {{Level::Alarm, QStringLiteral("maintainer-added"),
                 Tr::tr("%1 was added as a maintainer of %2; the maintainers were %3.")
                     .arg(event.actor, event.package, listOrNone(event.others))}};
    case Kind::MaintainerRemoved:
        return {{Level::Notable, QStringLiteral("maintainer-removed"),
                 Tr::tr("%1 is no longer a maintainer of %2; the maintainers are %3.")
                     .arg(event.actor, event.package, listOrNone(event.others))}};
    case Kind::StagedByNewActor:
        break;
    }
    return {{Level::Alarm, QStringLiteral("staged-by-new-actor"),
             Tr::tr("Version %1 was staged by %2, who never staged a version of %3 before "
                    "(earlier: %4).")
                 .arg(event.version, event.actor, event.package, listOrNone(event.others))}};
}

// Reasons a deliberate manual publish explains: it comes with a token and without provenance.
bool explainedByManualPublish(const QString &code)
{
    return code == u"trust-downgrade" || code == u"identity-missing";
}

} // namespace

WatchReason burstReason(const BurstDetector::Burst &burst)
{
    const int minutes = std::max(1, (burst.windowSeconds + 59) / 60);
    return {Level::Alarm, QStringLiteral("burst"),
            Tr::tr("%n package(s) of this account were published within %1 minutes (%2 to %3): "
                   "%4.",
                   nullptr, int(burst.packages.size()))
                .arg(minutes)
                .arg(timeText(burst.first), timeText(burst.last),
                     burst.packages.join(QStringLiteral(", ")))};
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Expected:
        return QStringLiteral("expected");
    case Level::Notable:
        return QStringLiteral("notable");
    case Level::Alarm:
        break;
    }
    return QStringLiteral("alarm");
}

QString levelWords(Level level)
{
    switch (level) {
    case Level::Expected:
        return Tr::tr("expected");
    case Level::Notable:
        return Tr::tr("notable");
    case Level::Alarm:
        break;
    }
    return Tr::tr("alarm");
}

WatchVerdict WatchVerdict::judge(const VerdictInput &input, const WatchMarks &marks)
{
    const WatchEvent &event = input.event;
    WatchVerdict verdict;
    if (marks.isExcluded(event.package)) {
        verdict.note = Tr::tr("Not judged: you excluded %1 from the watch.").arg(event.package);
        return verdict;
    }

    QList<WatchReason> reasons = eventReasons(event);
    const bool publish = event.kind == Kind::NewVersion || event.kind == Kind::StagedByNewActor;
    if (publish && input.provenance)
        reasons += provenanceReasons(*input.provenance);
    else if (publish && !input.provenanceError.isEmpty())
        reasons.append({Level::Notable, QStringLiteral("provenance-unchecked"),
                        Tr::tr("Who published %1 could not be checked: %2")
                            .arg(event.spec(), input.provenanceError)});
    for (const ReleaseSignal &signal : input.content)
        reasons.append({levelOf(signal.weight), signal.code, signal.text});
    if (input.burst)
        reasons.append(burstReason(*input.burst));

    const bool manual
        = event.kind == Kind::NewVersion && marks.expectsManualPublish(event.package, event.at);
    if (manual) {
        const QDateTime until = marks.expectManualUntil.value(event.package);
        verdict.note = Tr::tr("You expected a manual publish of %1 until %2.")
                           .arg(event.package, timeText(until));
        for (WatchReason &reason : reasons)
            if (explainedByManualPublish(reason.code))
                reason.level = Level::Expected;
    }

    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const WatchReason &a, const WatchReason &b) { return a.level > b.level; });
    for (const WatchReason &reason : std::as_const(reasons)) {
        verdict.reasons.append(reason.text);
        verdict.codes.append(reason.code);
        verdict.weights.append(reason.level);
        verdict.level = std::max(verdict.level, reason.level);
    }

    if (input.baseline) {
        verdict.level = Level::Expected;
        verdict.note = Tr::tr("Seen on the first run over %1's history: part of the baseline, "
                              "shown but not judged.")
                           .arg(event.package);
    } else if (!event.version.isEmpty() && marks.wasMe(event.package, event.version)) {
        verdict.level = Level::Expected;
        verdict.note = Tr::tr("You said %1 was you.").arg(event.spec());
    }
    return verdict;
}

} // namespace td::watch
