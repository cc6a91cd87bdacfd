# What `cmake --install` puts on a Linux system, and the Debian package CPack makes of it
# (`cmake --build <dir> --target deb`, or packaging/build-deb.sh).
#
# The user package holds the two programs people run, `companion` and `companion-cli`,
# with the desktop file, AppStream metainfo, hicolor icons and man pages. The app's own
# QML modules (Companion.*) are static libraries linked into `companion` with their QML in
# its resources, so no QML of ours is installed; Qt's QML modules come from Debian's
# qml6-module-* packages. `platform-server` is the platform's side (and the demo and test
# peer) and is not part of the desktop package.

include(GNUInstallDirs)

set(COMPANION_APP_ID org.peerlearning.companion)
set(COMPANION_RELEASE_DATE 2026-12-07 CACHE STRING
    "Date of the release PROJECT_VERSION (YYYY-MM-DD), for the metainfo and the man pages")
set(_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
set(_icons ${PROJECT_SOURCE_DIR}/resources/icons)
set(_out ${PROJECT_BINARY_DIR}/packaging)

install(TARGETS companion companion-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${_linux}/${COMPANION_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

configure_file(${_linux}/${COMPANION_APP_ID}.metainfo.xml.in ${_out}/${COMPANION_APP_ID}.metainfo.xml @ONLY)
install(FILES ${_out}/${COMPANION_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

install(FILES ${_icons}/${COMPANION_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${_icons}/hicolor/${size}x${size}/apps/${COMPANION_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Man pages: the version and date filled in, gzipped without a timestamp (-n) so the
# package is reproducible.
set(_man_pages)
foreach(page companion companion-cli)
    configure_file(${_linux}/${page}.1 ${_out}/man/${page}.1 @ONLY)
    add_custom_command(OUTPUT ${_out}/man/${page}.1.gz
        COMMAND gzip -9 -n -c ${_out}/man/${page}.1 > ${_out}/man/${page}.1.gz
        DEPENDS ${_out}/man/${page}.1 ${_linux}/${page}.1
        COMMENT "Compressing the ${page}(1) man page"
        VERBATIM)
    list(APPEND _man_pages ${_out}/man/${page}.1.gz)
endforeach()
add_custom_target(companion_man_pages ALL DEPENDS ${_man_pages})
install(FILES ${_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# ---- CPack: one Debian package, companion_<version>-1_<arch>.deb ----
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME companion)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Peer Learning")
set(CPACK_PACKAGE_CONTACT "Companion maintainers <companion@peerlearning.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop app for people who teach on the peer-learning platform")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Companion is the desktop cockpit for creators and student-teachers: weekly
availability, bookings and sessions in a calendar, earnings and Stripe payouts,
course feeds, and calendar export. It keeps working offline from a local cache
and sends edits when the platform is reachable again. The package also holds
companion-cli, the same from a terminal.")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The ci preset builds with debug info; the package ships stripped binaries.
set(CPACK_STRIP_FILES ON)
# Library packages from the ELF links (dpkg-shlibdeps)...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ...and what is loaded at run time, which dpkg-shlibdeps cannot see:
#  - the Qt QML modules qml/ imports and those they import in turn (see their qmldir files:
#    QtQuick imports QtQml, which imports QtQml.Models and QtQml.WorkerScript; the Material
#    style imports QtQuick.Window and the Templates; the QML file dialog imports
#    Qt.labs.folderlistmodel; the tray icon is Qt.labs.platform's). Debian's qml6-module-* packages do not depend on each other.
#  - the SQLite driver plugin of Qt SQL (the cache and the outbox);
#  - Qt SVG's image format plugin (libqt6svg6), which draws the navigation rail's icons;
#  - libsecret, which QtKeychain dlopens to reach the Secret Service;
#  - xdg-utils for opening links, files and the browser (xdg-open).
set(_qml_modules
    qml6-module-qtqml
    qml6-module-qtqml-models
    qml6-module-qtqml-workerscript
    qml6-module-qtquick
    qml6-module-qtquick-window
    qml6-module-qtquick-templates
    qml6-module-qtquick-controls
    qml6-module-qtquick-layouts
    qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel
    qml6-module-qt-labs-platform)
list(JOIN _qml_modules ", " _qml_depends)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_qml_depends}, libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, xdg-utils")
# A Secret Service provider keeps the sign-in; without one Companion refuses to remember
# it (or, with --insecure-token-store, keeps it in a file). qt6-wayland lets Qt run as a
# Wayland client instead of through XWayland. qt6-translations-l10n translates Qt's own
# texts (dialog buttons, text field menus); Companion's are in its binary.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland, qt6-translations-l10n")
include(CPack)

add_custom_target(deb
    COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config ${PROJECT_BINARY_DIR}/CPackConfig.cmake
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
    DEPENDS companion companion-cli companion_man_pages
    COMMENT "Making companion_${PROJECT_VERSION}-1 Debian package with CPack"
    USES_TERMINAL
    VERBATIM)
