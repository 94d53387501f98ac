#pragma once

#include <QByteArray>
#include <QString>

namespace quita::server {

// Password hashing with argon2id (libsodium crypto_pwhash_str, interactive limits) and
// the opaque session tokens: 32 random bytes shown to the client once, stored only as
// their BLAKE2b-256 hash.
class Passwords
{
public:
    static bool initialize(); // sodium_init(); false if libsodium cannot start
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);

    static QString newToken();
    static QString tokenHash(const QString &token);
};

} // namespace quita::server
