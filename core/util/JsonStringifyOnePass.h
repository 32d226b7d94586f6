// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/util/JsonStringify.cpp: its fast path.
#pragma once

#include "core/util/JsonStringify.h"

#include <QByteArrayView>

#include <string>

namespace td::jsontext {

// appendStringified in a single pass that checks the text as it writes it, for values whose
// objects JavaScript keeps in the order written: no key that could be an array index, no repeated
// key, no escaped key, and `set` not already a member. False, with part of a value appended,
// where it gives up or the text is broken: the caller then cuts `out` back and decides by members.
bool appendStringifiedInOnePass(std::string &out, QByteArrayView value, int depth,
                                const StringMember *set);

} // namespace td::jsontext
