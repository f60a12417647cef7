#!/bin/sh
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the compiled settings schema: the keys the interface reads exist,
# with their defaults. A renamed key would abort the application at start.
#
# Usage: check-schema-keys.sh COMPILED_SCHEMA_DIR
set -u

expected='automatic-backups true
database-path '"''"'
sort-column '"'name'"'
sort-descending false
window-height 720
window-maximized false
window-width 1280'

actual=$(GSETTINGS_BACKEND=memory gsettings --schemadir "$1" list-recursively io.github.riaya.Riaya |
         sed 's/^io\.github\.riaya\.Riaya //' | LC_ALL=C sort)

if [ "$actual" != "$expected" ]; then
  echo "the settings schema in $1 does not have the expected keys and defaults"
  echo "expected:"; echo "$expected"
  echo "found:"; echo "$actual"
  exit 1
fi
echo "io.github.riaya.Riaya: $(echo "$actual" | wc -l) keys with their defaults"
