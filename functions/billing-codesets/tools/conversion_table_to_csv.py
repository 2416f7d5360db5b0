#!/usr/bin/env python3
"""One-off, documented conversion of CDC's ICD-10-CM conversion table (an .xlsx) into the CSV the build reads.

Run from the module folder when a new conversion table is dropped (Python 3, standard library only):

    python3 tools/conversion_table_to_csv.py \
        ../../../shared/codesets/icd10cm/ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx \
        src/data/icd10cm/conversion/icd10cm_conversion_fy2026.csv

The workbook has one sheet: a title row, a header row ("Current code assignment", "Effective", "Previous Code(s)
Assignment"), then one row per code new since FY2016. "Effective" is a fiscal year (2017 = 2016-10-01) or, for April
updates, an Excel day number (45017 = 2023-04-01). The previous codes are free text: "A04.7", "C56.1 and C56.2",
"H02.101-H02.106; H02.109", "Codes in Categories V00-V09", "None".

Columns written: code (as in the sheet, dotted), effective (ISO date), previous (the codes and ranges found in the
text, space-separated; a range as FIRST-LAST), previousText (the cell as written, for the reader's check). Nothing
is guessed: a cell without a code gives an empty previous.
"""
import csv
import datetime
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
CODE = r'\b[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{0,4})?'
ITEM = re.compile(r'(' + CODE + r')(?:\s*-\s*(' + CODE + r'))?-?')


def cells(path):
    book = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter('{%s}t' % NS['m']))
               for si in ET.fromstring(book.read('xl/sharedStrings.xml')).findall('m:si', NS)]
    sheet = ET.fromstring(book.read('xl/worksheets/sheet1.xml'))
    for row in sheet.iter('{%s}row' % NS['m']):
        values = {}
        for c in row.findall('m:c', NS):
            column = ''.join(ch for ch in c.get('r') if ch.isalpha())
            v = c.find('m:v', NS)
            if v is None:
                values[column] = ''
            elif c.get('t') == 's':
                values[column] = strings[int(v.text)]
            else:
                values[column] = v.text
        yield values


def effective(text):
    text = text.strip()
    if re.fullmatch(r'20\d\d', text):
        return datetime.date(int(text) - 1, 10, 1).isoformat()
    if re.fullmatch(r'\d{5}', text):
        return (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(text))).isoformat()
    raise ValueError('unexpected effective value %r' % text)


def previous(text):
    items = []
    for m in ITEM.finditer(text):
        first, last = m.group(1).rstrip('.'), m.group(2)
        items.append(first + '-' + last.rstrip('.') if last else first)
    return ' '.join(items)


def main(source, target):
    rows = list(cells(source))
    header = rows[1]
    if not header.get('A', '').startswith('Current code') or header.get('B') != 'Effective':
        raise ValueError('unexpected header row %r' % header)
    written = 0
    with open(target, 'w', newline='', encoding='utf-8') as out:
        w = csv.writer(out, lineterminator='\n')
        w.writerow(['code', 'effective', 'previous', 'previousText'])
        for r in rows[2:]:
            code = r.get('A', '').strip()
            if not code:
                continue
            if '.' not in code and len(code) > 3:
                code = code[:3] + '.' + code[3:]  # three rows of the sheet are written without the dot (W453XXA)
            text = ' '.join(r.get('C', '').split())
            w.writerow([code, effective(r.get('B', '')), previous(text), text])
            written += 1
    print('%d rows written to %s' % (written, target))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
