#!/usr/bin/env python3
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that po/POTFILES.in is sorted, names only files that exist, and
# names every source file under src/ with a translatable string: a string
# missing from it is never offered to translators, and the interface shows
# it in English in Arabic and French.
#
# Usage: check-potfiles.py SOURCE_ROOT

import os
import re
import sys

MARKED = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)\s*\(|'
                    r'translatable="yes"')


def main(root):
    problems = []
    potfiles_path = os.path.join(root, 'po', 'POTFILES.in')
    with open(potfiles_path, encoding='utf-8') as f:
        listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]

    if listed != sorted(listed):
        problems.append('po/POTFILES.in is not sorted: sort it (LC_ALL=C sort)')
    if len(set(listed)) != len(listed):
        problems.append('po/POTFILES.in names a file twice')
    for name in listed:
        if not os.path.isfile(os.path.join(root, name)):
            problems.append(f'po/POTFILES.in names {name}, which does not exist: remove it')

    for folder, _, files in os.walk(os.path.join(root, 'src')):
        for name in sorted(files):
            if not name.endswith(('.c', '.ui')):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, '/')
            with open(path, encoding='utf-8', errors='replace') as f:
                if MARKED.search(f.read()) and rel not in listed:
                    problems.append(f'{rel} has translatable strings: add it to po/POTFILES.in')

    for p in problems:
        print(p)
    if not problems:
        print(f'po/POTFILES.in: {len(listed)} files, sorted, complete')
    return 1 if problems else 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print('usage: check-potfiles.py SOURCE_ROOT', file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
