#include "server/api/IdempotencyStore.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace companion::server {

namespace {
// Response headers worth replaying (the body alone would lose the new ETag).
const QByteArray kReplayedHeaders[] = { "ETag", "Location" };
} // namespace

IdempotencyStore::IdempotencyStore(Database &db)
    : m_db(db)
{ }

QString IdempotencyStore::requestHash(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUtf8());
    hash.addData("\n");
    hash.addData(request.path.toUtf8());
    hash.addData("\n");
    // The precondition is part of the request: a corrected If-Match is another request, not a
    // retry that should get the first one's 412 again. (Only when sent, so the fingerprints of
    // requests without one stay what they were.)
    if (const QByteArray ifMatch = request.header("if-match"); !ifMatch.isEmpty()) {
        hash.addData("if-match: ");
        hash.addData(ifMatch.trimmed());
        hash.addData("\n");
    }
    // Canonical JSON, so whitespace or key order differences count as the same body.
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    hash.addData(document.isNull() ? request.body : document.toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<HttpResponse> IdempotencyStore::replay(const HttpRequest &request)
{
    const QByteArray key = request.header("idempotency-key");
    if (key.isEmpty())
        return std::nullopt;
    if (key.size() > 255)
        return HttpResponse::error(
            400, QStringLiteral("validation_failed"), QStringLiteral("Idempotency-Key is too long."),
            { { QStringLiteral("Idempotency-Key"), QStringLiteral("At most 255 characters.") } });
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT request_hash, response_status, response_body, response_headers FROM "
                           "idempotency_keys WHERE user_id = ? AND key = ?"),
            { request.userId, QString::fromUtf8(key) })
        || !q.next())
        return std::nullopt;
    if (q.value(0).toString() != requestHash(request)) {
        return HttpResponse::error(
            409, QStringLiteral("idempotency_key_reused"),
            QStringLiteral("This Idempotency-Key was already used for a different request."));
    }
    HttpResponse response;
    response.status = q.value(1).toInt();
    response.body = q.value(2).toString().toUtf8();
    if (response.body.isEmpty())
        response.contentType.clear();
    const QJsonArray headers = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        response.withHeader(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1());
    }
    response.withHeader("Idempotent-Replayed", "true");
    return response;
}

void IdempotencyStore::remember(const HttpRequest &request, const HttpResponse &response)
{
    const QByteArray key = request.header("idempotency-key");
    if (key.isEmpty() || response.status >= 500)
        return;
    QJsonArray headers;
    for (const QByteArray &name : kReplayedHeaders) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            headers.append(QJsonArray { QString::fromLatin1(name), QString::fromLatin1(value) });
    }
    QSqlQuery q = m_db.query();
    m_db.exec(
        q,
        QStringLiteral("INSERT OR IGNORE INTO idempotency_keys (user_id, key, request_hash, response_status, "
                       "response_body, response_headers, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { request.userId, QString::fromUtf8(key), requestHash(request), response.status,
          QString::fromUtf8(response.body),
          QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)), nowRfc3339() });
}

} // namespace companion::server
