// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <QObject>

#include <functional>

namespace td {

class MainWindow;
class PracticeRegistry;

// Connects the first-run banner's "Try it with the practice registry" to the PracticeRegistry:
// the button says "Starting…" meanwhile; the signed-in practice account then goes to
// `signedIn` (the app shows it and lists its tokens) with a notice that it is not npm, and a
// failure is one error notice.
class PracticeOffer : public QObject
{
    Q_OBJECT
public:
    PracticeOffer(PracticeRegistry *registry, MainWindow *window,
                  std::function<void(const Account &)> signedIn, QObject *parent = nullptr);
};

} // namespace td
