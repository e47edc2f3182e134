#!/usr/bin/env python3
"""Writes seed workbooks for the xlsx fuzz target (make fuzz): each CSV file given becomes a
small .xlsx (its first rows), in the three ways exporters store cells: shared strings,
inline strings, and numbers with a date style. Only the standard library is used.

Usage: make-xlsx-seeds.py OUT_DIR FILE.csv..."""
import csv
import io
import os
import sys
import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
ROWS = 40


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell(ref, value, style, strings):
    try:
        number = float(value)
        return f'<c r="{ref}"><v>{number:g}</v></c>'
    except ValueError:
        pass
    if style == "inline":
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    if value not in strings:
        strings[value] = len(strings)
    return f'<c r="{ref}" t="s"><v>{strings[value]}</v></c>'


def workbook(rows, style):
    strings = {}
    xml_rows = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(
            cell(f"{column(i)}{number}", value, style, strings) for i, value in enumerate(row) if value
        )
        xml_rows.append(f'<row r="{number}">{cells}</row>')
    if style == "dates":
        # A date serial with a date style, as Excel stores a typed date.
        xml_rows.append(f'<row r="{len(rows) + 1}"><c r="A{len(rows) + 1}" s="1"><v>45839</v></c></row>')
    width = max((len(r) for r in rows), default=1)
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}">'
        f'<dimension ref="A1:{column(width - 1)}{len(rows)}"/><sheetData>{"".join(xml_rows)}'
        "</sheetData></worksheet>"
    )
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for index, path in enumerate(sys.argv[2:]):
        with open(path, encoding="utf-8", errors="replace", newline="") as file:
            rows = [row for _, row in zip(range(ROWS), csv.reader(file))]
        if not rows:
            continue
        style = ("shared", "inline", "dates")[index % 3]
        name = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(out_dir, f"{name}-{style}.xlsx"), "wb") as seed:
            seed.write(workbook(rows, style))


main()
