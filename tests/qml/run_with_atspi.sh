#!/bin/sh
# Runs a test program the way a screen reader session runs the app: on an X display (Xvfb)
# with Qt's AT-SPI bridge connected and switched on. Qt Quick fills in accessible names only
# while QAccessible::isActive(), which needs a platform bridge: the offscreen platform has
# none, and the bridge turns on only when the session bus has org.a11y.Bus running (started
# here) and a screen reader is on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON stands in for it).
# Needs a session bus (ctest runs under dbus-run-session). Exit 77 = skipped.
command -v xvfb-run >/dev/null 2>&1 || { echo "SKIP: needs xvfb-run (package xvfb)"; exit 77; }
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null \
    || { echo "SKIP: no AT-SPI bus (package at-spi2-core) on the session bus"; exit 77; }
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$@"
