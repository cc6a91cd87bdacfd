#pragma once

#include "services/AuthSession.h"

#include <QtQml/qqml.h>

// services/ knows nothing of QML; these wrappers expose its types to it
// (Merkuro's foreigntypes.h pattern).
struct AuthSessionForeign
{
    Q_GADGET
    QML_FOREIGN(companion::AuthSession)
    QML_NAMED_ELEMENT(AuthSession)
    QML_UNCREATABLE("AuthSession is provided by App.session")
};
