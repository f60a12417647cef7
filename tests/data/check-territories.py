#!/usr/bin/env python3
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the reference territories that a new database is loaded from:
# the 12 regions and 75 prefectures and provinces of the 2015 regional
# division, with the HCP geographic codes RR.PPP (domain.md §6).
#
# Usage: check-territories.py FILE.csv   (exit status 0 when every check holds)

import csv
import re
import sys
import unicodedata

HEADER = ['region_code', 'region_fr', 'region_ar',
          'province_code', 'province_fr', 'province_ar', 'kind']
N_REGIONS = 12
N_PROVINCES = 75
N_PREFECTURES = 13   # the other 62 are provinces


def is_arabic(text):
    return any('ARABIC' in unicodedata.name(c, '') for c in text if c.isalpha())


def main(path):
    problems = []

    with open(path, 'rb') as f:
        raw = f.read()
    if raw.startswith(b'\xef\xbb\xbf'):
        problems.append('the file starts with a byte order mark: save it as UTF-8 without BOM')
    if b'\r' in raw:
        problems.append('the file has CR line endings: use LF only')
    if not raw.endswith(b'\n'):
        problems.append('the last line has no line ending')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        print(f'not UTF-8: {e}')
        return 1

    rows = list(csv.reader(text.splitlines()))
    if not rows or rows[0] != HEADER:
        print(f'line 1: the header must be {",".join(HEADER)}')
        return 1

    regions = {}          # code -> (fr, ar)
    provinces = set()
    ppp_seen = {}
    names_fr = {}
    kinds = {'prefecture': 0, 'province': 0}

    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADER):
            problems.append(f'line {line}: {len(row)} fields instead of {len(HEADER)}')
            continue
        region, region_fr, region_ar, code, name_fr, name_ar, kind = (v.strip() for v in row)
        if any(v != v.strip() or v == '' for v in row):
            problems.append(f'line {line}: a field is empty or has spaces around it')
        if not re.fullmatch(r'(0[1-9]|1[0-2])', region):
            problems.append(f'line {line}: region code {region!r} is not 01 to 12')
        if not re.fullmatch(r'\d\d\.\d\d\d', code) or code[:2] != region:
            problems.append(f'line {line}: province code {code!r} is not {region}.PPP')
        if code in provinces:
            problems.append(f'line {line}: province code {code} appears twice')
        provinces.add(code)
        ppp = code[3:]
        if ppp in ppp_seen and ppp_seen[ppp] != code:
            problems.append(f'line {line}: province number {ppp} is also used by {ppp_seen[ppp]}')
        ppp_seen[ppp] = code
        if name_fr in names_fr:
            problems.append(f'line {line}: province name {name_fr!r} also on line {names_fr[name_fr]}')
        names_fr[name_fr] = line
        if region in regions and regions[region] != (region_fr, region_ar):
            problems.append(f'line {line}: region {region} is named differently than on an earlier line')
        regions.setdefault(region, (region_fr, region_ar))
        if not is_arabic(region_ar) or not is_arabic(name_ar):
            problems.append(f'line {line}: an Arabic name is not written in Arabic letters')
        if is_arabic(region_fr) or is_arabic(name_fr):
            problems.append(f'line {line}: a French name contains Arabic letters')
        if kind not in kinds:
            problems.append(f'line {line}: kind {kind!r} is neither prefecture nor province')
        else:
            kinds[kind] += 1

    region_names = [fr for fr, _ in regions.values()]
    if len(set(region_names)) != len(region_names):
        problems.append('two region codes share one name')
    if sorted(regions) != [f'{i:02d}' for i in range(1, N_REGIONS + 1)]:
        problems.append(f'regions are {sorted(regions)}, expected 01 to {N_REGIONS}')
    if len(provinces) != N_PROVINCES:
        problems.append(f'{len(provinces)} prefectures and provinces, expected {N_PROVINCES}')
    if kinds['prefecture'] != N_PREFECTURES or kinds['province'] != N_PROVINCES - N_PREFECTURES:
        problems.append(f'{kinds["prefecture"]} prefectures and {kinds["province"]} provinces, '
                        f'expected {N_PREFECTURES} and {N_PROVINCES - N_PREFECTURES}')

    for p in problems:
        print(p)
    if problems:
        return 1
    print(f'{path}: {len(regions)} regions, {len(provinces)} prefectures and provinces, '
          f'codes unique')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print('usage: check-territories.py FILE.csv', file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
