#pragma once

#include <QString>

namespace companion::server {

// Salted PBKDF2-HMAC-SHA256, stored as "pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>".
class PasswordHasher
{
public:
    static constexpr int kIterations = 120000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    static QString hash(const QString &password, int iterations = kIterations);
    // Constant-time comparison of the derived key; false for malformed stored values.
    static bool verify(const QString &password, const QString &stored);
};

} // namespace companion::server
