// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include "td/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

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
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("td::sandbox", "Seed: demo, watch, empty, or a JSON file."),
        QStringLiteral("FILE|demo"), QStringLiteral("demo"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QCoreApplication::translate("td::sandbox",
                                    "Keep state in this file across restarts (atomic writes)."),
        QStringLiteral("FILE"));
    const QCommandLineOption eraOption(
        QStringLiteral("era"),
        QCoreApplication::translate(
            "td::sandbox",
            "Rules to enforce: current, 2025-10 (classic tokens allowed), or 2027-01 (bypass-2FA "
            "tokens can no longer publish directly, only stage)."),
        QStringLiteral("2025-10|current|2027-01"), QStringLiteral("current"));
    parser.addOptions({portOption, seedOption, stateOption, eraOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << QCoreApplication::translate("td::sandbox", "tokendesk-sandbox: invalid --port")
            << Qt::endl;
        return 2;
    }
    const QMap<QString, td::sandbox::Era> eras{
        {QStringLiteral("current"), td::sandbox::Era::Current},
        {QStringLiteral("2025-10"), td::sandbox::Era::Oct2025},
        {QStringLiteral("2027-01"), td::sandbox::Era::Jan2027}};
    const auto era = eras.constFind(parser.value(eraOption));
    if (era == eras.constEnd()) {
        err << QCoreApplication::translate(
            "td::sandbox", "tokendesk-sandbox: --era must be current, 2025-10 or 2027-01")
            << Qt::endl;
        return 2;
    }

    td::sandbox::Sandbox sandbox;
    sandbox.setEra(*era);
    QString error;
    if (!sandbox.loadSeed(parser.value(seedOption), &error)
        || (parser.isSet(stateOption)
            && !sandbox.useStateFile(parser.value(stateOption), &error))) {
        err << "tokendesk-sandbox: " << error << Qt::endl;
        return 2;
    }

    QTextStream out(stdout);
    sandbox.setRequestLogger([&out](const td::sandbox::HttpRequest &r, int status, qint64 ms) {
        // Method, path (never the query or a header: they may hold a secret), status and time.
        // Logout and revoke may carry a full token in the path, so those parts are cut.
        QString path = r.path;
        for (const QLatin1String secretPath :
             {QLatin1String("/-/user/token/"), QLatin1String("/-/npm/v1/tokens/token/")})
            if (path.startsWith(secretPath))
                path = secretPath + QLatin1String("***");
        out << QString::fromLatin1(r.method) << ' ' << path << ' ' << status << ' ' << ms << "ms"
            << Qt::endl;
    });
    if (!sandbox.start(static_cast<quint16>(port))) {
        err << "tokendesk-sandbox: cannot listen: " << sandbox.errorString() << Qt::endl;
        return 1;
    }
    out << sandbox.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
