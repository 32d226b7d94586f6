// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/PublisherIdentity.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace td::provenance {

// The publisher identity written into a Fulcio leaf certificate (DER): extensions
// 1.3.6.1.4.1.57264.1.8 onward as DER UTF8String, the deprecated .1–.6 (raw bytes) as fallback
// for certificates older than .8, and the SAN URI. The certificate's signature and chain are not
// checked here (BundleVerifier does that); only the bytes are read. Bounded: certificates over
// 64 KiB or values over 4 KiB are refused. nullopt with a translated *error for malformed input.
std::optional<PublisherIdentity> readCertificateIdentity(const QByteArray &leafDer, QString *error);

} // namespace td::provenance
