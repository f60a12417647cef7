#!/bin/sh
# Runs a test program with a display: the current one if there is one,
# else a private Xvfb that picks a free display number itself.
# RIAYA_TEST_WRAPPER (valgrind…) goes in front of the test program only.
set -u

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || ! command -v Xvfb >/dev/null 2>&1; then
  exec ${RIAYA_TEST_WRAPPER:-} "$@"
fi

fifo_dir=$(mktemp -d)
trap 'rm -rf "$fifo_dir"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null' EXIT INT TERM
mkfifo "$fifo_dir/display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$fifo_dir/display" 2>/dev/null &
xvfb_pid=$!
read -r display_number <"$fifo_dir/display"
DISPLAY=":$display_number" ${RIAYA_TEST_WRAPPER:-} "$@"
status=$?
exit $status
