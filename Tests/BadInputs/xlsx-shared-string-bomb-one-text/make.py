#!/usr/bin/env python3
"""Writes input.xlsx: a 2 MB .xlsx whose one shared string inflates to 2 GB.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402
from workbook_writer import bomb_part, deflated, write_raw_zip  # noqa: E402

def main(folder):
    path = os.path.join(folder, "input.xlsx")
    entries = [deflated(name, content) for name, content in PARTS.items()]
    entries.append(deflated("xl/worksheets/sheet1.xml", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')))
    entries.append(("xl/sharedStrings.xml", *bomb_part((HEAD + f"<sst {NS}><si><t>").encode(), b"a", b"</t></si></sst>", 2048)))
    write_raw_zip(path, entries)


if __name__ == "__main__":
    main(sys.argv[1])
