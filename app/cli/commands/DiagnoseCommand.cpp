// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnoseCommand.h"

#include "cli/CliContext.h"
#include "core/diagnose/CiLogDiagnoser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

QString DiagnoseCommand::summary()
{
    return tr("explain a failed CI publish log: likely causes and fixes (diagnose <file|->)");
}

void DiagnoseCommand::run(const QStringList &arguments, CliContext &context)
{
    if (arguments.size() != 1) {
        context.fail(tr("diagnose takes one argument: a log file, or - to read standard input"));
        return Q_EMIT finished(1);
    }
    // The whole log, streamed: the error that failed a publish is usually near its end.
    Result<Diagnosis> read = arguments.first() == u"-"
        ? (context.inDevice ? CiLogDiagnoser::diagnose(*context.inDevice)
                            : Result<Diagnosis>(CiLogDiagnoser::diagnose(QString())))
        : CiLogDiagnoser::diagnoseFile(arguments.first());
    if (!read) {
        context.fail(read.error().oneLine());
        return Q_EMIT finished(1);
    }
    const Diagnosis &diagnosis = read.value();

    if (context.json) {
        QJsonArray causes;
        for (const DiagnosisCause &c : diagnosis.causes)
            causes.append(
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("row"), c.tableRow},
                            {QStringLiteral("failure"), c.isFailure},
                            {QStringLiteral("title"), c.title},
                            {QStringLiteral("explanation"), c.explanation},
                            {QStringLiteral("fixes"), QJsonArray::fromStringList(c.fixes)},
                            {QStringLiteral("evidence"), QJsonArray::fromStringList(c.evidence)},
                            {QStringLiteral("line"), c.firstLine}});
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("summary"), diagnosis.summary()},
                                                 {QStringLiteral("causes"), causes}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return Q_EMIT finished(0);
    }
    context.out << diagnosis.summary() << '\n';
    int rank = 0;
    for (const DiagnosisCause &c : diagnosis.causes) {
        context.out << '\n' << ++rank << ". " << c.title;
        if (c.firstLine > 0)
            context.out << ' ' << tr("(log line %1)").arg(c.firstLine);
        context.out << '\n' << "   " << c.explanation << '\n';
        for (const QString &line : c.evidence)
            context.out << "   > " << line << '\n';
        for (const QString &fix : c.fixes)
            context.out << "   - " << fix << '\n';
    }
    context.out.flush();
    Q_EMIT finished(0);
}

} // namespace td::cli
