// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustCommand.h"

#include "CliContext.h"
#include "LoginSupport.h"
#include "trust/RegistryTrustBridge.h"
#include "trust/RepoInspector.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace td::cli {

namespace {

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

QString describe(const TrustedPublisher &c)
{
    QStringList parts{trustProviderName(c.type)};
    switch (c.type) {
    case TrustProvider::GitHub:
        parts << c.repository << c.workflowFile;
        break;
    case TrustProvider::GitLab:
        parts << c.projectPath << c.ciConfigFile;
        break;
    case TrustProvider::CircleCi:
        parts << c.vcsOrigin << c.pipelineDefinitionId;
        break;
    }
    if (!c.environment.isEmpty())
        parts << QStringLiteral("env=") + c.environment;
    QStringList actions;
    if (c.actions.testFlag(TrustAction::Publish))
        actions << QStringLiteral("publish");
    if (c.actions.testFlag(TrustAction::StagePublish))
        actions << QStringLiteral("stage-publish");
    parts << actions.join(QLatin1Char('+'));
    if (!c.id.isEmpty())
        parts << QStringLiteral("id=") + c.id;
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString TrustCommand::summary()
{
    return tr("trusted publishing: list, github, gitlab, circleci, revoke (npm trust's flags, "
              "plus --all) and check <folder>");
}

void TrustCommand::done(int code)
{
    m_context->out.flush();
    Q_EMIT finished(code);
}

void TrustCommand::run(const QStringList &arguments, CliContext &context)
{
    m_context = &context;
    m_parser.addOptions(
        {opt(QStringLiteral("file"), tr("workflow / CI file name"), QStringLiteral("name")),
         opt(QStringLiteral("repo"), tr("GitHub owner/repository"), QStringLiteral("owner/repo")),
         opt(QStringLiteral("project"), tr("GitLab project path"), QStringLiteral("path")),
         opt(QStringLiteral("env"), tr("environment name"), QStringLiteral("name")),
         opt(QStringLiteral("allow-publish"), tr("allow publishing")),
         QCommandLineOption(
             {QStringLiteral("allow-stage-publish"), QStringLiteral("allow-staged-publish")},
             tr("allow staged publishing")),
         opt(QStringLiteral("org-id"), tr("CircleCI organisation id"), QStringLiteral("uuid")),
         opt(QStringLiteral("project-id"), tr("CircleCI project id"), QStringLiteral("uuid")),
         opt(QStringLiteral("pipeline-definition-id"), tr("CircleCI pipeline definition id"),
             QStringLiteral("uuid")),
         opt(QStringLiteral("vcs-origin"), tr("CircleCI VCS origin"), QStringLiteral("origin")),
         opt(QStringLiteral("context-id"), tr("CircleCI context id (repeatable)"),
             QStringLiteral("uuid")),
         opt(QStringLiteral("id"), tr("configuration id (revoke)"), QStringLiteral("id")),
         opt(QStringLiteral("otp"), tr("one-time password"), QStringLiteral("code")),
         opt(QStringLiteral("all"), tr("every publishable package of the repository folder")),
         opt(QStringLiteral("yes"), tr("do not ask")),
         opt(QStringLiteral("dry-run"), tr("show what would be done"))});
    static const QStringList subs{QStringLiteral("list"),   QStringLiteral("github"),
                                  QStringLiteral("gitlab"), QStringLiteral("circleci"),
                                  QStringLiteral("revoke"), QStringLiteral("check")};
    if (arguments.isEmpty() || !subs.contains(arguments.first())) {
        context.fail(tr("trust needs a subcommand: %1").arg(subs.join(QStringLiteral(", "))));
        return done(1);
    }
    if (!m_parser.parse(QStringList{QStringLiteral("trust")} + arguments.mid(1))) {
        context.fail(m_parser.errorText());
        return done(1);
    }
    const QString sub = arguments.first();
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1) {
        context.fail(tr("trust %1 takes at most one package or folder").arg(sub));
        return done(1);
    }
    if (sub == u"check")
        return check(positional.value(0, QDir::currentPath()));
    auto selection = select(positional.value(0));
    if (!selection) {
        context.fail(selection.error());
        return done(1);
    }
    if (sub == u"list")
        return list(selection.value());
    if (sub == u"revoke")
        return revoke(selection.value());
    auto config = configFor(sub, selection.value());
    if (!config) {
        context.fail(config.error());
        return done(1);
    }
    QList<TrustTarget> targets;
    for (const QString &name : selection.value().packages)
        targets << TrustTarget{name, config.value(), {}};
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        for (const TrustTarget &t : targets)
            context.out << tr("would configure %1: %2").arg(t.packageName, describe(t.config))
                        << '\n';
        return done(0);
    }
    create(targets);
}

Result<TrustCommand::Selection> TrustCommand::select(const QString &positional) const
{
    Selection selection;
    const bool all = m_parser.isSet(QStringLiteral("all"));
    if (!all && !positional.isEmpty()) {
        selection.packages << positional;
        return selection;
    }
    selection.folder = all && !positional.isEmpty() ? positional : QDir::currentPath();
    auto facts = RepoInspector::inspect(selection.folder);
    if (!facts)
        return facts.error();
    selection.remote = facts.value().primaryRemote();
    if (all) {
        for (const PackageInfo &p : facts.value().publishablePackages())
            selection.packages << p.name;
    } else if (facts.value().hasRootPackage && !facts.value().rootPackage.name.isEmpty()) {
        selection.packages << facts.value().rootPackage.name;
        if (const auto fromField = facts.value().rootPackage.repository.location())
            selection.remote = fromField; // npm defaults to package.json `repository`
    }
    if (selection.packages.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Package name must be specified either as an argument or in "
                            "package.json file"));
    return selection;
}

Result<TrustedPublisher> TrustCommand::configFor(const QString &provider,
                                                 const Selection &selection) const
{
    TrustedPublisher c;
    const auto value
        = [this](const char *name) { return m_parser.value(QString::fromLatin1(name)); };
    c.environment = value("env");
    c.actions = {};
    if (m_parser.isSet(QStringLiteral("allow-publish")))
        c.actions |= TrustAction::Publish;
    if (m_parser.isSet(QStringLiteral("allow-stage-publish")))
        c.actions |= TrustAction::StagePublish;
    if (!c.actions)
        c.actions = TrustAction::Publish; // as configs made before staged publishing
    const QString remotePath = selection.remote ? selection.remote->path() : QString();
    if (provider == u"circleci") {
        c.type = TrustProvider::CircleCi;
        c.orgId = value("org-id");
        c.projectId = value("project-id");
        c.pipelineDefinitionId = value("pipeline-definition-id");
        c.vcsOrigin = value("vcs-origin");
        c.contextIds = m_parser.values(QStringLiteral("context-id"));
        if (c.orgId.isEmpty() || c.projectId.isEmpty() || c.pipelineDefinitionId.isEmpty()
            || c.vcsOrigin.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("circleci needs --org-id, --project-id, --pipeline-definition-id "
                                "and --vcs-origin"));
        return c;
    }
    const QString file = value("file");
    if (const QString problem = TrustPlanner::workflowFileProblem(file); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (provider == u"github") {
        c.type = TrustProvider::GitHub;
        c.workflowFile = file;
        c.repository = m_parser.isSet(QStringLiteral("repo")) ? value("repo") : remotePath;
        if (c.repository.count(QLatin1Char('/')) != 1)
            return makeError(ErrorCode::InvalidInput,
                             tr("GitHub repository must be specified in the format "
                                "owner/repository"));
    } else {
        c.type = TrustProvider::GitLab;
        c.ciConfigFile = file;
        c.projectPath = m_parser.isSet(QStringLiteral("project")) ? value("project") : remotePath;
        if (c.projectPath.count(QLatin1Char('/')) < 1)
            return makeError(ErrorCode::InvalidInput,
                             tr("GitLab project must be specified as group/project"));
    }
    return c;
}

void TrustCommand::withService(std::function<void(RegistryClient *, TrustService *)> work)
{
    m_services = new LoginServices(*m_context, this);
    if (m_parser.isSet(QStringLiteral("otp")))
        m_services->prompt().setPresetCode(
            SecretBuffer::fromString(m_parser.value(QStringLiteral("otp"))));
    m_services->withSignedInClient(
        [this, work](Result<void> ok, const Account &account, RegistryClient *client) {
            if (!ok) {
                m_services->reportFailure(account, ok.error());
                return done(1);
            }
            auto *service = new TrustService(*client, this);
            service->setTwoFactorPrompt(&m_services->prompt());
            work(client, service);
        });
}

void TrustCommand::list(const Selection &selection)
{
    withService([this, selection](RegistryClient *, TrustService *service) {
        service->readRegistryState(
            selection.packages, [this, selection](QHash<QString, PackageRegistryState> states) {
                for (const QString &name : selection.packages) {
                    const PackageRegistryState state = states.value(name);
                    if (!state.exists)
                        m_context->out << tr("%1: not on the registry").arg(name) << '\n';
                    else if (state.configs.isEmpty())
                        m_context->out << tr("%1: no trusted publisher").arg(name) << '\n';
                    for (const TrustedPublisher &c : state.configs)
                        m_context->out << name << ": " << describe(c) << '\n';
                }
                done(0);
            });
    });
}

void TrustCommand::create(const QList<TrustTarget> &targets)
{
    withService([this, targets](RegistryClient *, TrustService *service) {
        connect(service, &TrustService::stageChanged, this,
                [this](int, const QString &name, TrustStage stage, const QString &detail) {
                    if (stage == TrustStage::Verified || stage == TrustStage::Mismatch
                        || stage == TrustStage::Failed || stage == TrustStage::WaitingOnRateLimit)
                        m_context->out
                            << name << ": " << trustStageText(stage)
                            << (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail)
                            << Qt::endl;
                });
        connect(service, &TrustService::finished, this, [this](const QList<TrustOutcome> &all) {
            int bad = 0;
            for (const TrustOutcome &o : all)
                bad += o.stage == TrustStage::Verified ? 0 : 1;
            if (bad > 0) {
                m_context->fail(tr("%n package(s) not configured", nullptr, bad));
                return done(1);
            }
            done(0);
        });
        service->apply(targets);
    });
}

void TrustCommand::revoke(const Selection &selection)
{
    const QString id = m_parser.value(QStringLiteral("id"));
    if (id.isEmpty() || selection.packages.size() != 1) {
        m_context->fail(tr("revoke needs one package and --id <id> (see trust list)"));
        return done(1);
    }
    withService([this, id, selection](RegistryClient *client, TrustService *) {
        const QString name = selection.packages.first();
        client->deleteTrust(name, id, this, [this, name, id](Result<void> r) {
            if (!r) {
                m_context->fail(r.error());
                return done(1);
            }
            m_context->out << tr("%1: trusted publisher %2 removed").arg(name, id) << '\n';
            done(0);
        });
    });
}

} // namespace td::cli
