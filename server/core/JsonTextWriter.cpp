#include "server/core/JsonTextWriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace companion::server {

void JsonTextWriter::separate()
{
    if (m_needsComma)
        m_out.append(',');
}

// QByteArray::append(const char *, n) goes through the general insert(); a page makes
// millions of small appends, so grow once and copy.
char *JsonTextWriter::grow(qsizetype bytes)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + bytes);
    return m_out.data() + at;
}

void JsonTextWriter::appendRaw(const char *bytes, qsizetype size)
{
    std::memcpy(grow(size), bytes, size_t(size));
}

void JsonTextWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_needsComma = false;
}

void JsonTextWriter::close(char bracket)
{
    m_out.append(bracket);
    m_needsComma = true;
}

JsonTextWriter &JsonTextWriter::key(QLatin1StringView name)
{
    separate();
    char *out = grow(name.size() + 3);
    *out++ = '"';
    std::memcpy(out, name.data(), size_t(name.size()));
    out[name.size()] = '"';
    out[name.size() + 1] = ':';
    m_needsComma = false;
    return *this;
}

void JsonTextWriter::string(const QString &value)
{
    separate();
    // Most values (ids, stamps, states) are ASCII with nothing to escape: copied as they are.
    const qsizetype size = value.size();
    const qsizetype start = m_out.size();
    char *out = grow(size + 2);
    *out++ = '"';
    const QChar *in = value.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i].unicode();
        if (c >= 0x80 || c < 0x20 || c == u'"' || c == u'\\') {
            m_out.truncate(start);
            escaped(value);
            return;
        }
        out[i] = char(c);
    }
    out[size] = '"';
    m_needsComma = true;
}

void JsonTextWriter::escaped(const QString &value)
{
    m_out.append('"');
    const QByteArray utf8 = value.toUtf8();
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    if (plain) { // names and titles in other scripts
        m_out.append(utf8).append('"');
        m_needsComma = true;
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\b':
            m_out.append("\\b", 2);
            break;
        case '\f':
            m_out.append("\\f", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                const char escaped[] = { '\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf] };
                m_out.append(escaped, sizeof escaped);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
    m_needsComma = true;
}

void JsonTextWriter::integer(qint64 value)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    appendRaw(digits, end - digits);
    m_needsComma = true;
}

void JsonTextWriter::boolean(bool value)
{
    separate();
    if (value)
        appendRaw("true", 4);
    else
        appendRaw("false", 5);
    m_needsComma = true;
}

void JsonTextWriter::null()
{
    separate();
    appendRaw("null", 4);
    m_needsComma = true;
}

void JsonTextWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    m_needsComma = true;
}

void JsonTextWriter::nullableString(const QVariant &value)
{
    if (value.isNull())
        null();
    else
        string(value.toString());
}

} // namespace companion::server
