// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include "td/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-sandbox"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(td::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "td::sandbox", "An npmjs-compatible registry on 127.0.0.1 for practice and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("td::sandbox", "TCP port (0 = any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "tokendesk-sandbox: invalid --port\n");
        return 2;
    }

    td::sandbox::Sandbox sandbox;
    QTextStream out(stdout);
    sandbox.setRequestLogger([&out](const td::sandbox::HttpRequest &r, int status, qint64 ms) {
        // Method, path (never the query: it may hold a secret), status and time.
        out << QString::fromLatin1(r.method) << ' ' << r.path << ' ' << status << ' ' << ms << "ms"
            << Qt::endl;
    });
    if (!sandbox.start(static_cast<quint16>(port))) {
        std::fprintf(stderr, "tokendesk-sandbox: cannot listen: %s\n",
                     qPrintable(sandbox.errorString()));
        return 1;
    }
    out << sandbox.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
