// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ci/RetiredClient.h"

#include <QCoreApplication>
#include <QObject>

namespace td {

namespace {
class ClientHolder : public QObject
{
public:
    ClientHolder(std::vector<std::unique_ptr<CiSecretClient>> clients, QObject *parent)
        : QObject(parent), m_clients(std::move(clients))
    { }

private:
    std::vector<std::unique_ptr<CiSecretClient>> m_clients;
};
} // namespace

void deleteClientsLater(std::vector<std::unique_ptr<CiSecretClient>> clients)
{
    if (clients.empty())
        return;
    (new ClientHolder(std::move(clients), QCoreApplication::instance()))->deleteLater();
}

} // namespace td
