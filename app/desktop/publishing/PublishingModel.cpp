// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/publishing/PublishingModel.h"

#include <QLocale>

namespace td {

PublishingModel::PublishingModel(QObject *parent) : QAbstractTableModel(parent) { }

void PublishingModel::setPaths(const QList<PackagePublishPath> &paths)
{
    beginResetModel();
    m_paths = paths;
    endResetModel();
}

int PublishingModel::rowOf(const QString &account, const QString &package) const
{
    for (int row = 0; row < m_paths.size(); ++row)
        if (m_paths.at(row).account == account && m_paths.at(row).package == package)
            return row;
    return -1;
}

int PublishingModel::count(PublishVerdict verdict) const
{
    return int(
        std::count_if(m_paths.cbegin(), m_paths.cend(),
                      [verdict](const PackagePublishPath &p) { return p.verdict == verdict; }));
}

int PublishingModel::severityRank(PublishVerdict verdict)
{
    switch (verdict) {
    case PublishVerdict::AtRisk:
        return 0;
    case PublishVerdict::NoPath:
        return 1;
    case PublishVerdict::Unknown:
        return 2;
    case PublishVerdict::Ready:
        return 3;
    }
    return 2;
}

QString PublishingModel::verdictLabel(PublishVerdict verdict)
{
    switch (verdict) {
    case PublishVerdict::Ready:
        return tr("ready");
    case PublishVerdict::AtRisk:
        return tr("at risk in January 2027");
    case PublishVerdict::NoPath:
        return tr("no publish path");
    case PublishVerdict::Unknown:
        return tr("unknown");
    }
    return {};
}

QString PublishingModel::routeLabel(PublishRoute route)
{
    switch (route) {
    case PublishRoute::OidcDirect:
        return tr("trusted publishing (direct)");
    case PublishRoute::OidcStageOnly:
        return tr("trusted publishing (stage only)");
    case PublishRoute::StageOnlyToken:
        return tr("stage-only token");
    case PublishRoute::DirectToken:
        return tr("read and write token");
    case PublishRoute::Bypass2faToken:
        return tr("token bypassing 2FA");
    }
    return {};
}

QString PublishingModel::wayOutLabel(WayOut wayOut)
{
    switch (wayOut) {
    case WayOut::None:
        return {};
    case WayOut::TrustedPublishing:
        return tr("Set up &trusted publishing…");
    case WayOut::StageOnlyToken:
        return tr("Replace with a &stage-only token…");
    }
    return {};
}

QString PublishingModel::pathSummary(const PackagePublishPath &path)
{
    if (path.ways.isEmpty())
        return path.verdict == PublishVerdict::Unknown ? tr("not known") : tr("none");
    QStringList routes;
    for (const PublishWay &way : path.ways) {
        const QString label = routeLabel(way.route);
        if (!routes.contains(label))
            routes << label;
    }
    return routes.join(QStringLiteral(" · ")); // UTF-8 source: not Latin-1
}

QString PublishingModel::detailsHtml(const PackagePublishPath &path)
{
    QString html
        = QStringLiteral("<h3>%1</h3><p><b>%2:</b> %3</p>")
              .arg(path.package.toHtmlEscaped(), verdictLabel(path.verdict).toHtmlEscaped(),
                   path.reason.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Ways to publish today").toHtmlEscaped());
    if (path.ways.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None known.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const PublishWay &way : path.ways) {
            QString item = routeLabel(way.route).toHtmlEscaped();
            if (!way.label.isEmpty())
                item += QStringLiteral(": ") + way.label.toHtmlEscaped();
            if (!way.usedIn.isEmpty())
                item += QStringLiteral("<br>")
                    + tr("used in %1").arg(way.usedIn.join(QLatin1String(", "))).toHtmlEscaped();
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b> ").arg(tr("Last release:").toHtmlEscaped());
    const LastRelease &last = path.last;
    if (last.version.isEmpty()) {
        html += tr("never published").toHtmlEscaped();
    } else {
        QString how;
        switch (last.source) {
        case LastReleaseSource::TrustedPublisher:
            how = tr("by trusted publishing");
            break;
        case LastReleaseSource::Staged:
            how = tr("staged, then approved");
            break;
        case LastReleaseSource::Token:
            how = tr("with a token");
            break;
        case LastReleaseSource::Unknown:
            how = tr("the way it came is not known");
            break;
        }
        QString line
            = tr("%1 on %2, %3")
                  .arg(last.version,
                       QLocale().toString(last.published.toLocalTime(), QLocale::ShortFormat), how);
        if (!last.publisher.isEmpty())
            line += QStringLiteral(" · ") + tr("published by %1").arg(last.publisher);
        line += QStringLiteral(" · ")
            + (last.attested ? tr("with provenance") : tr("no provenance"));
        html += line.toHtmlEscaped();
    }
    html += QStringLiteral("</p>");
    if (!path.unknowns.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Not known").toHtmlEscaped());
        for (const QString &unknown : path.unknowns)
            html += QStringLiteral("<li>%1</li>").arg(unknown.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

int PublishingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

int PublishingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublishingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackagePublishPath &path = m_paths.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(path, index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == VerdictColumn
            ? QVariant(path.reason)
            : QVariant();
    case RawValueRole:
        return rawValue(path, index.column());
    case VerdictRole:
        return int(path.verdict);
    case WayOutRole:
        return int(path.wayOut);
    case WayOutLabelRole:
        return wayOutLabel(path.wayOut);
    case PackageRole:
        return path.package;
    case AccountRole:
        return path.account;
    case DetailsRole:
        return detailsHtml(path);
    case SearchTextRole:
        return QStringList{path.package, path.account, pathSummary(path),
                           verdictLabel(path.verdict), path.reason}
            .join(u'\n')
            .toLower();
    default:
        return {};
    }
}

QVariant PublishingModel::displayValue(const PackagePublishPath &path, int column) const
{
    switch (column) {
    case PackageColumn:
        return path.package;
    case PathColumn:
        return pathSummary(path);
    case VerdictColumn:
        return verdictLabel(path.verdict);
    case ReasonColumn:
        return path.reason;
    default:
        return {};
    }
}

QVariant PublishingModel::rawValue(const PackagePublishPath &path, int column) const
{
    // Only the verdict sorts on something else than its text: its severity.
    if (column == VerdictColumn)
        return severityRank(path.verdict);
    return displayValue(path, column);
}

QVariant PublishingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PackageColumn:
        return tr("Package");
    case PathColumn:
        return tr("Publish path");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

QHash<int, QByteArray> PublishingModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(VerdictRole, "verdict");
    names.insert(WayOutRole, "wayOut");
    names.insert(WayOutLabelRole, "wayOutLabel");
    names.insert(PackageRole, "package");
    names.insert(AccountRole, "account");
    names.insert(DetailsRole, "details");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace td
