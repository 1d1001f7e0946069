#!/usr/bin/env python3
"""Writes input.xlsx: an .xlsx with 1,048,577 shared strings, one more than the reader takes.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    write_xlsx(path, {"xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                      "xl/sharedStrings.xml": HEAD + f'<sst {NS}>' + "<si/>" * 1_048_577 + "</sst>"})


if __name__ == "__main__":
    main(sys.argv[1])
