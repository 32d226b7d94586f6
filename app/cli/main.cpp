// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "EndAtOnce.h"

#include "core/util/EnglishPlurals.h"
#include "core/util/Logging.h"
#include "td/Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char *argv[])
{
    td::installRedactingMessageHandler();
    // A command's only words on stderr are its one failure line (design §7); diagnostics appear
    // only when asked for with QT_LOGGING_RULES, which takes precedence over this default.
    QLoggingCategory::setFilterRules(QStringLiteral("td.*=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(td::kVersion));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokendesk.github.io"));
    // English only, like npm, so the output stays scriptable; but "1 token", never "token(s)".
    td::installEnglishPlurals();

    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);

    td::cli::Cli cli(QCoreApplication::arguments(), &in, &out, &err);
    QObject::connect(&cli, &td::cli::Cli::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &cli, &td::cli::Cli::start);
    const int exitCode = QCoreApplication::exec();
    if (cli.commandLeftNothingToTearDown() && td::cli::canEndAtOnce()) {
        out.flush();
        err.flush();
        td::cli::endAtOnce(exitCode);
    }
    return exitCode;
}
