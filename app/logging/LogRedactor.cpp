#include "app/logging/LogRedactor.h"

#include <QRegularExpression>

namespace companion::logredactor {

QString redact(const QString &message)
{
    static const QList<std::pair<QRegularExpression, QString>> rules {
        // "Authorization: Bearer abc", "Bearer abc"
        { QRegularExpression(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                             QRegularExpression::CaseInsensitiveOption),
          QStringLiteral("\\1[redacted]") },
        // A JWT anywhere (three base64url parts, the first a JSON header).
        { QRegularExpression(QStringLiteral("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")),
          QStringLiteral("[redacted token]") },
        // token=…, access_token: "…", refresh_token=…, feed_token …
        { QRegularExpression(
              QStringLiteral("((?:access_|refresh_|feed_|join_)?token\"?\\s*[=:]\\s*\"?)[^\"&\\s,}]+"),
              QRegularExpression::CaseInsensitiveOption),
          QStringLiteral("\\1[redacted]") },
        // Calendar feed URLs: /calendar/<secret>.ics
        { QRegularExpression(QStringLiteral("(/calendar/)[A-Za-z0-9_-]+(\\.ics)")),
          QStringLiteral("\\1[redacted]\\2") },
    };
    QString text = message;
    for (const auto &[pattern, replacement] : rules)
        text.replace(pattern, replacement);
    return text;
}

} // namespace companion::logredactor
