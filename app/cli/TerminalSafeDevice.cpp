#include "app/cli/TerminalSafeDevice.h"

namespace companion::cli {

TerminalSafeDevice::TerminalSafeDevice(std::FILE *stream, QObject *parent)
    : QIODevice(parent)
    , m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QByteArray TerminalSafeDevice::filter(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            // U+0080..U+009F (C1 controls, e.g. CSI) are C2 80..C2 9F in UTF-8.
            if (byte >= 0x80 && byte <= 0x9F)
                continue;
            out.append(char(0xC2));
        }
        if (byte == 0xC2) {
            m_pendingC2 = true;
            continue;
        }
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F)
            continue;
        out.append(char(byte));
    }
    return out;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    const QByteArray safe = filter(data, size);
    if (!safe.isEmpty()
        && std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace companion::cli
