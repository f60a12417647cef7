#!/bin/sh
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that the built desktop and metainfo files carry the translations of
# every language in po/LINGUAS (i18n.merge_file found the po files).
#
# Usage: check-merged.sh LINGUAS DESKTOP_FILE METAINFO_FILE
set -u

status=0
for lang in $(grep -v '^#' "$1"); do
  for key in Name GenericName Comment; do
    if ! grep -q "^$key\[$lang\]=" "$2"; then
      echo "$2: no $key[$lang]: is $lang.po translated and listed in po/LINGUAS?"
      status=1
    fi
  done
  if ! grep -q "<summary xml:lang=\"$lang\">" "$3"; then
    echo "$3: no summary in $lang: is $lang.po translated and listed in po/LINGUAS?"
    status=1
  fi
done
[ $status -eq 0 ] && echo "desktop and metainfo files translated into: $(grep -v '^#' "$1" | tr '\n' ' ')"
exit $status
