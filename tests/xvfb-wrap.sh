#!/bin/sh
# xvfb-wrap.sh PROGRAM [ARGUMENT…] — runs a test program with a display:
# the current one if there is one (or RIAYA_TEST_XVFB=0), else a private
# Xvfb that picks a free display number itself and stops with the test.
# RIAYA_TEST_WRAPPER (valgrind…) goes in front of the test program only.
#
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

if [ "${RIAYA_TEST_XVFB:-1}" = "0" ] || [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] ||
   ! command -v Xvfb >/dev/null 2>&1; then
  # Without Xvfb, GUI tests find no display and say so as a TAP skip.
  # shellcheck disable=SC2086 # the wrapper is a command line to split
  exec ${RIAYA_TEST_WRAPPER:-} "$@"
fi

work_dir=$(mktemp -d)
xvfb_pid=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup ()
{
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkfifo "$work_dir/display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset \
  3>"$work_dir/display" 2>"$work_dir/xvfb.log" &
xvfb_pid=$!

# Xvfb writes its display number once it accepts clients; end of file
# instead means it died.
read -r display_number <"$work_dir/display" || display_number=
if [ -z "$display_number" ]; then
  echo "xvfb-wrap: Xvfb did not start:" >&2
  cat "$work_dir/xvfb.log" >&2
  exit 1
fi

# shellcheck disable=SC2086 # the wrapper is a command line to split
DISPLAY=":$display_number" ${RIAYA_TEST_WRAPPER:-} "$@"
exit $?
