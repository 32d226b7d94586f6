// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnoseCommand.h"

#include "CliContext.h"
#include "diagnose/CiLogDiagnoser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {
constexpr qint64 kMaxLogBytes = 32 * 1024 * 1024; // CI logs are big, but not that big
}

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
    QByteArray bytes;
    if (arguments.first() == u"-") {
        bytes = context.inDevice ? context.inDevice->read(kMaxLogBytes) : QByteArray();
    } else {
        QFile file(arguments.first());
        if (!file.open(QIODevice::ReadOnly)) {
            context.fail(tr("cannot read %1: %2").arg(arguments.first(), file.errorString()));
            return Q_EMIT finished(1);
        }
        bytes = file.read(kMaxLogBytes);
    }
    const Diagnosis diagnosis = CiLogDiagnoser::diagnose(QString::fromUtf8(bytes));

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
