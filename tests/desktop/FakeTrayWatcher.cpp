#include "FakeTrayWatcher.h"

#include <QDBusMessage>

namespace companion::test {

void FakeTrayWatcher::RegisterStatusNotifierItem(const QString &service)
{
    // Qt sends its item's bus name; some programs send only an object path.
    const QString item = service.startsWith(QLatin1Char('/')) ? message().service() : service;
    m_items.append(item);
    Q_EMIT StatusNotifierItemRegistered(item);
}

} // namespace companion::test
