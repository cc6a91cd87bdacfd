#!/bin/sh
# Session rooms are WebEngine pages with a camera: they need a real X display (Xvfb),
# and Chromium's fake camera and microphone. Only the devices are faked
# (--use-fake-device-for-media-stream), never the permission prompt, so every grant and
# denial goes through Companion's own handler.
command -v xvfb-run >/dev/null 2>&1 || { echo "SKIP: needs xvfb-run (package xvfb)"; exit 77; }
export QT_QPA_PLATFORM=xcb
export QTWEBENGINE_CHROMIUM_FLAGS="--use-fake-device-for-media-stream ${QTWEBENGINE_CHROMIUM_FLAGS:-}"
exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$@"
