#!/usr/bin/env python3
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads an iCalendar file written by Riaya with Python's icalendar, a
# parser we did not write, and compares its events with expectations.
# It also checks the rules of RFC 5545 that a lenient parser forgives:
# CRLF line ends only, no line longer than 75 octets (§3.1), every line
# valid UTF-8 on its own (no fold inside a character), the calendar's
# VERSION, PRODID and CALSCALE, and all-day events that end the next day.
#
# Usage: check-ics.py FILE.ics EXPECTED.json
#
# EXPECTED.json is a list of events, each an object with some of UID,
# SUMMARY, DTSTART (YYYY-MM-DD), SEQUENCE (a number), STATUS, LOCATION,
# DESCRIPTION, CATEGORIES (a list); the file must hold exactly these UIDs.
# A value {"contains": [...]} asks only that each string be in the text,
# {"absent": [...]} that none be.

import datetime
import json
import sys

import icalendar

CHECKED = ('SUMMARY', 'STATUS', 'LOCATION', 'DESCRIPTION')


def check_lines(data, problems):
    if not data.endswith(b'\r\n'):
        problems.append('the file does not end with CRLF')
    lines = data.split(b'\r\n')[:-1]
    for number, line in enumerate(lines, 1):
        if b'\n' in line or b'\r' in line:
            problems.append(f'line {number}: a bare line feed or carriage return')
        if len(line) > 75:
            problems.append(f'line {number}: {len(line)} octets, more than 75')
        try:
            line.decode('utf-8')
        except UnicodeDecodeError as error:
            problems.append(f'line {number}: not UTF-8 on its own ({error}): a fold splits a character')
    return lines


def text_matches(name, actual, expected, problems, uid):
    if isinstance(expected, dict):
        for needle in expected.get('contains', []):
            if needle not in actual:
                problems.append(f'{uid}: {name} {actual!r} does not contain {needle!r}')
        for needle in expected.get('absent', []):
            if needle in actual:
                problems.append(f'{uid}: {name} {actual!r} contains {needle!r}')
    elif actual != expected:
        problems.append(f'{uid}: {name} is {actual!r}, expected {expected!r}')


def main(ics_path, expected_path):
    problems = []
    with open(ics_path, 'rb') as f:
        data = f.read()
    with open(expected_path, encoding='utf-8') as f:
        expected = {event['UID']: event for event in json.load(f)}

    lines = check_lines(data, problems)
    if not lines or lines[0] != b'BEGIN:VCALENDAR':
        problems.append('the file does not start with BEGIN:VCALENDAR')

    calendar = icalendar.Calendar.from_ical(data)
    if str(calendar.get('VERSION')) != '2.0':
        problems.append(f'VERSION is {calendar.get("VERSION")!r}, expected 2.0')
    prodid = str(calendar.get('PRODID'))
    if not prodid.startswith('-//Riaya//Riaya ') or not prodid.endswith('//EN'):
        problems.append(f'PRODID is {prodid!r}')
    if str(calendar.get('CALSCALE')) != 'GREGORIAN':
        problems.append(f'CALSCALE is {calendar.get("CALSCALE")!r}')
    for component in calendar.walk():
        for error in getattr(component, 'errors', []):
            problems.append(f'{component.name}: the parser reports {error}')

    seen = set()
    for event in calendar.walk('VEVENT'):
        uid = str(event.get('UID'))
        if uid in seen:
            problems.append(f'{uid}: two events have this UID')
        seen.add(uid)
        if uid not in expected:
            problems.append(f'{uid}: an event that was not expected')
            continue
        want = expected[uid]

        for name in ('DTSTAMP', 'DTSTART', 'DTEND', 'SEQUENCE', 'SUMMARY', 'STATUS'):
            if event.get(name) is None:
                problems.append(f'{uid}: no {name}')
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND')
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            problems.append(f'{uid}: DTSTART {start!r} is not a DATE')
        elif end != start + datetime.timedelta(days=1):
            problems.append(f'{uid}: DTEND {end} is not the day after DTSTART {start}')
        stamp = event.decoded('DTSTAMP')
        if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() != datetime.timedelta(0):
            problems.append(f'{uid}: DTSTAMP {stamp!r} is not in UTC')

        if 'DTSTART' in want and start.isoformat() != want['DTSTART']:
            problems.append(f'{uid}: DTSTART is {start.isoformat()}, expected {want["DTSTART"]}')
        if 'SEQUENCE' in want and int(event.get('SEQUENCE')) != want['SEQUENCE']:
            problems.append(f'{uid}: SEQUENCE is {event.get("SEQUENCE")}, expected {want["SEQUENCE"]}')
        if 'DTSTAMP' in want and stamp.strftime('%Y%m%dT%H%M%SZ') != want['DTSTAMP']:
            problems.append(f'{uid}: DTSTAMP is {stamp}, expected {want["DTSTAMP"]}')
        for name in CHECKED:
            if name in want:
                value = event.get(name)
                text_matches(name, '' if value is None else str(value), want[name], problems, uid)
        if 'CATEGORIES' in want:
            value = event.get('CATEGORIES')
            categories = [str(c) for c in value.cats] if value is not None else []
            if categories != want['CATEGORIES']:
                problems.append(f'{uid}: CATEGORIES are {categories!r}, expected {want["CATEGORIES"]!r}')

    for uid in expected:
        if uid not in seen:
            problems.append(f'{uid}: no event has this UID')

    for problem in problems:
        print(f'{ics_path}: {problem}')
    if not problems:
        print(f'{ics_path}: {len(seen)} events as expected')
    return 1 if problems else 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        print('usage: check-ics.py FILE.ics EXPECTED.json', file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
