// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class QIODevice;

namespace td::cli {

// `token list --json` and `--parseable` as npm 11 prints them (lib/commands/token.js), so a
// script written for `npm token list` reads tokendesk-cli's output unchanged: the registry's own
// token objects, each with npm's short `id` added; or a tab-separated header and one line per
// token. `ids` maps each key to its short id (TokenListCommand::shortIds).
namespace tokenlist {

// A JSON array of the registry's objects, each plus "id", in the bytes npm writes
// (JSON.stringify(tokens, null, 2)): the registry's member order, two-space indentation.
// npm 11 differs in one way: its log redaction also blanks every UUID, so it prints each
// registry key (which `token revoke` takes) as "***"; TokenDesk prints the key.
QByteArray npmJson(const TokenPage &page, const QHash<QString, QString> &ids);
// The same bytes written to `device` in pieces of 64 KiB as they are made, without holding the
// whole text.
void writeNpmJson(QIODevice &device, const TokenPage &page, const QHash<QString, QString> &ids);

// "key\ttoken\tid\tname\tcreated\treadonly\tCIDR whitelist", then one line per token; a field
// the registry left out (or sent as null) is empty, as JavaScript's Array.join makes it.
QByteArray npmParseable(const TokenPage &page, const QHash<QString, QString> &ids);

} // namespace tokenlist
} // namespace td::cli
