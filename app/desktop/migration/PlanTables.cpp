// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/migration/PlanTables.h"
#include "core/migration/MigrationOutcome.h"

#include "core/migration/ReferenceRewriter.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QTableWidget>

namespace td {

namespace {

QString statusText(const TokenMatch &match)
{
    switch (match.outcome) {
    case MatchOutcome::MatchesToken:
        return match.verifiedLive ? QCoreApplication::translate("td::MigrationDialog", "works")
                                  : QCoreApplication::translate("td::MigrationDialog", "listed");
    case MatchOutcome::AliveUnlisted:
        return QCoreApplication::translate("td::MigrationDialog", "works (not listed)");
    case MatchOutcome::Dead:
        return QCoreApplication::translate("td::MigrationDialog", "dead");
    case MatchOutcome::UnknownRegistry:
        return QCoreApplication::translate("td::MigrationDialog", "other registry");
    case MatchOutcome::NotCheckable:
        break;
    }
    return QCoreApplication::translate("td::MigrationDialog", "not checkable");
}

QTableWidget *makeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    return table;
}
} // namespace

QTableWidget *makeScanTable(QWidget *parent)
{
    return makeTable(parent, "scanTable",
                     {QCoreApplication::translate("td::MigrationDialog", "Kind"),
                      QCoreApplication::translate("td::MigrationDialog", "Status"),
                      QCoreApplication::translate("td::MigrationDialog", "Match"),
                      QCoreApplication::translate("td::MigrationDialog", "Where")});
}

void fillScanTable(QTableWidget *table, const QList<TokenUse> &uses)
{
    table->setRowCount(int(uses.size()));
    for (int i = 0; i < uses.size(); ++i) {
        const TokenUse &use = uses.at(i);
        const QString match = use.match.token ? QStringLiteral("%1 (%2)").arg(
                                  use.match.token->name, tokenKindLabel(use.match.token->kind))
                                              : use.match.reason;
        // "Where" is the long one: last, where the table stretches it.
        const QStringList cells{credentialFormLabel(use.finding.form), statusText(use.match), match,
                                use.finding.location()};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
}

QTableWidget *makePlanTable(QWidget *parent)
{
    return makeTable(parent, "planTable",
                     {QCoreApplication::translate("td::MigrationDialog", "Token"),
                      QCoreApplication::translate("td::MigrationDialog", "Action"),
                      QCoreApplication::translate("td::MigrationDialog", "Used in"),
                      QCoreApplication::translate("td::MigrationDialog", "Notes")});
}

void fillPlanTable(QTableWidget *table, const QList<PlanRow> &rows,
                   std::function<void(int row, PlanAction action)> chosen)
{
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const PlanRow &row = rows.at(i);
        QString token = row.identity.redacted;
        if (row.oldToken && !row.oldToken->name.isEmpty())
            token = QStringLiteral("%1 (%2)").arg(row.oldToken->name,
                                                  tokenKindLabel(row.oldToken->kind));
        else if (row.oldToken)
            token = QStringLiteral("%1 %2").arg(tokenKindLabel(row.oldToken->kind), token);
        QStringList places;
        for (const CredentialFinding &ref : row.references)
            places.append(ref.location());
        for (const CiSecretTarget &target : row.ciTargets)
            //: a CI secret TokenDesk will update itself during the rotation
            places.append(
                QCoreApplication::translate("td::MigrationDialog", "%1 (TokenDesk updates it)")
                    .arg(target.label()));
        table->setItem(i, 0, new QTableWidgetItem(token));
        table->setItem(i, 2, new QTableWidgetItem(places.join(QLatin1Char('\n'))));
        table->setItem(i, 3,
                       new QTableWidgetItem((row.warnings + row.notes).join(QLatin1Char('\n'))));
        auto *combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("choice%1").arg(i));
        for (PlanAction action : row.choices)
            combo->addItem(planActionLabel(action), planActionId(action));
        combo->setCurrentIndex(int(row.choices.indexOf(row.action)));
        const QList<PlanAction> choices = row.choices;
        QObject::connect(combo, &QComboBox::currentIndexChanged, table,
                         [chosen, choices, i](int index) {
                             if (index >= 0 && index < choices.size())
                                 chosen(i, choices.at(index));
                         });
        table->setCellWidget(i, 1, combo);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
}

QString migrationStageText(const QString &stage)
{
    static const QList<std::pair<const char *, const char *>> texts{
        {"pending", QT_TRANSLATE_NOOP("td::MigrationDialog", "waiting")},
        {"create:started", QT_TRANSLATE_NOOP("td::MigrationDialog", "creating the new token…")},
        {"create:done", QT_TRANSLATE_NOOP("td::MigrationDialog", "new token created")},
        {"store:started", QT_TRANSLATE_NOOP("td::MigrationDialog", "saving it in the keychain…")},
        {"store:done", QT_TRANSLATE_NOOP("td::MigrationDialog", "saved in the keychain")},
        {"rewrite:started", QT_TRANSLATE_NOOP("td::MigrationDialog", "updating .npmrc files…")},
        {"rewrite:done", QT_TRANSLATE_NOOP("td::MigrationDialog", ".npmrc files updated")},
        {"verify:started", QT_TRANSLATE_NOOP("td::MigrationDialog", "checking the new token…")},
        {"verify:done", QT_TRANSLATE_NOOP("td::MigrationDialog", "the new token works")},
        {"ci-push:started",
         QT_TRANSLATE_NOOP("td::MigrationDialog", "pushing the new token to CI…")},
        {"ci-pushed", QT_TRANSLATE_NOOP("td::MigrationDialog", "pushed to CI; verifying…")},
        {"ci-verified", QT_TRANSLATE_NOOP("td::MigrationDialog", "verified in CI")},
        {"grace",
         QT_TRANSLATE_NOOP(
             "td::MigrationDialog",
             "CI holds the new token; the old one is revoked after the grace period")},
        {"revoke:started", QT_TRANSLATE_NOOP("td::MigrationDialog", "revoking the old token…")},
        {"done", QT_TRANSLATE_NOOP("td::MigrationDialog", "done")},
        {"revoke-deferred",
         QT_TRANSLATE_NOOP("td::MigrationDialog",
                           "waiting for you: update the CI/environment uses, then confirm")},
        {"confirmed", QT_TRANSLATE_NOOP("td::MigrationDialog", "confirmed; revoking…")},
        {"revoke-failed",
         QT_TRANSLATE_NOOP("td::MigrationDialog",
                           "replaced, but the old token could not be revoked")},
        {"failed", QT_TRANSLATE_NOOP("td::MigrationDialog", "failed; nothing changed")},
        {"rolled-back", QT_TRANSLATE_NOOP("td::MigrationDialog", "rolled back")},
        {"skipped", QT_TRANSLATE_NOOP("td::MigrationDialog", "kept as is")},
    };
    for (const auto &[id, text] : texts) {
        if (stage == QLatin1String(id))
            return QCoreApplication::translate("td::MigrationDialog", text);
    }
    return stage;
}

QStringList ciProgressLines(const QJsonObject &journalRow)
{
    static const QList<std::pair<const char *, const char *>> states{
        {"pending", QT_TRANSLATE_NOOP("td::MigrationDialog", "waiting")},
        {"push-started", QT_TRANSLATE_NOOP("td::MigrationDialog", "pushing the new token…")},
        {"pushed", QT_TRANSLATE_NOOP("td::MigrationDialog", "pushed; verifying…")},
        {"verified", QT_TRANSLATE_NOOP("td::MigrationDialog", "verified: it holds the new token")},
        {"restored", QT_TRANSLATE_NOOP("td::MigrationDialog", "the old value is back")},
    };
    QStringList lines;
    const QJsonArray ciRows = journalRow.value(QStringLiteral("ci")).toArray();
    for (const QJsonValue &value : ciRows) {
        const QJsonObject entry = value.toObject();
        const auto target
            = CiSecretTarget::fromId(entry.value(QStringLiteral("target")).toString());
        const QString label
            = target ? target->label() : entry.value(QStringLiteral("label")).toString();
        const QString state = entry.value(QStringLiteral("state")).toString();
        QString text = state;
        for (const auto &[id, words] : states)
            if (state == QLatin1String(id))
                text = QCoreApplication::translate("td::MigrationDialog", words);
        //: "secret NPM_TOKEN in acme/widgets: verified: it holds the new token"
        lines.append(QCoreApplication::translate("td::MigrationDialog", "%1: %2").arg(label, text));
    }
    return lines;
}

QString summaryHtml(const MigrationJournal &journal, bool completed, const QString &error)
{
    QString html = completed
        ? QCoreApplication::translate("td::MigrationDialog", "<p><b>Migration finished.</b></p>")
        : QCoreApplication::translate(
              "td::MigrationDialog",
              "<p><b>The migration stopped:</b> %1<br>Open this dialog again "
              "to resume or roll back.</p>")
              .arg(error.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    QStringList backups;
    for (int i = 0; i < journal.rowCount(); ++i) {
        const QJsonObject row = journal.row(i);
        const QString detail = row.value(QStringLiteral("error")).toString();
        // A finished row names the token and says what happened ("ci-publish: replaced, 2
        // references rewritten, old token revoked"); others show their stage.
        QString line = migrationRowOutcome(row, journal.stage(i));
        if (line.isEmpty())
            line = QStringLiteral("%1: %2").arg(migrationRowTokenName(row),
                                                migrationStageText(journal.stage(i)));
        html
            += QStringLiteral("<li>%1%2</li>")
                   .arg(line.toHtmlEscaped(),
                        detail.isEmpty() ? QString()
                                         : QString(QStringLiteral(" — ") + detail.toHtmlEscaped()));
        const QStringList ci = ciProgressLines(row);
        if (!ci.isEmpty())
            html += QStringLiteral("<ul><li>%1</li></ul>")
                        .arg(ci.join(QLatin1Char('\n'))
                                 .toHtmlEscaped()
                                 .replace(QLatin1Char('\n'), QStringLiteral("</li><li>")));
        const QJsonArray files = row.value(QStringLiteral("files")).toArray();
        for (const QJsonValue &file : files) {
            const QString backup = file.toObject().value(QStringLiteral("backup")).toString();
            if (!backup.isEmpty() && QFileInfo::exists(backup))
                backups.append(
                    QStringLiteral("%1 → %2")
                        .arg(file.toObject().value(QStringLiteral("path")).toString(), backup)
                        .toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul>");
    QStringList modes;
    for (int i = 0; i < journal.rowCount(); ++i) {
        const QJsonArray files = journal.row(i).value(QStringLiteral("files")).toArray();
        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QString was = file.value(QStringLiteral("modeWas")).toString();
            if (!was.isEmpty())
                modes.append(modeTightenedNote(file.value(QStringLiteral("path")).toString(), was)
                                 .toHtmlEscaped());
        }
    }
    if (!modes.isEmpty())
        html += QStringLiteral("<p>") + modes.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    if (!backups.isEmpty())
        html += QCoreApplication::translate("td::MigrationDialog",
                                            "<p>Backups of the files as they were:</p>")
            + QStringLiteral("<ul><li>") + backups.join(QStringLiteral("</li><li>"))
            + QStringLiteral("</li></ul>");
    return html;
}

} // namespace td
