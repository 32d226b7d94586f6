// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace td {

// The source texts are English with "(s)" where a count decides ("%n day(s)"), as Qt's numerus
// support expects. The English catalogue (translations/tokendesk_en.ts, numerus forms only,
// built into td_core) turns them into "1 day" and "2 days". Every program installs it before
// any other catalogue: a language without a catalogue then falls back to proper English, and the
// CLI, which stays in English like npm, never prints "day(s)". Returns false if the catalogue is
// missing from the build.
bool installEnglishPlurals();

} // namespace td
