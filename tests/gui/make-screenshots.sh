#!/bin/sh
# make-screenshots.sh BUILDDIR [OUTDIR] — renders the screenshots of the
# README and the metainfo from a demo registry: the main window in English
# and in Arabic, and the institution editor. OUTDIR defaults to
# data/screenshots. Needs Xvfb (or a display) and a built BUILDDIR.
#
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source_root=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: make-screenshots.sh BUILDDIR [OUTDIR]}" && pwd)
out=${2:-$source_root/data/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$out"
export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GTK_A11Y=none
export LC_ALL=C.UTF-8 RIAYA_LOCALEDIR="$build/po" RIAYA_DATADIR="$source_root/data"
# One renderer, so that the images do not change from run to run.
export GSK_RENDERER=cairo GDK_DEBUG=gl-disable

shot="$build/tests/gui/screenshot"
# An institution under reprimand shows a licence history worth seeing.
LANGUAGE=en "$source_root/tests/xvfb-wrap.sh" "$shot" --demo --size 1280x800 \
  --editor EPS-07.427-0007 --page licence \
  "$work/demo.db" "$out/riaya-en.png" "$out/riaya-editor.png"
LANGUAGE=ar "$source_root/tests/xvfb-wrap.sh" "$shot" --size 1280x800 \
  "$work/demo.db" "$out/riaya-ar.png"
