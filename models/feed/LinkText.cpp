#include "models/feed/LinkText.h"

#include <QRegularExpression>

namespace companion {

QString linkedText(const QString &plainText)
{
    // A URL ends before whitespace or a closing bracket/quote; trailing punctuation is
    // the sentence's, not the URL's.
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"'()\\[\\]]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype at = 0;
    auto it = url.globalMatch(plainText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString link = match.captured();
        qsizetype end = match.capturedEnd();
        while (!link.isEmpty() && QStringLiteral(".,;:!?").contains(link.back())) {
            link.chop(1);
            --end;
        }
        html += plainText.mid(at, match.capturedStart() - at).toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), link.toHtmlEscaped());
        at = end;
    }
    html += plainText.mid(at).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace companion
