// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stage/ReleaseDiffHtml.h"

#include <QCoreApplication>
#include <QLocale>

namespace td {

namespace {

// The translation context of the diff pane's texts.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(td::ReleaseDiffHtml)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bytes(qint64 size)
{
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat);
}

QString span(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html);
}

QString sizeRow(const QString &what, qint64 before, qint64 after, bool hasBefore)
{
    const QString value
        = hasBefore ? Texts::tr("%1 (was %2)").arg(bytes(after), bytes(before)) : bytes(after);
    return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(what), esc(value));
}

QString manifestRow(const ManifestChange &change, const DiffColours &c)
{
    const QString name
        = change.key.isEmpty() ? change.section : change.section + QLatin1Char('.') + change.key;
    QString what;
    if (change.before.isEmpty())
        what = Texts::tr("added: %1").arg(change.after);
    else if (change.after.isEmpty())
        what = Texts::tr("removed (was %1)").arg(change.before);
    else
        what = Texts::tr("%1 → %2").arg(change.before, change.after);
    QString row = QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td>")
                      .arg(esc(name), esc(what));
    if (change.installScript)
        return QStringLiteral("<tr style=\"background:%1;color:%2\"><td><b>%3</b></td>"
                              "<td><code>%4</code> — <b>%5</b></td></tr>")
            .arg(c.alertBase.name(), c.alertText.name(), esc(name), esc(what),
                 esc(Texts::tr("install script: runs on npm install")));
    return row + QStringLiteral("</tr>");
}

QString fileRow(const FileChange &file, const DiffColours &c)
{
    switch (file.kind) {
    case FileChange::Kind::Added:
        return QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td></tr>")
            .arg(span(c.added, esc(Texts::tr("added"))), esc(file.path), esc(bytes(file.newSize)));
    case FileChange::Kind::Removed:
        return QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td></tr>")
            .arg(span(c.removed, esc(Texts::tr("removed"))), esc(file.path),
                 esc(bytes(file.oldSize)));
    case FileChange::Kind::Changed:
        break;
    }
    QString size = Texts::tr("%1 → %2").arg(bytes(file.oldSize), bytes(file.newSize));
    if (file.modeChanged)
        size += QLatin1Char(' ') + Texts::tr("(file mode changed)");
    return QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td></tr>")
        .arg(esc(Texts::tr("changed")), esc(file.path), esc(size));
}

QString textDiffHtml(const FileChange &file, const DiffColours &c)
{
    QString html = QStringLiteral("<h4><code>%1</code></h4>").arg(esc(file.path));
    if (file.binary)
        return html
            + QStringLiteral("<p>%1</p>")
                  .arg(esc(Texts::tr("Binary or large file: no text diff.")));
    if (file.diffTooLarge)
        return html
            + QStringLiteral("<p>%1</p>").arg(esc(Texts::tr("Too many lines for a text diff.")));
    if (file.textDiff.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Texts::tr("No text changes.")));
    html += QStringLiteral("<pre>");
    for (const QString &line : file.textDiff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---"))
            || line.startsWith(QLatin1String("@@")))
            html += span(c.dim, esc(line));
        else if (line.startsWith(QLatin1Char('+')))
            html += span(c.added, esc(line));
        else if (line.startsWith(QLatin1Char('-')))
            html += span(c.removed, esc(line));
        else
            html += esc(line);
        html += QLatin1Char('\n');
    }
    return html + QStringLiteral("</pre>");
}

} // namespace

QString releaseDiffHtml(const ReleaseDiff &diff, const DiffColours &colours)
{
    const bool hasOld = !diff.oldVersion.isEmpty();
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(esc(hasOld ? Texts::tr("%1 %2 → %3")
                                    .arg(diff.packageName, diff.oldVersion, diff.newVersion)
                              : Texts::tr("%1 %2: no earlier release to compare with")
                                    .arg(diff.packageName, diff.newVersion)));

    for (const QString &warning : diff.warnings)
        html += QStringLiteral("<p style=\"background:%1;color:%2\"><b>%3</b> %4</p>")
                    .arg(colours.alertBase.name(), colours.alertText.name(),
                         esc(Texts::tr("Look closely:")), esc(warning));

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += sizeRow(Texts::tr("Packed size"), diff.oldPackedSize, diff.newPackedSize, hasOld);
    html += sizeRow(Texts::tr("Unpacked size"), diff.oldUnpackedSize, diff.newUnpackedSize, hasOld);
    html
        += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
               .arg(esc(Texts::tr("Files")),
                    esc(hasOld
                            ? Texts::tr("%1 (was %2)").arg(diff.newFileCount).arg(diff.oldFileCount)
                            : QString::number(diff.newFileCount)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(esc(Texts::tr("package.json")));
    if (diff.manifest.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        Texts::tr("No changes to scripts, dependencies, bin, exports or main.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const ManifestChange &change : diff.manifest)
            html += manifestRow(change, colours);
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>")
                .arg(esc(Texts::tr("%n file(s) differ", nullptr, int(diff.files.size()))));
    if (!diff.files.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const FileChange &file : diff.files)
            html += fileRow(file, colours);
        html += QStringLiteral("</table>");
    }
    for (const FileChange &file : diff.files)
        html += textDiffHtml(file, colours);
    return html;
}

} // namespace td
