#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace companion::server {

// JSON Web Tokens signed with HS256 (HMAC-SHA256), the token format of PlugNmeet (LiveKit's
// scheme) and Stream, and base64url without padding, the encoding of their three parts.
// Only the shape and the signature are checked here; the claims (exp, nbf, iss, …) follow
// each service's own rules, so their checks stay with the caller.
class Jwt
{
public:
    static QByteArray base64Url(const QByteArray &bytes);
    // Strict: nullopt for anything outside the base64url alphabet.
    static std::optional<QByteArray> fromBase64Url(const QByteArray &text);

    // base64url({"alg":"HS256","typ":"JWT"}) . base64url(compact claims) . base64url(HMAC)
    static QByteArray sign(const QJsonObject &claims, const QByteArray &secret);

    enum class Check {
        Ok,
        Malformed, // not three base64url parts, or header/claims are not JSON objects
        BadSignature, // the header names another algorithm than HS256, or the HMAC differs
    };
    struct Verified
    {
        Check check = Check::Malformed;
        QJsonObject claims; // set when check is Ok
    };
    // A token claiming "none" or any algorithm but HS256 never verifies; the signature is
    // compared in constant time.
    static Verified verify(const QByteArray &token, const QByteArray &secret);
};

} // namespace companion::server
