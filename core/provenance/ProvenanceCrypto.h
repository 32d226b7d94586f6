// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// The few OpenSSL operations the provenance checks share, behind Qt types so no header of the
// module exposes OpenSSL. Every function takes untrusted bytes and fails softly.
namespace td::provenance::crypto {

QByteArray sha256(QByteArrayView data);
QByteArray sha512(QByteArrayView data);

// Strict base64: standard alphabet, padding optional; with urlSafe also "-_" (DSSE allows both).
// Anything else (spaces, stray characters) is nullopt: signatures and hashes are never guessed.
std::optional<QByteArray> decodeBase64(QByteArrayView text, bool urlSafe = false);

enum class SignatureCheck { Valid, Invalid, BadKey };

// ECDSA (SHA-256 for P-256; SHA-384 or SHA-256 for P-384) or Ed25519 over message, with a public
// key in SubjectPublicKeyInfo DER. BadKey: the key does not parse or is of another kind.
SignatureCheck verifySignature(const QByteArray &spkiDer, QByteArrayView message,
                               const QByteArray &signature);

// The SubjectPublicKeyInfo of a certificate (DER in), empty when it does not parse.
QByteArray certificatePublicKey(const QByteArray &certificateDer);

// PEM (one block) to DER: a certificate or a public key; empty when the text is neither.
QByteArray pemCertificateToDer(const QByteArray &pem);
QByteArray pemPublicKeyToDer(const QByteArray &pem);

// True when der is exactly one well-formed X.509 certificate (no trailing bytes).
bool isCertificate(const QByteArray &der);

} // namespace td::provenance::crypto
