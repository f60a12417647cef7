#!/usr/bin/env python3
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads a report saved by Riaya as a spreadsheet with Python's openpyxl, a
# reader we did not write, and checks that it holds the same table as the
# CSV of the same report: the same rows in the same order, every figure a
# number (not text) equal to the CSV's, amounts with two decimals, rates
# and shares as percentages, the total and percentage rows in bold, the
# sheet named after the report and right to left when asked.
#
# Usage: check-xlsx.py FILE.xlsx FILE.csv EXPECTED.json
#
# EXPECTED.json is an object:
#   "sheet"    the sheet's name (the only sheet; null: any name)
#   "title"    the workbook's title property (null: any)
#   "rtl"      whether the sheet runs right to left
#   "headers"  the column titles of the first row (null: any title)
#   "kinds"    one per column: "text", "integer", "year", "money", "percent"
#   "total"    the first cell of the total row ("Total", translated), if any
#   "share"    optional: the percentage row, its first cell then one value
#              (percent, or null) per other column; "any": a percentage
#              row whose figures are not checked
#   "words"    optional: {column index: {csv text: sheet text}}, for text
#              the sheet writes for people (the compliance issues)

import csv
import json
import sys

import openpyxl

FORMATS = {'integer': '#,##0', 'year': '0', 'money': '#,##0.00', 'percent': '0.0%'}


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_cell(cell, field, kind, where, problems):
    if field == '':
        if cell.value not in (None, ''):
            problems.append(f'{where}: {cell.value!r} where the CSV is empty')
        return
    if kind == 'text':
        if cell.value != field:
            problems.append(f'{where}: {cell.value!r}, the CSV says {field!r}')
        return
    if not is_number(cell.value):
        problems.append(f'{where}: {cell.value!r} is not a number (CSV {field!r})')
        return
    if cell.number_format != FORMATS[kind]:
        problems.append(f'{where}: format {cell.number_format!r}, not {FORMATS[kind]!r}')
    if kind in ('integer', 'year'):
        if cell.value != int(field):
            problems.append(f'{where}: {cell.value!r}, the CSV says {field}')
    elif kind == 'money':
        if round(cell.value * 100) != round(float(field) * 100):
            problems.append(f'{where}: {cell.value!r}, the CSV says {field}')
    elif kind == 'percent':
        if abs(cell.value * 100 - float(field)) > 0.05:
            problems.append(f'{where}: {cell.value!r} ({cell.value * 100:.1f}%), the CSV says {field}')


def main():
    xlsx_path, csv_path, expected_path = sys.argv[1:4]
    with open(expected_path, encoding='utf-8') as f:
        expected = json.load(f)
    with open(csv_path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    workbook = openpyxl.load_workbook(xlsx_path)
    problems = []

    if len(workbook.sheetnames) != 1 or expected['sheet'] not in (None, workbook.sheetnames[0]):
        problems.append(f'sheets {workbook.sheetnames}, not [{expected["sheet"]!r}]')
    sheet = workbook.worksheets[0]
    if bool(sheet.sheet_view.rightToLeft) != expected['rtl']:
        problems.append(f'right to left: {bool(sheet.sheet_view.rightToLeft)}, expected {expected["rtl"]}')
    if expected['title'] is not None and workbook.properties.title != expected['title']:
        problems.append(f'title property {workbook.properties.title!r}, not {expected["title"]!r}')

    kinds = expected['kinds']
    headers = [cell.value for cell in sheet[1]]
    if len(headers) != len(expected['headers']) or any(
            want is not None and want != have for want, have in zip(expected['headers'], headers)):
        problems.append(f'headers {headers}, not {expected["headers"]}')
    if not all(isinstance(header, str) and header for header in headers):
        problems.append(f'a column has no title: {headers}')
    if not all(cell.font.b for cell in sheet[1]):
        problems.append('the header row is not bold')
    if len(rows[0]) != len(kinds):
        problems.append(f'the CSV has {len(rows[0])} columns, EXPECTED.json {len(kinds)} kinds')

    words = {int(column): table for column, table in expected.get('words', {}).items()}
    for number, fields in enumerate(rows[1:], 2):
        total = fields[0] == 'total'
        for column, (field, kind) in enumerate(zip(fields, kinds)):
            cell = sheet.cell(row=number, column=column + 1)
            where = f'{cell.coordinate}'
            if total and column == 0:
                field = expected['total']
                kind = 'text'
            elif column in words and field in words[column]:
                field = words[column][field]
            check_cell(cell, field, kind, where, problems)
            if total and field != '' and not cell.font.b:
                problems.append(f'{where}: the total row is not bold')

    last = len(rows)
    if expected.get('share') == 'any':
        # A percentage row whose figures this test does not know (the
        # change over the period of grants-by-year): bold, percentages.
        last += 1
        for cell in sheet[last]:
            if cell.value is None:
                continue
            if not cell.font.b:
                problems.append(f'{cell.coordinate}: the percentage row is not bold')
            if cell.column > 1 and (not is_number(cell.value) or cell.number_format != FORMATS['percent']):
                problems.append(f'{cell.coordinate}: {cell.value!r} is not a percentage')
    elif 'share' in expected:
        last += 1
        share = expected['share']
        first = sheet.cell(row=last, column=1)
        if share[0] is not None and first.value != share[0] or not first.font.b:
            problems.append(f'A{last}: {first.value!r} (bold: {first.font.b}), not {share[0]!r} in bold')
        for column, value in enumerate(share[1:], 1):
            cell = sheet.cell(row=last, column=column + 1)
            if value is None:
                if cell.value is not None:
                    problems.append(f'{cell.coordinate}: {cell.value!r} in the percentage row, expected empty')
                continue
            check_cell(cell, f'{value}', 'percent', cell.coordinate, problems)
            if not cell.font.b:
                problems.append(f'{cell.coordinate}: the percentage row is not bold')
    if sheet.max_row != last:
        problems.append(f'{sheet.max_row} rows in the sheet, expected {last}')

    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f'ok: {last - 1} rows of {len(kinds)} columns')
    return 0


if __name__ == '__main__':
    sys.exit(main())
