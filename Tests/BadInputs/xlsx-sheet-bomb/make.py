#!/usr/bin/env python3
"""Writes input.xlsx: a 1 MB .xlsx whose sheet inflates to 1 GB of empty rows.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402
from workbook_writer import bomb_part, deflated, write_raw_zip  # noqa: E402

def main(folder):
    path = os.path.join(folder, "input.xlsx")
    entries = [deflated(name, content) for name, content in PARTS.items()]
    entries.append(("xl/worksheets/sheet1.xml", *bomb_part((HEAD + f"<worksheet {NS}><sheetData>").encode(), b"<row/>", b"</sheetData></worksheet>", 1024)))
    write_raw_zip(path, entries)


if __name__ == "__main__":
    main(sys.argv[1])
