// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchCommand.h"

#include "WatchOutput.h"
#include "WatchReadTokens.h"
#include "cli/ArgReader.h"
#include "cli/CliContext.h"
#include "core/account/AccountStore.h"
#include "core/registry/HttpExchange.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/watch/WatchJson.h"
#include "core/watch/WatchService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace td::cli {

using namespace td::watch;

namespace {

constexpr qint64 kMaxTrustRootBytes = 4 * 1024 * 1024;
constexpr int kUsageExit = 2;

// "@scope/name@1.2.3" → ("@scope/name", "1.2.3"); the scope's own '@' is not a separator.
std::pair<QString, QString> splitSpec(const QString &spec)
{
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {spec, {}};
    return {spec.left(at), spec.mid(at + 1)};
}

QString registryKey(const QUrl &registry)
{
    return registry.adjusted(QUrl::StripTrailingSlash).toString();
}

} // namespace

WatchCommand::WatchCommand(QObject *parent) : Command(parent) { }

WatchCommand::~WatchCommand()
{
    m_service.reset(); // before the network access manager it uses
}

QString WatchCommand::summary()
{
    return tr("watch your packages' publishes and alarm on the ones your release path did not "
              "make");
}

void WatchCommand::usageError(CliContext &context, const QString &line)
{
    context.fail(line, QStringLiteral("EUSAGE"));
    Q_EMIT finished(kUsageExit);
}

bool WatchCommand::makeService(CliContext &context, const QByteArray &trustRoot,
                               int intervalMinutes)
{
    AccountStore store;
    if (const auto loaded = store.load(); !loaded) {
        context.fail(loaded.error());
        Q_EMIT finished(kUsageExit);
        return false;
    }
    QList<Account> accounts;
    for (const Account &account : store.accounts())
        if (!context.registryGiven
            || registryKey(account.registry) == registryKey(context.registry))
            accounts.append(account);
    WatchServiceSettings settings;
    settings.trustRootJson = trustRoot;
    settings.interval = std::chrono::minutes(intervalMinutes);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk"));
    m_service = std::make_unique<WatchService>(m_nam.get(), m_clock, m_secrets.get(), settings);
    m_service->setTransportOptions(withTimeoutSeconds({}, context.timeoutSeconds));
    m_service->setAccounts(accounts);
    // Private packages are read with a stored read-capable token of their account (the rule is
    // readTokenKeyFor's); without one they are listed as unwatched, with the reason.
    for (const Account &account : std::as_const(accounts))
        if (const QString key = readTokenKeyFromCache(account, *m_secrets, m_clock.now());
            !key.isEmpty())
            m_service->setReadTokenKey(account.registry, account.id, key);
    return true;
}

void WatchCommand::run(const QStringList &arguments, CliContext &context)
{
    if (arguments.value(0) == QLatin1String("ack"))
        return acknowledge(arguments.mid(1), context);
    if (arguments.value(0) == QLatin1String("expect"))
        return expect(arguments.mid(1), context);
    if (arguments.value(0) == QLatin1String("exclude")
        || arguments.value(0) == QLatin1String("include"))
        return setExcluded(arguments.mid(1), arguments.value(0) == QLatin1String("exclude"),
                           context);
    ArgReader reader(QStringLiteral("watch"),
                     {{QStringLiteral("--once")},
                      {QStringLiteral("--interval"), ArgReader::Value},
                      {QStringLiteral("--trust-root"), ArgReader::Value}});
    if (!reader.read(arguments))
        return usageError(context, reader.error());
    if (const QStringList extra = reader.positionals() + reader.afterDashes(); !extra.isEmpty())
        return usageError(
            context,
            tr("watch: unknown subcommand '%1' (ack, expect, exclude, include or none)")
                .arg(extra.constFirst()));
    int minutes = int(PackumentPoller::kDefaultInterval.count());
    if (const QString text = reader.value(QStringLiteral("--interval")); !text.isNull()) {
        bool ok = false;
        minutes = text.toInt(&ok);
        if (!ok || minutes < 5 || minutes > 1440)
            return usageError(context,
                              tr("--interval needs a number of minutes from 5 to 1440 "
                                 "(the registry caches packuments for 5 minutes)"));
    }
    QByteArray trustRoot;
    if (const QString file = reader.value(QStringLiteral("--trust-root")); !file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || in.size() > kMaxTrustRootBytes)
            return usageError(context,
                              tr("watch: cannot read the trust data %1 (a "
                                 "trusted_root.json file of at most 4 MiB)")
                                  .arg(file));
        trustRoot = in.read(kMaxTrustRootBytes);
    }
    if (!makeService(context, trustRoot, minutes))
        return;

    if (!reader.isSet(QStringLiteral("--once"))) {
        connect(m_service.get(), &WatchService::releasesChanged, this,
                [this, &context] { printNew(context); });
        connect(m_service.get(), &WatchService::problemsChanged, this, [this, &context] {
            context.err << "tokendesk-cli: " << m_service->problems().constLast() << Qt::endl;
        });
        connect(m_service.get(), &WatchService::targetsChanged, this, [this] {
            if (m_service->targetCount() > 0 || m_service->problems().isEmpty())
                return;
            m_service->stop();
            Q_EMIT finished(kUsageExit); // its problem is on stderr already
        });
        m_service->start();
        return; // runs until interrupted
    }

    connect(m_service.get(), &WatchService::passFinished, this, [this, &context] {
        const QStringList problems = m_service->problems();
        if (m_service->targetCount() == 0 && !problems.isEmpty()) {
            context.fail(problems.constFirst());
            return Q_EMIT finished(kUsageExit);
        }
        const QList<WatchRelease> releases = m_service->releases();
        const int open = int(m_service->openAlarms().size());
        if (context.json) {
            QJsonArray unwatched;
            const QList<UnwatchedPackage> missing = m_service->unwatched();
            for (const UnwatchedPackage &package : missing)
                unwatched.append(
                    QJsonObject{{QStringLiteral("package"), package.package},
                                {QStringLiteral("registry"), package.registry.toString()},
                                {QStringLiteral("reason"), package.reason}});
            const QJsonObject out{
                {QStringLiteral("packages"), m_service->targetCount()},
                {QStringLiteral("openAlarms"), open},
                {QStringLiteral("releases"), releasesToJson(releases)},
                {QStringLiteral("unwatched"), unwatched},
                {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
            context.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else {
            for (const QString &problem : problems)
                context.err << "tokendesk-cli: " << problem << '\n';
            const QList<UnwatchedPackage> missing = m_service->unwatched();
            for (const UnwatchedPackage &package : missing)
                context.err << "tokendesk-cli: " << package.package << ": " << package.reason
                            << '\n';
            for (const WatchRelease &release : releases)
                printWatchRelease(context.out, release);
            context.out << tr("%n package(s) watched", nullptr, m_service->targetCount()) << "; "
                        << tr("%n open alarm(s)", nullptr, open) << '\n';
        }
        context.out.flush();
        context.err.flush();
        Q_EMIT finished(open > 0 ? 1 : 0);
    });
    m_service->runOnce();
}

void WatchCommand::printNew(CliContext &context)
{
    const QList<WatchRelease> releases = m_service->releases();
    for (auto it = releases.crbegin(); it != releases.crend(); ++it) {
        if (m_printed.contains(it->key()))
            continue;
        m_printed.insert(it->key());
        if (context.json)
            context.out << QJsonDocument(releaseToJson(*it)).toJson(QJsonDocument::Compact);
        else
            printWatchRelease(context.out, *it);
    }
    context.out.flush();
}

void WatchCommand::acknowledge(const QStringList &arguments, CliContext &context)
{
    ArgReader reader(QStringLiteral("watch ack"), {});
    if (!reader.read(arguments))
        return usageError(context, reader.error());
    const QStringList positionals = reader.positionals() + reader.afterDashes();
    const auto [package, version] = splitSpec(positionals.value(0));
    if (positionals.size() != 1 || package.isEmpty() || version.isEmpty())
        return usageError(context,
                          tr("watch ack needs one version, for example: tokendesk-cli "
                             "watch ack @acme/ui@1.1.1"));
    if (!makeService(context, {}, int(PackumentPoller::kDefaultInterval.count())))
        return;
    m_service->load();
    const auto done = m_service->acknowledge(context.registryGiven ? context.registry : QUrl(),
                                             package, version, true);
    if (!done) {
        context.fail(done.error());
        return Q_EMIT finished(kUsageExit);
    }
    const int open = int(m_service->openAlarms().size());
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("acknowledged"),
                                                  QString(package + QLatin1Char('@') + version)},
                                                 {QStringLiteral("openAlarms"), open}})
                           .toJson(QJsonDocument::Indented);
    else
        context.out << tr("%1@%2: marked as yours; %n open alarm(s) left.", nullptr, open)
                           .arg(package, version)
                    << '\n';
    context.out.flush();
    Q_EMIT finished(open > 0 ? 1 : 0);
}

void WatchCommand::expect(const QStringList &arguments, CliContext &context)
{
    ArgReader reader(QStringLiteral("watch expect"), {{QStringLiteral("--for"), ArgReader::Value}});
    if (!reader.read(arguments))
        return usageError(context, reader.error());
    const QStringList positionals = reader.positionals() + reader.afterDashes();
    if (positionals.size() != 1)
        return usageError(context,
                          tr("watch expect needs one package, for example: "
                             "tokendesk-cli watch expect @acme/ui --for 60"));
    int minutes = 60;
    if (const QString text = reader.value(QStringLiteral("--for")); !text.isNull()) {
        bool ok = false;
        minutes = text.toInt(&ok);
        if (!ok || minutes < 1 || minutes > 24 * 60)
            return usageError(context, tr("--for needs a number of minutes from 1 to 1440"));
    }
    if (!makeService(context, {}, int(PackumentPoller::kDefaultInterval.count())))
        return;
    m_service->load();
    const QDateTime until = m_clock.now().addSecs(qint64(minutes) * 60);
    const auto done = m_service->expectManualPublish(
        context.registryGiven ? context.registry : QUrl(), positionals.constFirst(), until);
    if (!done) {
        context.fail(done.error());
        return Q_EMIT finished(kUsageExit);
    }
    context.out << tr("A manual publish of %1 until %2 will not raise an alarm.")
                       .arg(positionals.constFirst(), until.toString(Qt::ISODate))
                << '\n';
    context.out.flush();
    Q_EMIT finished(0);
}

void WatchCommand::setExcluded(const QStringList &arguments, bool excluded, CliContext &context)
{
    ArgReader reader(excluded ? QStringLiteral("watch exclude") : QStringLiteral("watch include"),
                     {});
    if (!reader.read(arguments))
        return usageError(context, reader.error());
    const QStringList positionals = reader.positionals() + reader.afterDashes();
    if (positionals.size() != 1)
        return usageError(context,
                          excluded ? tr("watch exclude needs one package, for example: "
                                        "tokendesk-cli watch exclude @acme/ui")
                                   : tr("watch include needs one package, for example: "
                                        "tokendesk-cli watch include @acme/ui"));
    if (!makeService(context, {}, int(PackumentPoller::kDefaultInterval.count())))
        return;
    m_service->load();
    const QString &package = positionals.constFirst();
    const auto done = m_service->setExcluded(context.registryGiven ? context.registry : QUrl(),
                                             package, excluded);
    if (!done) {
        context.fail(done.error());
        return Q_EMIT finished(kUsageExit);
    }
    context.out << (excluded ? tr("%1 is excluded from the watch: its releases are shown, never "
                                  "judged or alarmed.")
                             : tr("%1 is watched again."))
                       .arg(package)
                << '\n';
    context.out.flush();
    Q_EMIT finished(0);
}

} // namespace td::cli
