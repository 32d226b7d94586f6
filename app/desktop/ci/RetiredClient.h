// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <memory>
#include <vector>

namespace td {

// Deletes clients on the next turn of the event loop: a client may be inside its own callback
// when its owner lets it go. They are held by an object owned by the application, so they are
// freed at exit even if no event loop turns again (a test that ends right away).
void deleteClientsLater(std::vector<std::unique_ptr<CiSecretClient>> clients);

} // namespace td
