#pragma once

#include <QString>

namespace companion {

// A post's plain text as Qt styled text (a subset of HTML): escaped (nobody's post can inject markup),
// newlines kept, and http(s) URLs turned into links. Only http and https: a post cannot
// make Companion open a file: or javascript: URL.
QString linkedText(const QString &plainText);

} // namespace companion
