// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include "sandbox/ci/CiRoutes.h"
#include "sandbox/routes/Routes.h"
#include "sandbox/state/Seed.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace td::sandbox {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent), m_server([this](const HttpRequest &r) { return handle(r); })
{
    QString ignored;
    m_ctx.state.load(QJsonObject{}, &ignored);
    addAccountRoutes(m_router, m_ctx);
    addTokenRoutes(m_router, m_ctx);
    addTrustRoutes(m_router, m_ctx);
    addOidcRoutes(m_router, m_ctx);
    addStageRoutes(m_router, m_ctx);
    addControlRoutes(m_router, m_ctx, m_faults);
    addWatchControlRoutes(m_router, m_ctx, m_counters);
    addPageRoutes(m_router, m_ctx);
    addPackageRoutes(m_router, m_ctx);
    addPackageWriteRoutes(m_router, m_ctx);
    addCiRoutes(m_router, m_ctx);
    addAttestationRoutes(m_router, m_ctx);
    addPublishRoutes(m_router, m_ctx); // last: "/:name" matches almost anything
    m_counters.reset(m_ctx.state.now());
}

Sandbox::~Sandbox() = default;

bool Sandbox::loadSeed(const QString &seed, QString *error)
{
    const auto object = td::sandbox::loadSeed(seed, error);
    return object && m_ctx.state.load(*object, error);
}

bool Sandbox::useStateFile(const QString &path, QString *error)
{
    m_statePath = path;
    if (QFileInfo::exists(path)) {
        if (!loadSeed(path, error))
            return false;
    }
    save();
    return true;
}

bool Sandbox::start(quint16 port)
{
    if (!m_server.listen(port))
        return false;
    m_ctx.baseUrl = baseUrl();
    return true;
}

QString Sandbox::errorString() const
{
    return m_server.errorString();
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port()));
}

void Sandbox::setRequestLogger(RequestLogger logger)
{
    m_server.setLogger(std::move(logger));
}

HttpResponse Sandbox::handle(const HttpRequest &request)
{
    if (m_ctx.baseUrl.isEmpty())
        m_ctx.baseUrl = QUrl(QStringLiteral("http://127.0.0.1/"));
    const bool control = request.path.startsWith(QLatin1String("/-/sandbox/"));
    Faults::Outcome fault;
    if (!control)
        fault = m_faults.apply(request, m_ctx.state.now());
    HttpResponse routed;
    QString route = QString::fromLatin1(request.method) + QLatin1String(" (fault)");
    if (fault.route) {
        routed = m_router.route(request, &route);
        if (route.isEmpty())
            route = QString::fromLatin1(request.method) + QLatin1String(" (no route)");
        if (request.method != "GET" && request.method != "HEAD")
            save();
    }
    HttpResponse answer = fault.shape(std::move(routed));
    if (!control)
        m_counters.record(request.method, route, answer);
    return answer;
}

void Sandbox::save()
{
    if (m_statePath.isEmpty())
        return;
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(m_ctx.state.toJson(false)).toJson(QJsonDocument::Indented));
    if (file.commit())
        QFile::setPermissions(m_statePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace td::sandbox
