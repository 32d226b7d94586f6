// SPDX-License-Identifier: GPL-3.0-or-later
// Version order and what a dist-tag move means (the half of ReleaseSignals.h about versions).
#include "core/watch/ReleaseSignals.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace td::watch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::ReleaseSignals)
};

struct Parsed
{
    qint64 major = 0, minor = 0, patch = 0;
    QStringList prerelease;
};

std::optional<Parsed> parse(const QString &version)
{
    static const QRegularExpression pattern(
        QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?(?:\\+.*)?$"));
    const QRegularExpressionMatch m = pattern.match(version.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    Parsed p;
    p.major = m.captured(1).toLongLong();
    p.minor = m.captured(2).toLongLong();
    p.patch = m.captured(3).toLongLong();
    if (m.hasCaptured(4))
        p.prerelease = m.captured(4).split(QLatin1Char('.'));
    return p;
}

int sign(qint64 v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

int comparePrerelease(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty() ? 0 : (a.isEmpty() ? 1 : -1); // release > prerelease
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        bool an = false, bn = false;
        const qint64 x = a[i].toLongLong(&an);
        const qint64 y = b[i].toLongLong(&bn);
        if (an && bn && x != y)
            return sign(x - y);
        if (an != bn)
            return an ? -1 : 1; // numeric identifiers sort first
        if (!an && a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return sign(a.size() - b.size());
}

} // namespace

int compareVersions(const QString &a, const QString &b)
{
    const auto x = parse(a);
    const auto y = parse(b);
    if (!x || !y)
        return 0;
    if (x->major != y->major)
        return sign(x->major - y->major);
    if (x->minor != y->minor)
        return sign(x->minor - y->minor);
    if (x->patch != y->patch)
        return sign(x->patch - y->patch);
    return comparePrerelease(x->prerelease, y->prerelease);
}

int majorOf(const QString &version)
{
    const auto p = parse(version);
    return p ? int(p->major) : -1;
}

QList<ReleaseSignal> tagMoveSignals(const WatchEvent &event)
{
    using Weight = ReleaseSignal::Weight;
    const QString &from = event.fromVersion;
    const QString &to = event.version;
    if (from.isEmpty())
        return {};
    if (to.isEmpty())
        return {{Weight::Notable, QStringLiteral("tag-removed"),
                 Tr::tr("The dist-tag %1 was removed; it pointed at %2.").arg(event.tag, from)}};
    const int order = compareVersions(to, from);
    const int oldMajor = majorOf(from);
    const int newMajor = majorOf(to);
    if (order < 0 && newMajor < oldMajor)
        return {{Weight::Alarm, QStringLiteral("tag-older-major"),
                 Tr::tr("The dist-tag %1 moved from %2 back to %3, an older major version.")
                     .arg(event.tag, from, to)}};
    if (order < 0)
        return {{Weight::Alarm, QStringLiteral("tag-backwards"),
                 Tr::tr("The dist-tag %1 moved back from %2 to the older %3.")
                     .arg(event.tag, from, to)}};
    if (newMajor != oldMajor)
        return {{Weight::Notable, QStringLiteral("tag-other-major"),
                 Tr::tr("The dist-tag %1 moved from %2 to another major version, %3.")
                     .arg(event.tag, from, to)}};
    return {};
}

} // namespace td::watch
