#include "server/core/JsonTextWriter.h"

#include <algorithm>

namespace companion::server {

void JsonTextWriter::separate()
{
    if (m_needsComma)
        m_out.append(',');
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
    m_out.append('"').append(name.data(), name.size()).append("\":", 2);
    m_needsComma = false;
    return *this;
}

void JsonTextWriter::string(const QString &value)
{
    separate();
    m_out.append('"');
    const QByteArray utf8 = value.toUtf8();
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    if (plain) { // most values: ids, names, stamps
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
    m_out.append(QByteArray::number(value));
    m_needsComma = true;
}

void JsonTextWriter::boolean(bool value)
{
    separate();
    m_out.append(value ? QByteArrayView("true") : QByteArrayView("false"));
    m_needsComma = true;
}

void JsonTextWriter::null()
{
    separate();
    m_out.append("null", 4);
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
