// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

class QMessageBox;
class QWidget;

namespace td {

// Where the user documentation lives (Help → Documentation, the About box).
QUrl documentationUrl();

// Help → About: version, licence and the link to the documentation (opened, not exec'd).
QMessageBox *openAboutBox(QWidget *parent);

} // namespace td
